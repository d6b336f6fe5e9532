/**
 * Hearings opened outside Slack (the CLI, Teams): the council's Slack channel
 * is already known, so the outbox posts them there all the same.
 */
import {
  councilChannelId,
  councilTeam,
  eventually,
  type SlackCouncil,
  type SlackHarness,
} from './slack-harness.ts';
import type { Hearing } from '../../src/domain/hearings/hearing.ts';
import type { OpenHearingInput } from '../../src/app/hearings/open-hearing.ts';
import { localDateInDays } from '../fakes/test-instants.ts';

export async function rememberChannel(
  bot: SlackHarness,
  councilId: string,
  channel = councilChannelId,
  teamId = councilTeam,
) {
  await bot.stores.directory.saveAddress(councilId, 'slack', 'council', { teamId, channel });
}

export async function openHearingElsewhere(
  bot: SlackHarness,
  seeded: SlackCouncil,
  input: Partial<OpenHearingInput> = {},
): Promise<{ hearing: Hearing; ts: string }> {
  const date = localDateInDays(7, bot.deps.clock.now());
  const opened = await bot.useCases.openHearing({
    councilId: seeded.council.id,
    actorId: seeded.roster.secretary.id,
    title: 'Udkast til beskæftigelsesplan 2027',
    proposal: 'Formandskabet indstiller, at Rådet godkender udkastet.',
    deadlineDate: date,
    deadlineTime: '12:00',
    ...input,
  });
  if (!opened.ok) throw new Error(`openHearing: ${opened.code} ${opened.field ?? ''}`);
  const hearing = opened.value;
  const ts = await eventually(async () => {
    const posted = (await bot.stores.directory.message(
      seeded.council.id,
      `hearing:${hearing.id}`,
      'slack',
    )) as { ts?: string } | undefined;
    return posted?.ts;
  }, `hearing ${hearing.id} is posted in Slack`);
  return { hearing, ts };
}
