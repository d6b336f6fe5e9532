import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { AppDeps } from '../../../../src/app/deps.ts';
import { createMeetingUseCases } from '../../../../src/app/meetings/meeting-use-cases.ts';
import type { UseCases } from '../../../../src/app/use-cases.ts';
import { cliParts } from '../../../../src/capabilities/index.ts';
import { fail, succeed } from '../../../../src/domain/errors.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { instants } from '../../../fakes/test-instants.ts';
import { cliOf } from '../../../support/cli-runner.ts';
import { fixturePath, seedDocument } from '../../../app/meetings/fixture-files.ts';

/**
 * `meeting import` through the command line's own runner and the capability
 * list, over the meetings' use cases alone: a preview needs no store, and
 * storing is a stub here (the whole flow over Redis is meeting-flow.test.ts).
 */
const meetingUseCases = createMeetingUseCases({} as AppDeps, {
  locale: 'da',
  timeZone: 'Europe/Copenhagen',
});
const previewAgendaImport = vi.fn(meetingUseCases.previewAgendaImport);
const importAgendaIntoMeeting = vi.fn(async (_input: object) =>
  fail('not_allowed_to_manage_meetings'),
);
const useCases = {
  previewAgendaImport,
  importAgendaIntoMeeting,
  listCouncils: async () =>
    succeed([{ id: 'rar-east', name: 'RAR East', locale: 'en', timeZone: 'Europe/Copenhagen' }]),
} as unknown as UseCases;

const clock = new FixedClock(instants.saturdayMorning);
const cli = cliOf(() => ({ useCases, deps: { clock } }), cliParts());

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'raadsbot-meeting-import-'));
});

const contract = {
  item: ['number', 'theme', 'title', 'kinds', 'presentation', 'presenters', 'fields'],
  fields: ['sagenKort', 'indstilling', 'beslutning', 'sagsfremstilling', 'bilag', 'other'],
};

describe('meeting import FILE --dry-run --json', () => {
  it('prints exactly the one JSON object of the contract', async () => {
    const answer = await cli(
      'meeting',
      'import',
      fixturePath('markdown-dagsorden.md'),
      '--dry-run',
      '--json',
    );
    expect(answer.code).toBe(0);
    expect(answer.err).toBe('');
    expect(JSON.parse(answer.out)).toEqual({
      meeting: {
        title: 'Rådsmøde',
        start: '2023-09-28T13:00',
        end: '2023-09-28T16:00',
        place: 'Havnehuset, mødelokale 2',
      },
      items: [
        {
          number: '0.1.1',
          theme: '0. TEMA: Fremtidens arbejdskraft',
          title: 'Rekruttering i havneerhvervene',
          kinds: ['O', 'D'],
          presentation: true,
          presenters: ['Ida Pælebro', 'Ole Ankerkæde'],
          fields: {
            sagenKort: 'Havneerhvervene mangler faglærte til nye opgaver.',
            indstilling: 'Formandskabet indstiller, at Rådet drøfter behovet.',
            beslutning: 'Rådet drøftede behovet og bad sekretariatet om et forslag til næste møde.',
            sagsfremstilling:
              'Havnene i regionen har fået nye ordrer inden for vindmøllelogistik.\nVirksomhederne efterspørger kranførere og svejsere.',
            bilag: ['Bilag 0.1.1 – Branchenotat om havnene'],
            other: [{ label: 'Emner', text: '- Kranførerkurser\n- Svejsecertifikater' }],
          },
        },
        {
          number: '0.1.2',
          theme: '0. TEMA: Fremtidens arbejdskraft',
          title: 'Fælles indsats for unge ledige',
          kinds: ['B'],
          presentation: false,
          presenters: [],
          fields: {
            sagenKort: 'Flere unge under 25 år er ledige end sidste år.',
            indstilling: 'Sekretariatet indstiller, at Rådet godkender en fælles indsats.',
            beslutning: 'Indstillingen blev godkendt.',
            sagsfremstilling: null,
            bilag: [],
            other: [],
          },
        },
        {
          number: '1.1.1',
          theme: '1. Orientering',
          title: 'Nyt fra sekretariatet',
          kinds: ['O'],
          presentation: false,
          presenters: [],
          fields: {
            sagenKort: 'Sekretariatet orienterer om nyt.',
            indstilling: null,
            beslutning: 'Taget til efterretning.',
            sagsfremstilling: null,
            bilag: [],
            other: [],
          },
        },
      ],
      attendance: [
        {
          organisation: 'FH',
          people: [
            { name: 'Anna Kajplads', note: null },
            { name: 'Bo Bølgebryder', note: null },
          ],
        },
        { organisation: 'DA', people: [{ name: 'Carl Fyrtårn', note: 'bagland' }] },
        {
          organisation: 'Oplægsholdere',
          people: [{ name: 'Ida Pælebro', note: 'under punkt 0.1.1' }],
        },
      ],
      unplaced: [],
    });
  });

  it('gives the 2021 minutes with every key of the contract on every item', async () => {
    const path = join(dir, 'referat-2021.txt');
    await writeFile(path, seedDocument('rar-nordjylland-referat-2021-01-20.txt'));
    const answer = await cli('meeting', 'import', path, '--dry-run', '--json');
    const json = JSON.parse(answer.out) as {
      meeting: object;
      items: { fields: object }[];
      unplaced: unknown[];
    };
    expect(Object.keys(json)).toEqual(['meeting', 'items', 'attendance', 'unplaced']);
    expect(Object.keys(json.meeting)).toEqual(['title', 'start', 'end', 'place']);
    expect(json.items).toHaveLength(22);
    for (const item of json.items) {
      expect(Object.keys(item)).toEqual(contract.item);
      expect(Object.keys(item.fields)).toEqual(contract.fields);
    }
    expect(json.unplaced).toEqual([]);
  });

  it('reports lines it could not place, with their line numbers', async () => {
    const path = join(dir, 'kladde.txt');
    await writeFile(path, 'Husk kaffen.\n- 1.1.1 Punkt (B)\nBeslutning Godkendt.\n');
    const json = JSON.parse((await cli('meeting', 'import', path, '--dry-run', '--json')).out) as {
      unplaced: unknown;
    };
    expect(json.unplaced).toEqual([{ line: 1, text: 'Husk kaffen.' }]);
  });
});

