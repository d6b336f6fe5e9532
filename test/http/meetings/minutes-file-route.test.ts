import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliParts } from '../../../src/capabilities/index.ts';
import { FixedClock } from '../../fakes/fixed-clock.ts';
import { fixturePath } from '../../app/meetings/fixture-files.ts';
import { cliOf } from '../../support/cli-runner.ts';
import { startTestRaadsbot, type TestRaadsbot } from '../../support/start-test-raadsbot.ts';

/**
 * The referat behind a signed link, end to end: the command line makes the
 * link, the real service (real Redis, real HTTP server, no chat platform)
 * serves it.
 */
const start = '2026-11-23T08:00:00.000Z';
const clock = new FixedClock(start);
let bot: TestRaadsbot;
let meetingId: string;

const cli = cliOf(() => bot, cliParts());
const council = ['--council', 'rar-link'];

/** The URL `meeting minutes MEETING --url …` prints on its last line. */
async function linkFor(...flags: string[]): Promise<string> {
  const answer = await cli('meeting', 'minutes', meetingId, '--url', ...flags, ...council);
  expect(answer.err).toBe('');
  expect(answer.code).toBe(0);
  return answer.out.trim().split('\n').at(-1) ?? '';
}

beforeAll(async () => {
  bot = await startTestRaadsbot({ RUN_WORKERS: 'false' }, { label: 'file-links', clock });
  const roster = await bot.useCases.importRoster({
    format: 'yaml',
    text: `council: { id: rar-link, name: RAR Linkby }
members:
  - { id: sek, name: Sofie Sekretær, organisation: Sekretariatet, role: sekretariat }
  - { id: fm, name: Frode Formand, organisation: DA, role: formand }
`,
  });
  if (!roster.ok) throw new Error(roster.code);
  const created = await cli(
    'meeting',
    'create',
    ...council,
    '--title',
    'Rådsmøde',
    '--start',
    '2026-12-10 13:00',
    '--end',
    '16:00',
    '--as',
    'sek',
  );
  meetingId = /\[([A-Za-z0-9_-]+)\]/.exec(created.out)?.[1] ?? '';
  const imported = await cli(
    'meeting',
    'import',
    fixturePath('markdown-dagsorden.md'),
    '--meeting',
    meetingId,
    ...council,
    '--as',
    'sek',
  );
  expect(imported.code).toBe(0);
});
afterAll(async () => bot?.shutdown());

describe('meeting minutes MEETING --url', () => {
  it("prints a link on the service's own address and when it expires, a week by default", async () => {
    const answer = await cli('meeting', 'minutes', meetingId, '--url', ...council);
    expect(answer.code).toBe(0);
    const [said, url] = answer.out.trim().split('\n');
    expect(said).toBe('Link til referatet som Word, gyldigt til 30.11.2026 kl. 09.00:');
    expect(url).toMatch(
      new RegExp(`^${bot.url.replace(/[.]/g, '\\.')}/files/[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]{43}$`),
    );
  });

  it('takes --valid in days, hours or minutes, up to 30 days, and says what it takes otherwise', async () => {
    const hours = await cli('meeting', 'minutes', meetingId, '--url', '--valid', '12t', ...council);
    expect(hours.out).toContain('gyldigt til 23.11.2026 kl. 21.00');
    for (const bad of ['0m', '31d', 'forever', '7'])
      expect(
        await cli('meeting', 'minutes', meetingId, '--url', '--valid', bad, ...council),
      ).toMatchObject({ code: 2, out: '', err: expect.stringContaining('højst 30 dage') });
  });

  it('refuses a meeting that does not exist, a file, and --out together with --url', async () => {
    expect(await cli('meeting', 'minutes', 'm-unknown', '--url', ...council)).toMatchObject({
      code: 1,
      out: '',
    });
    expect(
      await cli('meeting', 'minutes', fixturePath('markdown-dagsorden.md'), '--url', ...council),
    ).toMatchObject({ code: 2, err: expect.stringContaining('et gemt møde') });
    expect(
      await cli('meeting', 'minutes', meetingId, '--url', '--out', 'x.docx', ...council),
    ).toMatchObject({ code: 2, err: expect.stringContaining('ikke begge') });
  });
});

