/**
 * Random paths, tokens and methods sent to /files/: none is answered 5xx,
 * none serves a file it was not signed for, and the service goes on.
 */
import { connect } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestRaadsbot, type TestRaadsbot } from '../support/start-test-raadsbot.ts';

let bot: TestRaadsbot;
let validToken: string;

beforeAll(async () => {
  bot = await startTestRaadsbot({ RUN_WORKERS: 'false' }, { label: 'file-fuzz' });
  const roster = await bot.useCases.importRoster({
    format: 'yaml',
    text: `council: { id: rar-fuzz, name: RAR Fuzzby }
members:
  - { id: sek, name: Svend Sekretær, organisation: Sekretariatet, role: sekretariat }
`,
  });
  if (!roster.ok) throw new Error(roster.code);
  const created = await bot.useCases.createMeeting({
    councilId: 'rar-fuzz',
    actorId: 'sek',
    title: 'Rådsmøde',
    start: '2027-01-14T13:00',
    end: '2027-01-14T15:00',
  });
  if (!created.ok) throw new Error(created.code);
  const link = await bot.useCases.minutesLink({
    councilId: 'rar-fuzz',
    meetingId: created.value.meeting.id,
    format: 'md',
  });
  if (!link.ok) throw new Error(link.code);
  validToken = link.value.url.split('/files/')[1] ?? '';
});
afterAll(async () => bot?.shutdown());

/** Sends bytes as they are, for requests no HTTP client would build; resolves with the status line. */
const raw = (request: string): Promise<string> =>
  new Promise((resolve) => {
    const url = new URL(bot.url);
    const socket = connect(Number(url.port), url.hostname, () => socket.end(request));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')));
    socket.on('error', () => resolve(answer.split('\r\n')[0] ?? ''));
    socket.on('close', () => resolve(answer.split('\r\n')[0] ?? ''));
  });

describe('file links HTTP fuzz', () => {
  it('no path, token or method under /files/ gets a 5xx, and the service keeps answering', async () => {
    const base64ish = fc.string({
      unit: fc.constantFrom(...'ABCxyz019-_.'.split('')),
      minLength: 0,
      maxLength: 200,
    });
    const mutated = fc
      .tuple(fc.nat({ max: validToken.length }), fc.string({ maxLength: 4 }))
      .map(([at, insert]) => validToken.slice(0, at) + insert + validToken.slice(at + 1));
    const token = fc.oneof(
      fc.constant(validToken),
      base64ish,
      mutated,
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.constantFrom('', '.', '..', '%', '%00', '%2e%2e/healthz', 'a'.repeat(5000)),
    );
    // Mostly reads, which reach the token check; the rest must be refused before it.
    const method = fc.oneof(
      { arbitrary: fc.constant('GET'), weight: 5 },
      { arbitrary: fc.constant('HEAD'), weight: 1 },
      { arbitrary: fc.constantFrom('POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'), weight: 2 },
    );
    const suffix = fc.constantFrom('', '/', '?x=1', '/extra', '#frag', '?'.repeat(3));
    const requests = fc.sample(fc.tuple(method, token, suffix), { numRuns: 300, seed: 20261210 });

    const statuses = new Map<number, number>();
    for (const [verb, tokenText, tail] of requests) {
      const path = `/files/${encodeURI(tokenText.replace(/\p{Cs}/gu, 'x'))}${tail}`;
      const { status } = await fetch(`${bot.url}${path}`, { method: verb });
      statuses.set(status, (statuses.get(status) ?? 0) + 1);
      // Only the one signed token, untouched, opens (a query or #fragment does not change it).
      if (status === 200) expect(path.replace(/[?#].*$/, '')).toBe(`/files/${validToken}`);
    }
    const broken = [...statuses].filter(([status]) => status >= 500);
    console.log(
      `file links fuzz: ${requests.length} requests (${[...statuses].map(([s, n]) => `${s}×${n}`).join(', ')})`,
    );
    expect(broken).toEqual([]);

    // Requests no client would send: the HTTP parser refuses them, the process stays up.
    for (const request of [
      'GET /files/\u0000\u0001 HTTP/1.1\r\nHost: x\r\n\r\n',
      `GET /files/${'A'.repeat(20000)} HTTP/1.1\r\nHost: x\r\n\r\n`,
      'GET /files/abc.def HTTP/9.9\r\nHost: x\r\n\r\n',
      'BREW /files/ HTTP/1.1\r\n\r\n',
      'GET /files/%ZZ HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n',
      'GET http://evil.example/files/abc HTTP/1.1\r\nHost: x\r\n\r\n',
    ]) {
      const statusLine = await raw(request);
      expect(statusLine).not.toMatch(/^HTTP\/1\.1 5/);
    }

    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${bot.url}/files/${validToken}`)).status).toBe(200);
  });
});
