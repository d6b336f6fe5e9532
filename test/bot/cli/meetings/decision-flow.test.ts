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
    { label: 'cli-decisions', clock: new FixedClock('2026-11-23T08:00:00.000Z') },
  );
  const imported = await bot.useCases.importRoster({
    format: 'yaml',
    text: `council: { id: rar-beslut, name: RAR Beslutningsby }
members:
  - { id: sek, name: Sara Sagsbehandler, organisation: Sekretariatet, role: sekretariat }
  - { id: fm, name: Frode Formandsen, organisation: DA, role: formand }
  - { id: m1, name: Minna Medlemsen, organisation: FH, role: medlem }
`,
  });
  if (!imported.ok) throw new Error(imported.code);
});
afterAll(async () => bot?.shutdown());

const cli = cliOf(() => bot, cliParts());
const council = ['--council', 'rar-beslut'];
const idIn = (out: string) => /\[([A-Za-z0-9_-]+)\]/.exec(out)?.[1] ?? '';

/** A meeting with the Markdown agenda's items: 0.1.1 (O+D), 0.1.2 (B), 1.1.1 (O). */
async function aMeetingWithAgenda(start: string): Promise<string> {
  const created = await cli(
    'meeting',
    'create',
    ...council,
    '--title',
    'Rådsmøde',
    '--start',
    start,
    '--end',
    '16:00',
    '--as',
    'sek',
  );
  const id = idIn(created.out);
  const filled = await cli(
    'meeting',
    'import',
    fixturePath('markdown-dagsorden.md'),
    '--meeting',
    id,
    ...council,
    '--as',
    'sek',
  );
  expect(filled.code).toBe(0);
  return id;
}

