/**
 * Meeting buttons clicked on App Home, which has no response_url: the
 * answer comes in the member's DM, and the Home tab is published again so
 * its buttons follow what was just done. And a remark after one's approval
 * is refused at the click, saying the approval stands.
 */
import { describe, expect } from 'vitest';
import {
  meetingActionIds,
  meetingCallbackIds,
} from '../../../../src/bot/slack/meetings/meeting-ids.ts';
import {
  councilTeam,
  eventually,
  seedCouncil,
  type SlackHarness,
} from '../../../support/slack-harness.ts';
import { heldMeetingWithMinutes, planMeeting } from '../../../support/meeting-seeds.ts';
import { homeClick } from '../../../support/slack-payloads.ts';
import { blockAction, viewSubmission } from '../../../support/slack-requests.ts';
import { rememberChannel } from '../../../support/slack-seeds.ts';
import { slackTest } from '../../../support/slack-test.ts';

const json = (value: unknown) => JSON.stringify(value) ?? '';

async function aCouncil(bot: SlackHarness) {
  const seeded = await seedCouncil(bot);
  await rememberChannel(bot, seeded.council.id);
  const seed = {
    councilId: seeded.council.id,
    actorId: seeded.roster.secretary.id,
    now: bot.deps.clock.now(),
  };
  return { seeded, seed };
}

const publishedCount = (bot: SlackHarness) => bot.slack.callsTo('views.publish').length;

describe('meeting clicks on App Home', () => {
  slackTest(
    'a member approves the referat from App Home: a direct message says so with the time, and Home is published again without the button',
    async ({ bot }) => {
      const { seeded, seed } = await aCouncil(bot);
      const held = await heldMeetingWithMinutes(bot.useCases, seed);
      const userId = seeded.userOf(seeded.roster.members[0]!);
      const before = publishedCount(bot);

      await bot.post(
        homeClick({ userId, actionId: meetingActionIds.approveMinutes, value: held.meetingId }),
      );

      // Posted to the member's user id: Slack delivers it in their DM with the app.
      const dm = await eventually(
        () =>
          bot.slack
            .callsTo('chat.postMessage')
            .filter((call) => call.args['channel'] === userId)
            .map((call) => String(call.args['text'] ?? ''))
            .find((text) => text.startsWith('Du har godkendt')),
        'the approval is confirmed in a DM',
      );
      expect(dm).toMatch(/^Du har godkendt referatet af Rådsmøde i december kl\. \d\d\.\d\d\.$/);
      await eventually(() => publishedCount(bot) > before, 'Home is published again');
      const home = json(bot.slack.homeOf(userId));
      expect(home).not.toContain(
        `"action_id":"${meetingActionIds.approveMinutes}","value":"${held.meetingId}"`,
      );
    },
  );

  slackTest(
    'afbud sent from App Home: Home is published again with "Træk afbud tilbage"; withdrawn, it offers Afbud again',
    async ({ bot }) => {
      const { seeded, seed } = await aCouncil(bot);
      const meetingId = await planMeeting(bot.useCases, seed);
      const userId = seeded.userOf(seeded.roster.members[0]!);

      await bot.post(homeClick({ userId, actionId: meetingActionIds.afbud, value: meetingId }));
      const form = await eventually(() => bot.slack.callsTo('views.open')[0], 'the form opens');
      const before = publishedCount(bot);
      await bot.post(
        viewSubmission({
          callbackId: meetingCallbackIds.afbud,
          userId,
          teamId: councilTeam,
          privateMetadata: (form.args.view as { private_metadata: string }).private_metadata,
          values: {},
        }),
      );
      await eventually(() => publishedCount(bot) > before, 'Home is published again');
      const afterAfbud = json(bot.slack.homeOf(userId));
      expect(afterAfbud).toContain(
        `"action_id":"${meetingActionIds.withdrawAfbud}","value":"${meetingId}"`,
      );
      expect(afterAfbud).not.toContain(`"action_id":"${meetingActionIds.afbud}"`);

      const again = publishedCount(bot);
      await bot.post(
        homeClick({ userId, actionId: meetingActionIds.withdrawAfbud, value: meetingId }),
      );
      await eventually(() => publishedCount(bot) > again, 'Home is published again');
      expect(json(bot.slack.homeOf(userId))).toContain(
        `"action_id":"${meetingActionIds.afbud}","value":"${meetingId}"`,
      );
    },
  );

  slackTest(
    '"Bemærkning til referatet" after one has approved is refused at the click, saying the approval stands and from when; no form opens',
    async ({ bot }) => {
      const { seeded, seed } = await aCouncil(bot);
      const held = await heldMeetingWithMinutes(bot.useCases, seed);
      const member = seeded.roster.members[1]!;
      const userId = seeded.userOf(member);
      const approved = await bot.useCases.approveMinutes({
        councilId: seed.councilId,
        actorId: member.id,
        meetingId: held.meetingId,
      });
      expect(approved.ok).toBe(true);

      await bot.post(
        blockAction({
          actionId: meetingActionIds.remarkOnMinutes,
          value: held.meetingId,
          userId,
          teamId: councilTeam,
          responseUrl: `${bot.slack.hooksUrl}actions/${userId}`,
        }),
      );

      const answer = await eventually(
        () => bot.slack.callsTo('response_url')[0],
        'the click is answered',
      );
      expect(String(answer.args['text'])).toMatch(
        /^Du godkendte referatet af Rådsmøde i december kl\. \d\d\.\d\d, og den godkendelse står ved magt\./,
      );
      expect(bot.slack.callsTo('views.open')).toHaveLength(0);
    },
  );
});
