import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkToken, signToken } from '../../src/system/signed-tokens.ts';
import { SignedFileLinks } from '../../src/system/signed-file-links.ts';

const secret = 'a-long-invented-secret-for-these-tests-only';
const expiresAt = new Date('2026-12-10T12:00:00.000Z');
const before = new Date('2026-12-03T12:00:00.000Z');
const subject = ['minutes', 'rar-vest', 'm-2026-12', 'docx'];

const b64 = (text: string) => Buffer.from(text).toString('base64url');

describe('a signed token', () => {
  it('grants what it names until its expiry', () => {
    const token = signToken(secret, subject, expiresAt);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(checkToken(secret, token, before)).toEqual({
      status: 'valid',
      fields: subject,
      expiresAt,
    });
  });

  it('is good one millisecond before its expiry and expired at exactly that instant', () => {
    const token = signToken(secret, subject, expiresAt);
    const lastMoment = new Date(expiresAt.getTime() - 1);
    expect(checkToken(secret, token, lastMoment).status).toBe('valid');
    expect(checkToken(secret, token, expiresAt)).toEqual({
      status: 'expired',
      fields: subject,
      expiresAt,
    });
    expect(checkToken(secret, token, new Date('2027-01-01T00:00:00Z')).status).toBe('expired');
  });

  it('signed with another secret is invalid, not expired, even after its expiry', () => {
    const token = signToken('another-secret-of-the-same-length-as-ours', subject, expiresAt);
    expect(checkToken(secret, token, before)).toEqual({ status: 'invalid' });
    expect(checkToken(secret, token, expiresAt)).toEqual({ status: 'invalid' });
  });

  it('for one meeting or format cannot be turned into one for another, nor made to last longer', () => {
    const token = signToken(secret, subject, expiresAt);
    const [, mac] = token.split('.');
    const forged = (fields: readonly string[], expiry = expiresAt.getTime()) =>
      `${b64(['v1', String(expiry), ...fields].join('\n'))}.${mac}`;
    expect(checkToken(secret, forged(subject), before).status).toBe('valid');
    for (const other of [
      ['minutes', 'rar-vest', 'm-2026-12', 'md'],
      ['minutes', 'rar-vest', 'm-2027-01', 'docx'],
      ['minutes', 'rar-oest', 'm-2026-12', 'docx'],
      ['agenda', 'rar-vest', 'm-2026-12', 'docx'],
      ['minutes', 'rar-vest', 'm-2026-12'],
      [...subject, 'extra'],
    ])
      expect(checkToken(secret, forged(other), before)).toEqual({ status: 'invalid' });
    const longer = forged(subject, expiresAt.getTime() + 86_400_000);
    expect(checkToken(secret, longer, expiresAt)).toEqual({ status: 'invalid' });
  });

  it('with any one character changed, dropped or added is invalid', () => {
    const token = signToken(secret, subject, expiresAt);
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.';
    for (let at = 0; at < token.length; at++) {
      for (const replacement of alphabet) {
        if (replacement === token[at]) continue;
        const changed = token.slice(0, at) + replacement + token.slice(at + 1);
        expect(checkToken(secret, changed, before), changed).toEqual({ status: 'invalid' });
      }
      const dropped = token.slice(0, at) + token.slice(at + 1);
      expect(checkToken(secret, dropped, before)).toEqual({ status: 'invalid' });
    }
    expect(checkToken(secret, `${token}A`, before)).toEqual({ status: 'invalid' });
    expect(checkToken(secret, `A${token}`, before)).toEqual({ status: 'invalid' });
  });

  it('anything that was not signed is invalid, and checking it never throws', () => {
    for (const garbage of ['', '.', '..', 'abc', 'a.b', 'a.b.c', '%00.%00', 'x'.repeat(5000)])
      expect(checkToken(secret, garbage, before)).toEqual({ status: 'invalid' });
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (garbage) => {
        expect(checkToken(secret, garbage, before)).toEqual({ status: 'invalid' });
      }),
      { seed: 20261210, numRuns: 500 },
    );
  });

  it('cannot carry a field with a line break, which would blur where one field ends', () => {
    expect(() => signToken(secret, ['minutes', 'a\nb'], expiresAt)).toThrow(RangeError);
    expect(() => signToken(secret, subject, new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('a file link', () => {
  const links = new SignedFileLinks({
    baseUrl: 'https://raadsbot.example.dk',
    secret: () => Promise.resolve(secret),
  });

  it('is the base URL, /files/ and a token that opens to what the link names', async () => {
    const url = await links.link(subject, expiresAt);
    const token = url.replace('https://raadsbot.example.dk/files/', '');
    expect(url).not.toBe(token);
    expect(await links.open(token, before)).toEqual({ status: 'valid', subject, expiresAt });
    expect(await links.open(token, expiresAt)).toEqual({ status: 'expired', subject, expiresAt });
  });

  it('is different for each meeting and format, so one cannot be guessed from another', async () => {
    const docx = await links.link(subject, expiresAt);
    const md = await links.link(['minutes', 'rar-vest', 'm-2026-12', 'md'], expiresAt);
    expect(docx.split('.').at(-1)).not.toBe(md.split('.').at(-1));
  });
});