describe('decisions and the follow-up sheet from the command line, over Redis', () => {
  it('drafts from a closed hearing, records, refuses a stale save, notes an O item, and shows it all', async () => {
    const id = await aMeetingWithAgenda('2026-12-03 13:00');

    const fromImport = await cli('meeting', 'decide', id, '0.1.2', ...council, '--as', 'sek');
    expect(fromImport).toEqual({
      code: 0,
      err: '',
      out: [
        'Udkast til beslutning på punkt 0.1.2 Fælles indsats for unge ledige:',
        'Indstillingen blev godkendt.',
        '(fra den importerede dagsorden eller det importerede referat)',
        '',
        `Gem med: npm run cli -- meeting decide ${id} 0.1.2 --text "…" --revision 0 --as ID`,
        '',
      ].join('\n'),
    });

    const hearing = await bot.useCases.openHearing({
      councilId: 'rar-beslut',
      actorId: 'sek',
      title: 'Fælles indsats for unge ledige',
      proposal: 'Formandskabet indstiller, at Rådet godkender indsatsen.',
      meetingId: id,
      agendaItem: '0.1.2',
      deadlineDate: '2026-11-27',
      deadlineTime: '12:00',
    });
    if (!hearing.ok) throw new Error(hearing.code);
    for (const actorId of ['fm', 'm1'])
      await bot.useCases.castBallot({
        councilId: 'rar-beslut',
        hearingId: hearing.value.id,
        actorId,
        choice: 'for',
      });
    await bot.useCases.closeHearing({
      councilId: 'rar-beslut',
      hearingId: hearing.value.id,
      actorId: 'fm',
    });

    const draft = await cli('meeting', 'decide', id, '0.1.2', ...council, '--as', 'sek');
    expect(draft.out).toContain(
      'Rådet vedtog indstillingen (For 2, Imod 0, Undlader 0)\n(fra høringen «Fælles indsats for unge ledige»)\n',
    );
    expect(draft.out).toContain('(eller --from-hearing i stedet for --text)');

    expect(
      await cli('meeting', 'decide', id, '0.1.2', '--from-hearing', ...council, '--as', 'sek'),
    ).toEqual({
      code: 0,
      out: 'Beslutningen på punkt 0.1.2 er gemt (revision 1).\n',
      err: '',
    });

    // The chair opened the item before the save above: told, nothing written, their text given back.
    const stale = await cli(
      'meeting',
      'decide',
      id,
      '0.1.2',
      '--text',
      'Indstillingen blev godkendt uden bemærkninger.',
      '--revision',
      '0',
      ...council,
      '--as',
      'fm',
    );
    expect(stale.code).toBe(1);
    expect(stale.out).toBe('');
    expect(stale.err).toContain(
      'Punkt 0.1.2 er ændret af Sara Sagsbehandler den 23.11.2026 kl. 09.00, siden du åbnede det (nu revision 1).',
    );
    expect(stale.err).toContain(
      'Beslutningen er nu: «Rådet vedtog indstillingen (For 2, Imod 0, Undlader 0)»',
    );
    expect(stale.err).toContain(
      'Din tekst er ikke gemt: «Indstillingen blev godkendt uden bemærkninger.»',
    );
    expect(stale.err).toContain('gem din tekst igen med --revision 1');

    expect(await cli('meeting', 'noted', id, '1.1.1', ...council, '--as', 'sek')).toMatchObject({
      code: 0,
      out: 'Punkt 1.1.1 er taget til efterretning (revision 1).\n',
    });
    expect(await cli('meeting', 'noted', id, '0.1.2', ...council, '--as', 'sek')).toMatchObject({
      code: 1,
      err: expect.stringContaining('Punkt 0.1.2 er ikke et orienteringspunkt (O).'),
    });

    const history = await cli('meeting', 'decisions', id, ...council);
    expect(history.out).toBe(
      [
        '23. nov. kl. 09.00  punkt 0.1.2  skrevet af Sara Sagsbehandler (revision 1)',
        '    før:   Indstillingen blev godkendt.',
        '    efter: Rådet vedtog indstillingen (For 2, Imod 0, Undlader 0)',
        '23. nov. kl. 09.00  punkt 1.1.1  taget til efterretning af Sara Sagsbehandler (revision 1)',
        '    før:   Taget til efterretning.',
        '    efter: Taget til efterretning.',
        '',
      ].join('\n'),
    );

    const shown = await cli('meeting', 'show', id, ...council);
    expect(shown.out).toContain(
      '  0.1.2   Fælles indsats for unge ledige (B)\n            Beslutning (revision 1): Rådet vedtog indstillingen (For 2, Imod 0, Undlader 0)\n',
    );
    const minutes = await cli('meeting', 'minutes', id, ...council);
    expect(minutes.out).toContain(
      '**Beslutning** Rådet vedtog indstillingen (For 2, Imod 0, Undlader 0)\n',
    );

    // The next meeting's agenda starts with what is still to follow up.
    const next = await cli(
      'meeting',
      'create',
      ...council,
      '--title',
      'Rådsmøde',
      '--start',
      '2027-01-07 13:00',
      '--end',
      '16:00',
      '--as',
      'sek',
    );
    const nextShown = await cli('meeting', 'show', idIn(next.out), ...council);
    expect(nextShown.out).toContain(
      [
        'Opfølgning fra tidligere møder:',
        `  ${id}/0.1.2  [åben] Fælles indsats for unge ledige · ingen ansvarlig`,
        '      Rådet vedtog indstillingen (For 2, Imod 0, Undlader 0)',
        '      (fra Rådsmøde 03.12.2026, punkt 0.1.2)',
        '',
      ].join('\n'),
    );

    expect(
      await cli(
        'meeting',
        'followup',
        'set',
        `${id}/0.1.2`,
        '--owner',
        'Sekretariatet',
        '--due',
        '2027-01-15',
        '--status',
        'in-progress',
        ...council,
        '--as',
        'sek',
      ),
    ).toEqual({
      code: 0,
      err: '',
      out: [
        `Opfølgningspunkt ${id}/0.1.2 er opdateret:`,
        `  ${id}/0.1.2  [i gang] Fælles indsats for unge ledige · ansvarlig: Sekretariatet · frist 15.01.2027`,
        '      Rådet vedtog indstillingen (For 2, Imod 0, Undlader 0)',
        '      (fra Rådsmøde 03.12.2026, punkt 0.1.2)',
        '',
      ].join('\n'),
    });
    expect((await cli('meeting', 'followup', 'list', ...council)).out).toContain('[i gang]');
    await cli(
      'meeting',
      'followup',
      'set',
      `${id}/0.1.2`,
      '--status',
      'done',
      ...council,
      '--as',
      'sek',
    );
    expect((await cli('meeting', 'followup', 'list', ...council)).out).toBe(
      'Der er ingen opfølgningspunkter at vise.\n',
    );
    expect((await cli('meeting', 'followup', 'list', '--all', ...council)).out).toContain(
      '[udført]',
    );
  });

  it('answers bad input with 2 and a refusal with 1, changing nothing', async () => {
    const id = await aMeetingWithAgenda('2026-12-10 13:00');
    expect(await cli('meeting', 'decide', id, ...council, '--as', 'sek')).toMatchObject({
      code: 2,
      err: expect.stringContaining('Angiv mødet og punktets nummer'),
    });
    expect(
      await cli(
        'meeting',
        'decide',
        id,
        '0.1.2',
        '--text',
        'x',
        '--from-hearing',
        ...council,
        '--as',
        'sek',
      ),
    ).toMatchObject({ code: 2 });
    expect(
      await cli(
        'meeting',
        'decide',
        id,
        '0.1.2',
        '--text',
        'x',
        '--revision',
        'to',
        ...council,
        '--as',
        'sek',
      ),
    ).toMatchObject({ code: 2, err: expect.stringContaining('--revision skal være et helt tal') });
    expect(
      await cli('meeting', 'decide', id, '0.1.2', '--text', ' ', ...council, '--as', 'sek'),
    ).toMatchObject({ code: 2, err: expect.stringContaining('--text') });
    expect(
      await cli('meeting', 'decide', id, '0.1.2', '--from-hearing', ...council, '--as', 'sek'),
    ).toMatchObject({ code: 1, err: expect.stringContaining('Der er ingen afsluttet høring') });
    expect(
      await cli(
        'meeting',
        'decide',
        id,
        '0.1.2',
        '--text',
        'Rådet vedtog.',
        ...council,
        '--as',
        'm1',
      ),
    ).toMatchObject({ code: 1 });
    expect(
      await cli(
        'meeting',
        'followup',
        'set',
        `${id}/0.1.2`,
        '--status',
        'snart',
        ...council,
        '--as',
        'sek',
      ),
    ).toMatchObject({
      code: 2,
      err: expect.stringContaining('--status skal være open, in-progress eller done'),
    });
    expect(
      await cli(
        'meeting',
        'followup',
        'set',
        `${id}/0.1.2`,
        '--due',
        '2027-02-30',
        ...council,
        '--as',
        'sek',
      ),
    ).toMatchObject({ code: 2, err: expect.stringContaining('--due') });
    expect(await cli('meeting', 'followup', ...council)).toMatchObject({ code: 2 });
    expect(await cli('meeting', 'decisions', id, ...council)).toEqual({
      code: 0,
      out: 'Ingen beslutninger er skrevet eller ændret endnu.\n',
      err: '',
    });
  });

  it("answers in the council's language: English", async () => {
    const imported = await bot.useCases.importRoster({
      format: 'yaml',
      text: `council: { id: rar-west, name: RAR West, locale: en, timeZone: Europe/Copenhagen }
members:
  - { id: sec, name: Sally Casework, organisation: Secretariat, role: sekretariat }
  - { id: ch, name: Chris Chairson, organisation: DA, role: formand }
`,
    });
    if (!imported.ok) throw new Error(imported.code);
    const west = ['--council', 'rar-west'];
    const created = await cli(
      'meeting',
      'create',
      ...west,
      '--title',
      'Council meeting',
      '--start',
      '2026-12-17 13:00',
      '--end',
      '16:00',
      '--as',
      'sec',
    );
    const id = idIn(created.out);
    await cli(
      'meeting',
      'import',
      fixturePath('markdown-dagsorden.md'),
      '--meeting',
      id,
      ...west,
      '--as',
      'sec',
    );
    expect(await cli('meeting', 'noted', id, '1.1.1', ...west, '--as', 'sec')).toMatchObject({
      code: 0,
      out: 'Item 1.1.1 is noted (revision 1).\n',
    });
    await cli('meeting', 'decide', id, '0.1.2', '--text', 'Adopted.', ...west, '--as', 'sec');
    const stale = await cli(
      'meeting',
      'decide',
      id,
      '0.1.2',
      '--text',
      'Adopted with a note.',
      '--revision',
      '0',
      ...west,
      '--as',
      'ch',
    );
    expect(stale.code).toBe(1);
    expect(stale.err).toContain('Item 0.1.2 was changed by Sally Casework on 23/11/2026 at 09:00');
    expect(stale.err).toContain('Your text was not saved: "Adopted with a note."');
    expect((await cli('meeting', 'show', id, ...west)).out).toContain(
      'Decision (revision 1): Noted.',
    );
  });
});