describe('meeting import FILE --dry-run', () => {
  it('shows a preview in Danish by default', async () => {
    const answer = await cli('meeting', 'import', fixturePath('pdf-referat.txt'), '--dry-run');
    expect(answer.code).toBe(0);
    expect(answer.out).toContain('Råd: RAR Vesterhavet');
    expect(answer.out).toContain('Dato: 14.03.2024');
    expect(answer.out).toContain('  0.1.2   Social- og sundhedsområdet – rekruttering (B)');
    expect(answer.out).toContain(
      'Anledning · Indstilling · Beslutning · Sagsfremstilling · 2 bilag',
    );
    expect(answer.out).toContain('Mødet sluttede kl. 15.45');
    expect(answer.out).toContain('På mødet deltog 8 personer:');
    expect(answer.out).toContain('  DA: Gorm Havtorn, Sigrid Klitgaard (fra kl. 14)');
    expect(answer.out).toContain('Alle linjer er placeret.');
    expect(answer.out.trimEnd().endsWith('Intet er gemt (--dry-run).')).toBe(true);
  });

  it("answers in the council's language when --council names an English council", async () => {
    const answer = await cli(
      'meeting',
      'import',
      fixturePath('markdown-dagsorden.md'),
      '--dry-run',
      '--council',
      'rar-east',
    );
    expect(answer.out).toContain('Meeting: Rådsmøde');
    expect(answer.out).toContain('Time: 28/09/2023 13:00–16:00');
    expect(answer.out).toContain('Case in brief (Sagen kort) · Recommendation (Indstilling)');
    expect(answer.out).toContain('Nothing was stored (--dry-run).');
  });

  it('lists the lines it could not place', async () => {
    const path = join(dir, 'noter.md');
    await writeFile(path, '- 1.1.1 Punkt (B)\nEn løs linje.\n');
    const answer = await cli('meeting', 'import', path, '--dry-run');
    expect(answer.out).toContain(
      'Én linje kunne ikke placeres — tjek den:\n  linje 2: En løs linje.',
    );
  });
});

describe('meeting import without --dry-run', () => {
  it('stores through importAgendaIntoMeeting, not the preview, and answers its refusal', async () => {
    previewAgendaImport.mockClear();
    importAgendaIntoMeeting.mockClear();
    const answer = await cli('meeting', 'import', fixturePath('pdf-referat.txt'), '--as', 'm1');
    expect(answer).toEqual({
      code: 1,
      out: '',
      err: 'Only the secretariat and the chair group run the meetings: create, move, import and cancel them and record decisions.\n',
    });
    expect(importAgendaIntoMeeting).toHaveBeenCalledWith({
      councilId: 'rar-east',
      actorId: 'm1',
      format: 'text',
      text: expect.stringContaining('RAR Vesterhavet'),
    });
    expect(previewAgendaImport).not.toHaveBeenCalled();
  });
});

describe('meeting import of a file that cannot be read', () => {
  it('refuses a damaged Word or PDF file, by extension or by its first bytes, storing nothing', async () => {
    importAgendaIntoMeeting.mockClear();
    const word = join(dir, 'referat.docx');
    await writeFile(word, 'PK\x03\x04rest');
    const pdf = join(dir, 'referat-uden-endelse');
    await writeFile(pdf, '%PDF-1.7\n...');
    const fromWord = await cli('meeting', 'import', word, '--dry-run', '--json');
    expect(fromWord).toEqual({
      code: 1,
      out: '',
      err: 'Filen kan ikke læses som Word: den er beskadiget, afkortet eller ikke et Word-dokument. Åbn den i Word, gem den igen, og prøv igen. Intet er gemt.\n',
    });
    const fromPdf = await cli('meeting', 'import', pdf, '--as', 'm1');
    expect(fromPdf.code).toBe(1);
    expect(fromPdf.err).toContain('The file cannot be read as PDF');
    expect(importAgendaIntoMeeting).not.toHaveBeenCalled();
  });

  it('answers a usage error for a missing, unreadable, binary or empty file', async () => {
    expect(await cli('meeting', 'import', '--dry-run')).toMatchObject({
      code: 2,
      err: expect.stringContaining('Angiv filen efter «meeting import»'),
    });
    expect(await cli('meeting', 'import', join(dir, 'findes-ikke.txt'), '--dry-run')).toMatchObject(
      {
        code: 2,
        err: expect.stringContaining('Kan ikke læse filen'),
      },
    );
    const binary = join(dir, 'billede');
    await writeFile(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1]));
    expect(await cli('meeting', 'import', binary, '--dry-run')).toMatchObject({
      code: 2,
      err: expect.stringContaining('er hverken tekst, Markdown, Word (.docx) eller PDF'),
    });
    const empty = join(dir, 'tom.txt');
    await writeFile(empty, '\n');
    expect(await cli('meeting', 'import', empty, '--dry-run')).toMatchObject({
      code: 1,
      err: 'Filen er tom: der er ingen dagsorden eller noget referat at læse.\n',
    });
  });

  it('is in the help', async () => {
    expect((await cli('help')).out).toContain(
      'npm run cli -- meeting import FIL --dry-run [--json]',
    );
  });
});
