import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppDeps } from '../../../../src/app/deps.ts';
import { importAgenda } from '../../../../src/app/meetings/agenda-import/import-agenda.ts';
import { createMeetingUseCases } from '../../../../src/app/meetings/meeting-use-cases.ts';
import type { UseCases } from '../../../../src/app/use-cases.ts';
import { cliParts } from '../../../../src/capabilities/index.ts';
import { fail, succeed } from '../../../../src/domain/errors.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { instants } from '../../../fakes/test-instants.ts';
import { cliOf } from '../../../support/cli-runner.ts';
import {
  asDocx,
  asPdf,
  asText,
  inventedMinutes,
} from '../../../documents/meetings/invented-papers.ts';

/**
 * `meeting import` and `meeting minutes` with Word and PDF files, through
 * the command line's runner over the meetings' use cases (storing is a stub
 * that refuses; the flow over Redis is meeting-flow.test.ts).
 */
const meetingUseCases = createMeetingUseCases({} as AppDeps, {
  locale: 'da',
  timeZone: 'Europe/Copenhagen',
});
const importAgendaIntoMeeting = vi.fn(async (_input: object) => fail('meeting_not_found'));
/** A stored meeting with the invented minutes' items, as `meeting show` loads it. */
const stored = importAgenda(asText(inventedMinutes));
const showMeeting = vi.fn(async (_input: object) =>
  succeed({
    meeting: {
      id: 'm0007',
      title: 'Rådsmøde',
      start: '2025-06-12T13:00',
      end: '2025-06-12T16:00',
      place: 'Engbrohuset, lokale 3',
    },
    items: stored.items,
    attendance: stored.attendance,
  }),
);
const useCases = {
  previewAgendaImport: meetingUseCases.previewAgendaImport,
  importAgendaIntoMeeting,
  showMeeting,
  listCouncils: async () =>
    succeed([{ id: 'rar-vest', name: 'RAR Vest', locale: 'da', timeZone: 'Europe/Copenhagen' }]),
} as unknown as UseCases;

const clock = new FixedClock(instants.saturdayMorning);
const cli = cliOf(() => ({ useCases, deps: { clock } }), cliParts());

let dir: string;
const paths = { text: '', docx: '', pdf: '', unnamedPdf: '' };
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'raadsbot-meeting-files-'));
  paths.text = join(dir, 'referat.txt');
  paths.docx = join(dir, 'referat.docx');
  paths.pdf = join(dir, 'referat.pdf');
  paths.unnamedPdf = join(dir, 'referat-fra-mail');
  await writeFile(paths.text, asText(inventedMinutes));
  await writeFile(paths.docx, await asDocx(inventedMinutes));
  const pdf = asPdf(inventedMinutes, { linesPerPage: 24 });
  await writeFile(paths.pdf, pdf);
  await writeFile(paths.unnamedPdf, pdf);
});

const dryRunJson = async (path: string) => {
  const answer = await cli('meeting', 'import', path, '--dry-run', '--json');
  expect(answer.err).toBe('');
  expect(answer.code).toBe(0);
  return JSON.parse(answer.out) as unknown;
};

describe('meeting import FILE.docx|FILE.pdf --dry-run --json', () => {
  it('gives the JSON object the same minutes as text give', async () => {
    const fromText = await dryRunJson(paths.text);
    expect(await dryRunJson(paths.pdf)).toEqual(fromText);
    expect(await dryRunJson(paths.unnamedPdf)).toEqual(fromText);
    // The contract prints an attachment with its link, so Word's link under its title gives the same line.
    expect(await dryRunJson(paths.docx)).toEqual(fromText);
  });

  it('stores a Word file through importAgendaIntoMeeting with its text', async () => {
    importAgendaIntoMeeting.mockClear();
    const answer = await cli('meeting', 'import', paths.docx, '--meeting', 'm0001', '--as', 'sek1');
    expect(answer.code).toBe(1);
    expect(importAgendaIntoMeeting).toHaveBeenCalledWith(
      expect.objectContaining({
        format: 'docx',
        meetingId: 'm0001',
        text: expect.stringContaining('## 1.2.1 Opfølgning på sidste møde (B)'),
      }),
    );
  });
});

describe('meeting import of a broken file', () => {
  it('refuses a Word file cut short and an empty file with exit code 1, storing nothing', async () => {
    importAgendaIntoMeeting.mockClear();
    const whole = await readFile(paths.docx);
    const cut = join(dir, 'afkortet.docx');
    await writeFile(cut, whole.subarray(0, 2000));
    const empty = join(dir, 'tom.pdf');
    await writeFile(empty, '');
    expect(await cli('meeting', 'import', cut, '--as', 'sek1')).toEqual({
      code: 1,
      out: '',
      err: 'Filen kan ikke læses som Word: den er beskadiget, afkortet eller ikke et Word-dokument. Åbn den i Word, gem den igen, og prøv igen. Intet er gemt.\n',
    });
    expect(await cli('meeting', 'import', empty, '--as', 'sek1')).toEqual({
      code: 1,
      out: '',
      err: 'Filen er tom: der er ingen dagsorden eller noget referat at læse.\n',
    });
    expect(importAgendaIntoMeeting).not.toHaveBeenCalled();
  });
});

describe('meeting minutes FILE --format docx --out FILE.docx', () => {
  it('writes the referat of a PDF as a Word document with the items as headings', async () => {
    const out = join(dir, 'referat-ud.docx');
    const answer = await cli('meeting', 'minutes', paths.pdf, '--format', 'docx', '--out', out);
    expect(answer).toEqual({ code: 0, err: '', out: `Referatet er skrevet til ${out}.\n` });
    const { value: html } = await mammoth.convertToHtml({ buffer: await readFile(out) });
    expect(
      [...html.matchAll(/<h([12])>(?:<a [^>]*><\/a>)?([^<]*)<\/h\1>/g)].map(
        (m) => `h${m[1]} ${m[2]}`,
      ),
    ).toEqual([
      'h1 0. TEMA: Unge og uddannelse',
      'h2 0.1.1 Flere unge i erhvervsuddannelse (O+D)',
      'h1 1. Rådets interne forhold',
      'h2 1.1.1 Godkendelse af dagsorden (B)',
      'h2 1.2.1 Opfølgning på sidste møde (B)',
    ]);
  });

  it("writes a stored meeting's referat as Word, the council's name in its header", async () => {
    const out = join(dir, 'm0007.docx');
    const answer = await cli('meeting', 'minutes', 'm0007', '--format', 'docx', '--out', out);
    expect(answer).toEqual({ code: 0, err: '', out: `Referatet er skrevet til ${out}.\n` });
    expect(showMeeting).toHaveBeenCalledWith({ councilId: 'rar-vest', meetingId: 'm0007' });
    const { value: text } = await mammoth.extractRawText({ buffer: await readFile(out) });
    expect(text.startsWith('RAR Vest\n')).toBe(true);
    expect(text).toContain('Rådet godkendte opfølgningsarket uden bemærkninger.');
  });

  it('says where to write a Word referat when --out is missing, writing nothing', async () => {
    expect(await cli('meeting', 'minutes', 'm0007', '--format', 'docx')).toMatchObject({
      code: 2,
      out: '',
      err: expect.stringContaining('--out FIL.docx'),
    });
  });

  it('is in the help', async () => {
    expect((await cli('help')).out).toContain(
      'meeting minutes MØDE|FIL --format docx --out FIL.docx',
    );
  });
});
