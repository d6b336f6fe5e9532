import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliParts } from '../../../../src/capabilities/index.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { cliOf } from '../../../support/cli-runner.ts';
import { startTestRaadsbot, type TestRaadsbot } from '../../../support/start-test-raadsbot.ts';

let bot: TestRaadsbot;
// Monday 23 November 2026, 09.00 in Copenhagen.
const clock = new FixedClock('2026-11-23T08:00:00.000Z');

beforeAll(async () => {
  bot = await startTestRaadsbot({ RUN_WORKERS: 'false' }, { label: 'cli-attendance', clock });
  const imported = await bot.useCases.importRoster({
    format: 'yaml',
    text: `council: { id: rar-fremmoede, name: RAR Fremmøde }
members:
  - { id: sek, name: Signe Skrivebord, organisation: Sekretariatet, role: sekretariat }
  - { id: fm, name: Folke Mødeleder, organisation: DA, role: formand }
  - { id: m1, name: Mette Mosegård, organisation: FH, role: medlem }
  - { id: m2, name: Niels Nattergal, organisation: KL, role: medlem }
  - { id: s1, name: Sara Sandbanke, organisation: FH, role: suppleant, substituteFor: m1 }
  - { id: t1, name: Tage Tidevand, organisation: Erhvervsakademiet, role: tilforordnet }
`,
  });
  if (!imported.ok) throw new Error(imported.code);
});
afterAll(async () => bot?.shutdown());

const cli = cliOf(() => bot, cliParts());
const council = ['--council', 'rar-fremmoede'];

