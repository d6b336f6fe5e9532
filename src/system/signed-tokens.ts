import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Tokens that name what they grant and until when, signed with HMAC-SHA256.
 *
 * A token is `<payload>.<mac>`, both base64url: the payload is the canonical
 * form `v1 \n <expiry, epoch ms> \n <field> \n <field> …`, and the MAC is over
 * the payload exactly as written in the token, so changing any character of
 * the token (a field, the expiry, even a padding bit) fails the check. The
 * MAC is compared in constant time, so timing reveals nothing about it.
 */

const version = 'v1';
// Separates this use of the secret from any other it may ever be given.
const purpose = 'raadsbot-signed-token\n';
const base64url = /^[A-Za-z0-9_-]+$/;
// Longer than any token we make; a longer one is refused before any work.
const maxTokenLength = 2048;

export type TokenCheck =
  | { readonly status: 'valid'; readonly fields: readonly string[]; readonly expiresAt: Date }
  | { readonly status: 'expired'; readonly fields: readonly string[]; readonly expiresAt: Date }
  | { readonly status: 'invalid' };

const macOf = (secret: string, payload: string): string =>
  createHmac('sha256', secret).update(purpose).update(payload).digest('base64url');

/** A token for `fields` (none may contain a line break) that is good until `expiresAt`. */
export function signToken(secret: string, fields: readonly string[], expiresAt: Date): string {
  const expiry = expiresAt.getTime();
  if (!Number.isSafeInteger(expiry)) throw new RangeError('the expiry is not a valid instant');
  if (fields.some((field) => field.includes('\n')))
    throw new RangeError('a signed field cannot contain a line break');
  const payload = Buffer.from([version, String(expiry), ...fields].join('\n')).toString(
    'base64url',
  );
  return `${payload}.${macOf(secret, payload)}`;
}

/**
 * What a token grants, checked against the secret and then the clock: it is
 * good strictly before its expiry and expired from that instant on. Anything
 * not signed with this secret is `invalid`, whatever it looks like.
 */
export function checkToken(secret: string, token: string, now: Date): TokenCheck {
  const invalid = { status: 'invalid' } as const;
  if (token.length > maxTokenLength) return invalid;
  const parts = token.split('.');
  if (parts.length !== 2) return invalid;
  const [payload = '', mac = ''] = parts;
  if (!base64url.test(payload) || !base64url.test(mac)) return invalid;
  const expected = Buffer.from(macOf(secret, payload));
  const given = Buffer.from(mac);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return invalid;

  const [tokenVersion, expiry, ...fields] = Buffer.from(payload, 'base64url')
    .toString('utf8')
    .split('\n');
  // Signed by us, so well formed; checked anyway in case the format ever changes.
  if (tokenVersion !== version || expiry === undefined || !/^\d+$/.test(expiry)) return invalid;
  const expiresAt = new Date(Number(expiry));
  return now.getTime() < expiresAt.getTime()
    ? { status: 'valid', fields, expiresAt }
    : { status: 'expired', fields, expiresAt };
}
