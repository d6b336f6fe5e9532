import { App, HTTPReceiver, webApi, type InstallationStore, type Logger } from '@slack/bolt';
import type { SlackConfig } from '../../config.ts';
import { botScopes } from './slack-scopes.ts';

export type ActiveSlackConfig = Exclude<SlackConfig, { mode: 'off' }>;

export interface BoltParts {
  readonly app: App;
  /** Only in HTTP mode: mounted into our own server, never started by Bolt. */
  readonly receiver?: HTTPReceiver;
}

/** SLACK_API_URL may be given with or without the trailing slash the client needs (`${url}${method}`). */
export const apiUrlOf = (config: ActiveSlackConfig): string | undefined =>
  config.apiUrl === undefined
    ? undefined
    : config.apiUrl.endsWith('/')
      ? config.apiUrl
      : `${config.apiUrl}/`;

/**
 * Web API options for calls made while handling a request (views.open,
 * views.publish). A 429 is reported at once instead of pausing the whole
 * client: one busy Home tab must not hold up another member's modal, whose
 * trigger_id expires in 3 s anyway.
 */
export const listenerClientOptions = (
  config: ActiveSlackConfig,
  logger: Logger,
): webApi.WebClientOptions => {
  const slackApiUrl = apiUrlOf(config);
  return {
    ...(slackApiUrl === undefined ? {} : { slackApiUrl }),
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 1, minTimeout: 200, maxTimeout: 500 },
    timeout: 5_000,
    logger,
  };
};

/**
 * Bolt for the mode in the config:
 * - http + token: one workspace; HTTPReceiver checks signatures;
 * - http + oauth: many workspaces; the receiver also serves /slack/install and
 *   /slack/oauth_redirect and authorizes each request from the installation store;
 * - socket: development, only tokens, no public URL.
 * deferInitialization: app.init() (in start) runs auth.test, so a bad token
 * fails the start instead of becoming an unhandled rejection.
 */
export function createBoltApp(
  config: ActiveSlackConfig,
  logger: Logger,
  installationStore?: InstallationStore,
): BoltParts {
  const clientOptions = listenerClientOptions(config, logger);
  const common = { logger, clientOptions, deferInitialization: true, convoStore: false as const };
  if (config.mode === 'socket') {
    return {
      app: new App({
        ...common,
        token: config.botToken,
        appToken: config.appToken,
        socketMode: true,
      }),
    };
  }
  const receiverBase = {
    signingSecret: config.signingSecret,
    logger,
    // The HTTP answer leaves at ack(); the listener goes on (we run a long-lived server).
    processBeforeResponse: false,
    endpoints: '/slack/events',
  };
  if (config.auth.kind === 'token') {
    const receiver = new HTTPReceiver(receiverBase);
    return { receiver, app: new App({ ...common, receiver, token: config.auth.botToken }) };
  }
  if (installationStore === undefined) {
    throw new Error('Slack OAuth mode needs an installation store (RedisSlackInstallationStore)');
  }
  const receiver = new HTTPReceiver({
    ...receiverBase,
    clientId: config.auth.clientId,
    clientSecret: config.auth.clientSecret,
    stateSecret: config.auth.stateSecret,
    scopes: [...botScopes],
    installationStore,
    installerOptions: {
      directInstall: true,
      // A receiver we build ourselves does not pass App's clientOptions on to the installer.
      clientOptions: clientOptions.slackApiUrl ? { slackApiUrl: clientOptions.slackApiUrl } : {},
    },
  });
  return { receiver, app: new App({ ...common, receiver }) };
}