describe('GET /files/<token>', () => {
  it("downloads the referat as a Word document that opens with the meeting's items", async () => {
    const response = await fetch(await linkFor());
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Referat Raadsmoede 2026-12-10.docx"; filename*=UTF-8''Referat%20R%C3%A5dsm%C3%B8de%202026-12-10.docx`,
    );
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const { value: text } = await mammoth.extractRawText({
      buffer: Buffer.from(await response.arrayBuffer()),
    });
    expect(text).toContain('Rekruttering i havneerhvervene');
    expect(text).toContain('Fælles indsats for unge ledige');
  });

  it('serves the Markdown exactly as `meeting minutes` prints it', async () => {
    const response = await fetch(await linkFor('--format', 'md'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(response.headers.get('content-disposition')).toContain(
      `filename*=UTF-8''Referat%20R%C3%A5dsm%C3%B8de%202026-12-10.md`,
    );
    const printed = await cli('meeting', 'minutes', meetingId, ...council);
    expect(await response.text()).toBe(printed.out);
  });

  it('answers HEAD with the same headers and no body, and any other method with 405', async () => {
    const url = await linkFor('--format', 'md');
    const head = await fetch(url, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(100);
    expect(await head.text()).toBe('');
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH']) {
      const refused = await fetch(url, { method });
      expect(refused.status).toBe(405);
      expect(refused.headers.get('allow')).toBe('GET, HEAD');
    }
  });

  it('answers a tampered link with 404 and says nothing about why', async () => {
    const url = await linkFor('--format', 'md');
    const token = url.split('/files/')[1] ?? '';
    const docx = await linkFor('--format', 'docx');
    const [payloadOfDocx] = (docx.split('/files/')[1] ?? '').split('.');
    const [, macOfMd] = token.split('.');
    const last = token.at(-1) === 'A' ? 'B' : 'A';
    for (const tampered of [
      `${token.slice(0, -1)}${last}`,
      `${payloadOfDocx}.${macOfMd}`,
      token.split('.')[0] ?? '',
      `x${token}`,
    ]) {
      const response = await fetch(`${bot.url}/files/${tampered}`);
      expect(response.status).toBe(404);
      expect(await response.text()).toBe(
        'Linket findes ikke\nLinket findes ikke.\n\nNo such link\nThis link does not exist.\n',
      );
    }
  });

  it('answers a link to a meeting that is not there with 404', async () => {
    const url = await bot.deps.fileLinks.link(
      ['minutes', 'rar-link', 'm-never-made', 'md'],
      new Date('2026-12-01T00:00:00Z'),
    );
    expect((await fetch(url)).status).toBe(404);
  });

  it('answers an expired link with 410 and a page saying to ask for a new one', async () => {
    const url = await linkFor('--valid', '1d');
    clock.advance({ days: 1 });
    try {
      const expired = await fetch(url);
      expect(expired.status).toBe(410);
      expect(expired.headers.get('cache-control')).toBe('private, no-store');
      expect(await expired.text()).toBe(
        [
          'Linket er udløbet',
          'Linket til referatet er udløbet. Bed om et nyt link til referatet.',
          '',
          'The link has expired',
          'The link to the minutes has expired. Ask for a new link.',
          '',
        ].join('\n'),
      );
      clock.advance({ ms: -1 });
      expect((await fetch(url)).status).toBe(200);
    } finally {
      clock.set(start);
    }
  });

  it('is not opened by another service with its own Redis keys, whose kept secret is another', async () => {
    const url = await linkFor('--format', 'md');
    const again = await startTestRaadsbot(
      { RUN_WORKERS: 'false' },
      { label: 'file-links-again', clock },
    );
    try {
      expect((await fetch(url.replace(bot.url, again.url))).status).toBe(404);
    } finally {
      await again.shutdown();
    }
    expect((await fetch(url)).status).toBe(200);
  });
});
