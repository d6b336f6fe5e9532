import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { startTestRaadsbot, type TestRaadsbot } from '../../../support/start-test-raadsbot.ts';
import { cliOf } from '../../../support/cli-runner.ts';

let bot: TestRaadsbot;

beforeAll(async () => {
  // Monday 23 November 2026, 09.00 in Copenhagen.
  bot = await startTestRaadsbot(
    { RUN_WORKERS: 'false' },
    { label: 'cli-remind', clock: new FixedClock('2026-11-23T08:00:00.000Z') },
  );
  const imported = await bot.useCases.importRoster({
    format: 'yaml',
    text: `council: { id: rar-cli, name: RAR Kommandolinje }
members:
  - { id: sek, name: Signe Skrivebord, organisation: Sekretariatet, role: sekretariat }
  - { id: fm, name: Folke Mødeleder, organisation: DA, role: formand }
  - { id: m1, name: Mette Mosegård, organisation: FH, role: medlem }
  - { id: m2, name: Jens Jordbær, organisation: KL, role: medlem }
  - { id: s2, name: Bo Birkelund, organisation: KL, role: suppleant, substituteFor: m2 }
`,
  });
  if (!imported.ok) throw new Error(imported.code);
});
afterAll(async () => bot?.shutdown());

const cli = cliOf(() => bot);

describe('hearing remind on the command line', () => {
  it('reminds those who have not answered, once an hour, and only for the secretariat and the chair', async () => {
    const opened = await bot.useCases.openHearing({
      councilId: 'rar-cli',
      actorId: 'sek',
      title: 'Årshjul 2027',
      proposal: 'Sekretariatet indstiller, at Rådet godkender årshjulet.',
      deadlineDate: '2026-11-27',
      deadlineTime: '12:00',
    });
    if (!opened.ok) throw new Error(opened.code);
    const id = opened.value.id;
    await bot.useCases.castBallot({
      councilId: 'rar-cli',
      hearingId: id,
      actorId: 'fm',
      choice: 'for',
    });
    await bot.useCases.registerAbsence({ councilId: 'rar-cli', memberId: 'm2', hearingId: id });

    const refused = await cli('hearing', 'remind', id, '--council', 'rar-cli', '--as', 'm1');
    const first = await cli('hearing', 'remind', id, '--council', 'rar-cli', '--as', 'sek');
    const second = await cli('hearing', 'remind', id, '--council', 'rar-cli', '--as', 'fm');

    expect(refused.code).toBe(1);
    expect(refused.err).toContain(
      'Kun sekretariatet og formandskabet kan sende påmindelser om en høring.',
    );
    expect(first).toMatchObject({
      code: 0,
      out: 'Påmindelse sendt til 2, der ikke har svaret: Mette Mosegård (FH), Bo Birkelund (KL, suppleant for Jens Jordbær).\n',
    });
    expect(second).toMatchObject({
      code: 1,
      err: 'Der er allerede sendt en påmindelse kl. 09.00. Du kan påminde igen fra kl. 10.00.\n',
    });
  });
});
