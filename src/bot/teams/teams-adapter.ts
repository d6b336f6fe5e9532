import {
  AuthType,
  CloudAdapter,
  createOutboundHostValidator,
  type AuthConfiguration,
} from '@microsoft/agents-hosting';
import type { TeamsCredentials } from '../../config.ts';
import { teamsIssuers } from './token-claims.ts';

/**
 * The AuthConfiguration from our own config, never from the SDK's env-var
 * loader: an explicit `connections` map wins over `Connections__*`
 * variables, and explicit (even undefined) keys win over the legacy
 * `clientId`/`tenantId`/`clientSecret` variables the SDK also reads.
 */
export function teamsAuthConfiguration(
  credentials: TeamsCredentials | undefined,
): AuthConfiguration {
  // Issuers explicit and checked: the SDK leaves `validateIssuer` off unless
  // asked, and would then take a token of any issuer signed by a key it trusts.
  const connection: AuthConfiguration = credentials
    ? {
        ...credentials,
        authType: AuthType.ClientSecret,
        issuers: teamsIssuers(credentials),
        validateIssuer: true,
      }
    : { clientId: undefined, clientSecret: undefined, tenantId: undefined };
  return {
    ...connection,
    connections: new Map([['raadsbot', connection]]),
    connectionsMap: [{ serviceUrl: '*', connection: 'raadsbot' }],
  };
}

/**
 * With credentials every request's token is validated (authorizeJWT, issuer
 * included), its serviceurl claim must match the activity (checked in
 * teams-endpoint.ts, where a missing claim is refused too), and the bot only calls
 * Microsoft's own service hosts, so a forged serviceUrl cannot get a token.
 * Without them (local mode) requests are taken unauthenticated and replies
 * go to whatever serviceUrl the activity names — the Agents Playground or a
 * test's fake connector on 127.0.0.1. Both options are pinned here, so the
 * SDK's `CloudAdapterOptions__*` / `OutboundHostValidator__*` variables do
 * not change them behind our back.
 */
export function createTeamsAdapter(credentials: TeamsCredentials | undefined): CloudAdapter {
  const secured = credentials !== undefined;
  try {
    return new CloudAdapter(
      teamsAuthConfiguration(credentials),
      undefined,
      undefined,
      { validateServiceUrl: secured, emitStackTrace: false },
      createOutboundHostValidator({
        enabled: secured,
        includeDefaultMicrosoftHosts: true,
        hosts: [],
      }),
    );
  } catch (error) {
    if (!secured)
      throw new Error(
        'Teams local mode (no TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET, TEAMS_TENANT_ID) does not run with NODE_ENV=production: set the Teams credentials, or unset NODE_ENV for a local try-out.',
        { cause: error },
      );
    throw error;
  }
}
