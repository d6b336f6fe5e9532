import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliParts } from '../../../../src/capabilities/index.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { cliOf } from '../../../support/cli-runner.ts';
import { startTestRaadsbot, type TestRaadsbot } from '../../../support/start-test-raadsbot.ts';
import { fixturePath } from '../../../app/meetings/fixture-files.ts';

let bot: TestRaadsbot;

beforeAll(async () => {
  // Monday 23 November 2026, 09.00 in Copenhagen.
  bot = await startTestRaadsbot(
    { RUN_WORKERS: 'false' },
    { label: 'cli-meetings', clock: new FixedClock('2026-11-23T08:00:00.000Z') },
  );
  const imported = await bot.useCases.importRoster({
    format: 'yaml',
    text: `council: { id: rar-moede, name: RAR Mødested }
members:
  - { id: sek, name: Signe Skrivebord, organisation: Sekretariatet, role: sekretariat }
  - { id: fm, name: Folke Mødeleder, organisation: DA, role: formand }
  - { id: m1, name: Mette Mosegård, organisation: FH, role: medlem }
`,
  });
  if (!imported.ok) throw new Error(imported.code);
});
afterAll(async () => bot?.shutdown());

const cli = cliOf(() => bot, cliParts());
const council = ['--council', 'rar-moede'];

