/** Afbud said back to the member: who now holds the seat, or that nobody does. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { cliOf } from '../../../support/cli-runner.ts';
import { startTestRaadsbot, type TestRaadsbot } from '../../../support/start-test-raadsbot.ts';

let bot: TestRaadsbot;
const cli = cliOf(() => bot);

beforeAll(async () => {
  // Monday 4 January 2027, 09.00 in Copenhagen.
  bot = await startTestRaadsbot(
    { RUN_WORKERS: 'false' },
    { label: 'cli-afbud', clock: new FixedClock('2027-01-04T08:00:00.000Z') },
  );
  const imported = await bot.useCases.importRoster({
    format: 'yaml',
    text: `council: { id: rar-afbud, name: RAR Afbud }
members:
  - { id: sek, name: Sofie Stempel, organisation: Sekretariatet, role: sekretariat }
  - { id: fm, name: Frits Fane, organisation: DA, role: formand }
  - { id: m1, name: Marie Mose, organisation: FH, role: medlem }
  - { id: s1, name: Sigurd Sol, organisation: FH, role: suppleant, substituteFor: m1 }
`,
  });
  if (!imported.ok) throw new Error(imported.code);
});
afterAll(async () => bot?.shutdown());

describe('afbud on the command line', () => {
  it('tells a member with a substitute that the substitute holds the seat, and one without that nobody does', async () => {
    const opened = await cli(
      'hearing',
      'open',
      '--as',
      'sek',
      '--title',
      'Budget 2027',
      '--proposal',
      'Sekretariatet indstiller, at Rådet godkender budgettet.',
      '--deadline',
      '2027-01-08 12:00',
    );
    const hearingId = /\[(\w+)\]/.exec(opened.out)?.[1] ?? '';

    expect((await cli('hearing', 'afbud', hearingId, '--as', 'm1')).out).toBe(
      'Afbud registreret for høringen «Budget 2027». Din suppleant har nu stemmeretten.\n',
    );
    expect((await cli('hearing', 'afbud', hearingId, '--as', 'fm')).out).toBe(
      'Afbud registreret for høringen «Budget 2027». Du har ingen suppleant, så ingen stemmer for din plads i høringen.\n',
    );
  });
});