describe('afbud, attendance and the approval of the minutes from the command line, over Redis', () => {
  it('runs a meeting from afbud to approved minutes', async () => {
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
      '--afbud-deadline',
      '2026-11-30 12:00',
      '--as',
      'sek',
    );
    expect(created.code).toBe(0);
    const id = /\[([A-Za-z0-9_-]+)\]/.exec(created.out)?.[1] ?? '';

    expect(
      await cli('meeting', 'afbud', id, ...council, '--as', 'm1', '--reason', 'Sygdom'),
    ).toEqual({
      code: 0,
      err: '',
      out: [
        'Afbud til «Rådsmøde» 03.12.2026 kl. 13.00–16.00 er registreret for Mette Mosegård (Sygdom).',
        'Suppleant Sara Sandbanke har pladsen på mødet og i høringerne på dets dagsorden.',
        '',
      ].join('\n'),
    });
    expect((await cli('meeting', 'afbud', id, ...council, '--as', 'm1')).out).toContain(
      'Mette Mosegård har allerede meldt afbud til «Rådsmøde» 03.12.2026 kl. 13.00–16.00. Intet er ændret.',
    );
    expect(await cli('meeting', 'afbud', id, ...council, '--as', 's1')).toMatchObject({
      code: 1,
      out: '',
      err: expect.stringContaining('Som suppleant sender du ikke selv afbud') as unknown,
    });
    expect(await cli('meeting', 'coming', id, ...council, '--as', 'fm')).toEqual({
      code: 0,
      err: '',
      out: 'Tak. Folke Mødeleder kommer til «Rådsmøde» 03.12.2026 kl. 13.00–16.00.\n',
    });

    // After the afbud deadline: taken, with a word to tell the secretariat too.
    clock.set('2026-12-01T08:00:00.000Z');
    expect(await cli('meeting', 'afbud', id, ...council, '--as', 'm2')).toEqual({
      code: 0,
      err: '',
      out: [
        'Afbud til «Rådsmøde» 03.12.2026 kl. 13.00–16.00 er registreret for Niels Nattergal.',
        'Der er ingen suppleant, så pladsen står tom på mødet.',
        'Fristen for afbud (30.11.2026 kl. 12.00) er overskredet. Afbuddet er registreret, men giv også sekretariatet besked på telefon eller mail, hvis det har betydning for mødet.',
        '',
      ].join('\n'),
    });
    expect(await cli('meeting', 'afbud', id, ...council, '--as', 'm2', '--withdraw')).toEqual({
      code: 0,
      err: '',
      out: 'Afbuddet til «Rådsmøde» 03.12.2026 kl. 13.00–16.00 er trukket tilbage: Niels Nattergal har sin plads igen.\n',
    });

    expect(
      await cli(
        'meeting',
        'attendance',
        id,
        ...council,
        '--add',
        'Rune Rorgænger',
        '--organisation',
        'STAR',
        '--note',
        'under punkt 2.1.1',
        '--presenter',
        '--as',
        'sek',
      ),
    ).toEqual({
      code: 0,
      err: '',
      out: [
        'Tilføjet til mødet: Rune Rorgænger (Oplægsholdere; STAR; under punkt 2.1.1).',
        '',
        'Fremmøde til «Rådsmøde» 03.12.2026 kl. 13.00–16.00',
        'Kommer (1): Folke Mødeleder',
        'Afbud (1):',
        '- Mette Mosegård (Sygdom) – suppleant Sara Sandbanke har pladsen',
        'Har ikke svaret (3): Sara Sandbanke, Niels Nattergal, Tage Tidevand',
        '',
        'På mødet deltog:',
        '',
        'Fra DA:',
        '- Folke Mødeleder',
        '',
        'Fra FH:',
        '- Sara Sandbanke (suppleant for Mette Mosegård)',
        '',
        'Fra KL:',
        '- Niels Nattergal',
        '',
        'Tilforordnede:',
        '- Tage Tidevand (Erhvervsakademiet)',
        '',
        'Fra sekretariatet:',
        '- Signe Skrivebord',
        '',
        'Oplægsholdere:',
        '- Rune Rorgænger (STAR; under punkt 2.1.1)',
        '',
      ].join('\n'),
    });
    expect(
      await cli('meeting', 'attendance', id, ...council, '--add', 'Uffe Ålekvist', '--as', 'sek'),
    ).toMatchObject({
      code: 2,
      out: '',
      err: expect.stringContaining('--organisation') as unknown,
    });
    expect(
      await cli('meeting', 'attendance', id, ...council, '--remove', 'Ukendt Gæst', '--as', 'sek'),
    ).toMatchObject({ code: 1, out: '' });

    // Approving the minutes: not before the meeting has begun.
    const send = ['meeting', 'approve', id, ...council, '--send', '--deadline'];
    expect(await cli(...send, '2026-12-10 12:00', '--as', 'sek')).toMatchObject({
      code: 1,
      err: expect.stringContaining('Mødet er ikke begyndt endnu') as unknown,
    });
    clock.set('2026-12-03T15:30:00.000Z');
    expect(await cli(...send, 'snart', '--as', 'sek')).toMatchObject({
      code: 2,
      err: expect.stringContaining('--deadline') as unknown,
    });
    expect(await cli(...send, '2026-12-10 12:00', '--as', 'sek')).toEqual({
      code: 0,
      err: '',
      out: 'Referatet af «Rådsmøde» 03.12.2026 kl. 13.00–16.00 er sendt til godkendelse hos 4 deltagere med frist 10.12.2026 kl. 12.00.\n',
    });

    // The referat of a meeting run in Rådsbot prints the built attendance.
    const minutes = await cli('meeting', 'minutes', id, ...council);
    expect(minutes.out).toContain('Fra FH:\n- Sara Sandbanke (suppleant for Mette Mosegård)\n');

    clock.set('2026-12-04T08:00:00.000Z');
    expect(
      await cli('meeting', 'approve', id, ...council, '--as', 's1', '--comment', 'Fint referat.'),
    ).toEqual({
      code: 0,
      err: '',
      out: 'Tak. Sara Sandbanke har godkendt referatet af «Rådsmøde» 04.12.2026 kl. 09.00.\nBemærkning: Fint referat.\n',
    });
    expect((await cli('meeting', 'approve', id, ...council, '--as', 's1')).out).toContain(
      'Sara Sandbanke godkendte allerede referatet af «Rådsmøde» 04.12.2026 kl. 09.00; den godkendelse gælder. Intet er ændret.',
    );
    expect(await cli('meeting', 'approve', id, ...council, '--as', 'm1')).toMatchObject({
      code: 1,
      err: expect.stringContaining('Kun de, der deltog i mødet, godkender referatet') as unknown,
    });
    expect(await cli('meeting', 'approvals', id, ...council)).toEqual({
      code: 0,
      err: '',
      out: [
        'Godkendelse af referatet af «Rådsmøde» 03.12.2026 kl. 13.00–16.00: referat sendt til godkendelse',
        'Frist: 10.12.2026 kl. 12.00',
        'Har godkendt (1):',
        '- Sara Sandbanke 04.12.2026 kl. 09.00 – «Fint referat.»',
        'Mangler (3): Folke Mødeleder, Niels Nattergal, Tage Tidevand',
        '',
      ].join('\n'),
    });

    expect(await cli('meeting', 'approve', id, ...council, '--close', '--as', 'sek')).toEqual({
      code: 1,
      out: '',
      err: 'Markér referatet af «Rådsmøde» 03.12.2026 kl. 13.00–16.00 som godkendt? 1 af 4 deltagere har godkendt. Det kan ikke fortrydes. Gentag kommandoen med --yes. Intet er ændret.\n',
    });
    expect((await cli('meeting', 'show', id, ...council)).out).toContain(
      'Status: referat sendt til godkendelse',
    );
    expect(
      await cli('meeting', 'approve', id, ...council, '--close', '--yes', '--as', 'sek'),
    ).toEqual({
      code: 0,
      err: '',
      out: 'Referatet af «Rådsmøde» 03.12.2026 kl. 13.00–16.00 er godkendt.\n',
    });
    expect((await cli('meeting', 'show', id, ...council)).out).toContain(
      'Status: referat godkendt',
    );
    expect(
      await cli('meeting', 'approve', id, ...council, '--close', '--yes', '--as', 'sek'),
    ).toEqual({
      code: 1,
      out: '',
      err: 'Referatet er allerede godkendt og kan ikke ændres.\n',
    });
  });

  it("answers in the council's language", async () => {
    const english = await bot.useCases.importRoster({
      format: 'yaml',
      text: `council: { id: rar-english, name: RAR English, locale: en }
members:
  - { id: sek, name: Signe Skrivebord, organisation: Sekretariatet, role: sekretariat }
  - { id: m1, name: Mette Mosegård, organisation: FH, role: medlem }
`,
    });
    if (!english.ok) throw new Error(english.code);
    clock.set('2026-11-23T08:00:00.000Z');
    const inEnglish = ['--council', 'rar-english'];
    const created = await cli(
      'meeting',
      'create',
      ...inEnglish,
      '--title',
      'Rådsmøde',
      '--start',
      '2026-12-03 13:00',
      '--end',
      '16:00',
      '--as',
      'sek',
    );
    const id = /\[([A-Za-z0-9_-]+)\]/.exec(created.out)?.[1] ?? '';
    const sent = await cli('meeting', 'afbud', id, ...inEnglish, '--as', 'm1');
    expect(sent.code).toBe(0);
    expect(sent.out).toContain('is registered for Mette Mosegård.');
    expect(sent.out).toContain('There is no substitute, so the seat is empty at the meeting.');
    expect(await cli('meeting', 'approve', id, ...inEnglish, '--as', 'm1')).toMatchObject({
      code: 1,
      // What is wrong in words for every surface, then the command line's own hint.
      err:
        'The minutes have not been sent for approval yet. They can be approved once the secretariat has sent them.\n' +
        'The secretariat sends them with "meeting approve MEETING --send".\n',
    });
  });

  it('answers a missing meeting id with 2 and an unknown meeting with 1', async () => {
    expect(await cli('meeting', 'afbud', ...council, '--as', 'm1')).toMatchObject({ code: 2 });
    expect(await cli('meeting', 'approvals', 'm0404', ...council)).toMatchObject({
      code: 1,
    });
  });
});
