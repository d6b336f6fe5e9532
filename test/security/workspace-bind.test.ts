/**
 * The operator's `workspace bind` asks for no actor, but it never moves a
 * workspace that another council holds unless told to with --force.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../fakes/fixed-clock.ts';
import { startTestRaadsbot, type TestRaadsbot } from '../support/start-test-raadsbot.ts';
import { cliOf } from '../support/cli-runner.ts';

let bot: TestRaadsbot;

const roster = (id: string, name: string) => `council: { id: ${id}, name: ${name} }
members:
  - { id: sek, name: Sigrid Stempel, organisation: Sekretariatet, role: sekretariat }
  - { id: m1, name: Mads Mølle, organisation: DA, role: medlem }
`;

beforeAll(async () => {
  bot = await startTestRaadsbot(
    { RUN_WORKERS: 'false' },
    { label: 'workspace-bind', clock: new FixedClock('2027-01-04T08:00:00.000Z') },
  );
  for (const [id, name] of [
    ['rar-oest', 'RAR Øst'],
    ['rar-vest', 'RAR Vest'],
  ] as const) {
    const imported = await bot.useCases.importRoster({ format: 'yaml', text: roster(id, name) });
    if (!imported.ok) throw new Error(imported.code);
  }
});
afterAll(async () => bot?.shutdown());

const cli = cliOf(() => bot);

const holder = () => bot.deps.directory.councilForWorkspace('slack', 'T0BINDTEST');

describe('workspace bind on the command line', () => {
  it('binds a free workspace, refuses to move a held one without --force, and moves it with', async () => {
    expect(await cli('workspace', 'bind', 'slack', 'T0BINDTEST', '--council', 'rar-oest')).toEqual({
      code: 0,
      out: 'Slack-arbejdsområdet T0BINDTEST er nu knyttet til RAR Øst.\n',
      err: '',
    });

    expect(await cli('workspace', 'bind', 'slack', 'T0BINDTEST', '--council', 'rar-vest')).toEqual({
      code: 1,
      out: '',
      err: 'Slack-arbejdsområdet T0BINDTEST er knyttet til RAR Øst. Tilføj --force for at flytte det til RAR Vest; medlemmerne af RAR Øst kan så ikke længere bruge Rådsbot derfra.\n',
    });
    expect(await holder()).toBe('rar-oest');

    expect(
      await cli('workspace', 'bind', 'slack', 'T0BINDTEST', '--council', 'rar-vest', '--force'),
    ).toEqual({
      code: 0,
      out: 'Slack-arbejdsområdet T0BINDTEST er flyttet fra RAR Øst til RAR Vest.\n',
      err: '',
    });
    expect(await holder()).toBe('rar-vest');
  });
});
