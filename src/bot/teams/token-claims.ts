import type { TeamsCredentials } from '../../config.ts';

/**
 * The issuers a Teams token may come from: the Bot Framework (the channel
 * Teams speaks through) and our own Entra tenant, v1 and v2. The Agents SDK
 * adds Microsoft's first-party tenants (Azure Bot Service, Teams) to what we
 * list (getValidIssuers in its jwt-middleware); any other issuer — another
 * tenant, a made-up host — is refused. README's Teams section names them all.
 */
export function teamsIssuers(credentials: TeamsCredentials): string[] {
  return [
    'https://api.botframework.com',
    `https://sts.windows.net/${credentials.tenantId}/`,
    `https://login.microsoftonline.com/${credentials.tenantId}/v2.0`,
  ];
}

/**
 * The token's `serviceurl` claim must name the activity's serviceUrl, the
 * address the bot will answer to. The SDK only compares hosts, and only when
 * the claim is there; a token without it, or for another service, could
 * otherwise carry an activity that sends our replies (with our token) to an
 * address of the caller's choosing. Compared like the Bot Framework's own
 * channel validation: case-insensitively, ignoring a trailing slash.
 */
export function serviceUrlClaimMatches(claims: unknown, serviceUrl: unknown): boolean {
  const claim =
    typeof claims === 'object' && claims !== null
      ? (claims as { serviceurl?: unknown }).serviceurl
      : undefined;
  if (typeof claim !== 'string' || typeof serviceUrl !== 'string') return false;
  const normal = (url: string) => url.trim().replace(/\/+$/, '').toLowerCase();
  return normal(claim) !== '' && normal(claim) === normal(serviceUrl);
}