describe('a meeting from the command line, over Redis', () => {
  it('is created, filled from an agenda, shown, listed, and cancelled only with --yes', async () => {
    const created = await cli(
      'meeting',
      'create',
      ...council,
      '--title',
      'Rådsmøde',
      '--start',
      '2026-12-03 13:00',
      '--end',
      '16:00',
      '--place',
      'Rådhuset',
      '--afbud-deadline',
      '2026-11-30 12:00',
      '--as',
      'sek',
    );
    expect(created.code).toBe(0);
    const id = /\[([A-Za-z0-9_-]+)\]/.exec(created.out)?.[1] ?? '';
    expect(created.out).toBe(
      [
        `Mødet «Rådsmøde» er oprettet [${id}].`,
        `Møde: Rådsmøde [${id}]`,
        'Tid: 03.12.2026 kl. 13.00–16.00',
        'Sted: Rådhuset',
        'Frist for afbud: 30.11.2026 kl. 12.00',
        'Status: planlagt',
        '',
        'Dagsorden: ingen punkter endnu. Importér dem med «meeting import FIL --meeting ID».',
        '',
      ].join('\n'),
    );

    const imported = await cli(
      'meeting',
      'import',
      fixturePath('markdown-dagsorden.md'),
      '--meeting',
      id,
      ...council,
      '--as',
      'sek',
    );
    expect(imported.code).toBe(0);
    // Stored, with a word that the file's header names another council than the meeting's.
    expect(imported.err).toBe(
      'Bemærk: filen nævner «RAR Kystlandet», men mødet hører til RAR Mødested. Er det den rigtige fil?\n',
    );
    // The same preview as the dry run, ending with where it was stored.
    expect(imported.out).toContain('  0.1.1   Rekruttering i havneerhvervene (Oplæg+O+D)');
    expect(imported.out).not.toContain('Intet er gemt');
    expect(imported.out.trimEnd().endsWith(`Gemt i mødet «Rådsmøde» [${id}].`)).toBe(true);

    // The stored meeting's referat: its header, its items and their fields, as Markdown.
    const minutes = await cli('meeting', 'minutes', id, ...council);
    expect(minutes.code).toBe(0);
    expect(minutes.err).toBe('');
    expect(minutes.out).toContain('Rådsmøde');
    expect(minutes.out).toContain('Rekruttering i havneerhvervene');
    expect(minutes.out).toContain('Fælles indsats for unge ledige');
    expect(await cli('meeting', 'minutes', 'm-unknown', ...council)).toMatchObject({ code: 1 });

    const shown = await cli('meeting', 'show', id, ...council);
    expect(shown).toEqual({
      code: 0,
      err: '',
      out: [
        `Møde: Rådsmøde [${id}]`,
        'Tid: 03.12.2026 kl. 13.00–16.00',
        'Sted: Rådhuset',
        'Online: https://meet.example.org/kystlandet-raad',
        'Frist for afbud: 30.11.2026 kl. 12.00',
        'Status: planlagt',
        '',
        'Dagsorden: 3 punkter',
        '  0. TEMA: Fremtidens arbejdskraft',
        '  0.1.1   Rekruttering i havneerhvervene (Oplæg+O+D)',
        '  0.1.2   Fælles indsats for unge ledige (B)',
        '  1. Orientering',
        '  1.1.1   Nyt fra sekretariatet (O)',
        '',
      ].join('\n'),
    });

    expect(await cli('meeting', 'list', ...council)).toEqual({
      code: 0,
      err: '',
      out: `${id}  03.12.2026 kl. 13.00–16.00  Rådsmøde (planlagt)\n`,
    });

    // A member who may not cancel is told so at once, not asked for --yes.
    expect(await cli('meeting', 'cancel', id, ...council, '--as', 'm1')).toEqual({
      code: 1,
      out: '',
      err: 'Kun sekretariatet og formandskabet styrer møderne: opretter, flytter, importerer og aflyser dem og registrerer beslutninger.\n',
    });
    const unconfirmed = await cli('meeting', 'cancel', id, ...council, '--as', 'sek');
    expect(unconfirmed).toEqual({
      code: 1,
      out: '',
      err: 'Aflys «Rådsmøde» 03.12.2026 kl. 13.00–16.00? Det kan ikke fortrydes. Gentag kommandoen med --yes for at aflyse. Intet er ændret.\n',
    });
    expect((await cli('meeting', 'show', id, ...council)).out).toContain('Status: planlagt');

    const cancelled = await cli('meeting', 'cancel', id, ...council, '--as', 'sek', '--yes');
    expect(cancelled).toEqual({
      code: 0,
      err: '',
      out: 'Mødet «Rådsmøde» 03.12.2026 kl. 13.00–16.00 er aflyst.\n',
    });
    const afterwards = await cli('meeting', 'show', id, ...council);
    expect(afterwards.out).toContain('Status: aflyst\nAflyst af sek 23.11.2026 kl. 09.00\n');
    expect(await cli('meeting', 'list', ...council)).toMatchObject({
      out: `${id}  03.12.2026 kl. 13.00–16.00  Rådsmøde (aflyst)\n`,
    });
    expect(
      await cli(
        'meeting',
        'import',
        fixturePath('markdown-dagsorden.md'),
        '--meeting',
        id,
        ...council,
        '--as',
        'sek',
      ),
    ).toEqual({ code: 1, out: '', err: 'Mødet er aflyst og kan ikke ændres.\n' });
  });

  it('creates a meeting from the header of an agenda imported without --meeting', async () => {
    const imported = await cli(
      'meeting',
      'import',
      fixturePath('markdown-dagsorden.md'),
      ...council,
      '--as',
      'fm',
    );
    expect(imported.code).toBe(0);
    const id = /Gemt som et nyt møde: «Rådsmøde» \[([A-Za-z0-9_-]+)\]\./.exec(imported.out)?.[1];
    expect(id).toBeDefined();
    expect((await cli('meeting', 'show', id ?? '', ...council)).out).toContain(
      'Tid: 28.09.2023 kl. 13.00–16.00\nSted: Havnehuset, mødelokale 2\n',
    );
  });

  it('answers bad input with 2 and a refusal with 1, changing nothing', async () => {
    const before = await cli('meeting', 'list', ...council);
    const create = ['meeting', 'create', ...council, '--title', 'Rådsmøde', '--end', '16:00'];
    expect(await cli(...create, '--start', '3. december 13:00', '--as', 'sek')).toEqual({
      code: 2,
      out: '',
      err: '--start: skal være en dato og et klokkeslæt (ÅÅÅÅ-MM-DD TT:MM), fx 2026-12-03 13:00.\n',
    });
    expect(await cli(...create, '--as', 'sek')).toMatchObject({
      code: 2,
      err: 'Angiv, hvornår mødet begynder, med --start "ÅÅÅÅ-MM-DD TT:MM", fx --start "2026-12-03 13:00".\n',
    });
    expect(await cli(...create, '--start', '2026-12-03 17:00', '--as', 'sek')).toEqual({
      code: 1,
      out: '',
      err: '--end: Mødet skal slutte efter, at det begynder.\n',
    });
    expect(await cli(...create, '--start', '2026-12-03 13:00', '--as', 'm1')).toEqual({
      code: 1,
      out: '',
      err: 'Kun sekretariatet og formandskabet styrer møderne: opretter, flytter, importerer og aflyser dem og registrerer beslutninger.\n',
    });
    expect(await cli('meeting', 'show', 'm0404', ...council)).toEqual({
      code: 1,
      out: '',
      err: 'Mødet findes ikke. Tjek mødets nummer, fx m0001.\nSe møderne med «meeting list».\n',
    });
    expect(await cli('meeting', 'cancel', ...council)).toMatchObject({ code: 2 });
    expect(await cli('meeting', 'list', ...council)).toEqual(before);
  });

  it("answers in the council's language", async () => {
    const imported = await bot.useCases.importRoster({
      format: 'yaml',
      text: `council: { id: rar-east, name: RAR East, locale: en, timeZone: Europe/Copenhagen }
members:
  - { id: sec, name: Sam Secretary, organisation: Secretariat, role: sekretariat }
`,
    });
    if (!imported.ok) throw new Error(imported.code);
    const east = ['--council', 'rar-east'];
    const created = await cli(
      'meeting',
      'create',
      ...east,
      '--title',
      'Council meeting',
      '--start',
      '2026-12-03 13:00',
      '--end',
      '16:00',
      '--as',
      'sec',
    );
    const id = /\[([A-Za-z0-9_-]+)\]/.exec(created.out)?.[1] ?? '';
    expect(created.out).toContain(`The meeting "Council meeting" was created [${id}].`);
    expect(await cli('meeting', 'list', ...east)).toEqual({
      code: 0,
      err: '',
      out: `${id}  03/12/2026 13:00–16:00  Council meeting (planned)\n`,
    });
    expect((await cli('meeting', 'cancel', id, ...east, '--as', 'sec')).err).toBe(
      'Cancel "Council meeting" on 03/12/2026 13:00–16:00? This cannot be undone. Repeat the command with --yes to cancel. Nothing was changed.\n',
    );
  });

  it('has every meeting command in the help', async () => {
    const help = (await cli('help')).out;
    for (const command of ['create', 'list', 'show', 'import', 'cancel'])
      expect(help).toContain(`npm run cli -- meeting ${command}`);
  });
});
