import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../fakes/fixed-clock.ts';
import { cliOf } from '../support/cli-runner.ts';
import { startTestRaadsbot, type TestRaadsbot } from '../support/start-test-raadsbot.ts';
import {
  actions,
  actorOf,
  councilId,
  expected,
  MatrixTally,
  refusalWords,
  otherRosterYaml,
  roles,
  rosterYaml,
  type Action,
} from './authorisation-matrix.ts';
import { expectChanged, freshHearing, reminderRoundTaken, stateOf } from './matrix-cells.ts';

let bot: TestRaadsbot;
const tally = new MatrixTally();

beforeAll(async () => {
  // Monday 23 November 2026, 09.00 in Copenhagen.
  bot = await startTestRaadsbot(
    { RUN_WORKERS: 'false' },
    { label: 'authz-cli', clock: new FixedClock('2026-11-23T08:00:00.000Z') },
  );
  for (const text of [rosterYaml, otherRosterYaml]) {
    const imported = await bot.useCases.importRoster({ format: 'yaml', text });
    if (!imported.ok) throw new Error(imported.code);
  }
});
afterAll(async () => {
  console.log(tally.line('CLI'));
  await bot?.shutdown();
});

const cli = cliOf(() => bot);

/** The command each action is on the command line; `--as` names who acts, `--council` the first council. */
const argvOf = (action: Action, hearingId: string, actor: string): string[] => {
  const who = ['--council', councilId, '--as', actor];
  switch (action) {
    case 'open':
      return [
        'hearing',
        'open',
        ...who,
        '--title',
        'Ny høring',
        '--proposal',
        'Et forslag.',
        '--deadline',
        '2026-11-27 12:00',
      ];
    case 'vote':
      return ['hearing', 'vote', hearingId, 'for', ...who];
    case 'withdraw':
      return ['hearing', 'withdraw', hearingId, ...who];
    case 'afbud':
      return ['hearing', 'afbud', hearingId, ...who];
    case 'inhabil':
      return ['hearing', 'inhabil', hearingId, ...who];
    case 'deadline':
      return ['hearing', 'deadline', hearingId, '--deadline', '2026-11-30 12:00', ...who];
    case 'close':
      return ['hearing', 'close', hearingId, ...who];
    case 'remind':
      return ['hearing', 'remind', hearingId, ...who];
    case 'cancel':
      return ['hearing', 'cancel', hearingId, ...who];
  }
};

const cells = actions.flatMap((action) =>
  roles.map((role) => ({ action, role, verdict: expected[action](role) })),
);

describe('the authorisation matrix on the command line', () => {
  it.each(cells)('$role: $action is $verdict', async ({ action, role, verdict }) => {
    const hearingId = await freshHearing(bot, action, `CLI ${action} ${role}`);
    const before = await stateOf(bot, hearingId);
    const answer = await cli(...argvOf(action, hearingId, actorOf[role]));
    const after = await stateOf(bot, hearingId);
    tally.cells += 1;

    if (verdict === 'allowed') {
      expect(answer.err).toBe('');
      expect(answer.code).toBe(0);
      expect(answer.out).toMatch(/\p{L}{3,}/u);
      expectChanged(action, role, hearingId, before, after);
      if (action === 'remind') expect(await reminderRoundTaken(bot, hearingId)).toBe(true);
      return;
    }
    // The probe itself takes a round, so it runs once.
    const remindedAnyway = action === 'remind' && (await reminderRoundTaken(bot, hearingId));
    const changed = JSON.stringify(after) !== JSON.stringify(before) || remindedAnyway;
    if (answer.code === 0 || changed) tally.wronglyAllowed += 1;
    else if (!refusalWords.test(answer.err)) tally.silent += 1;
    else tally.refused += 1;
    // Refused in words on stderr (exit code 1, never a crash) and nothing changed.
    expect(answer.code).toBe(1);
    expect(answer.err).toMatch(refusalWords);
    expect(answer.err).not.toMatch(/Error|at .*\.ts/);
    expect(after).toEqual(before);
    expect(remindedAnyway).toBe(false);
  });
});
