/**
 * Reminders as DMs through the outbox under Slack's rate limits: every seat
 * that has not answered gets exactly one, 429s are waited out, none is lost.
 */
import { describe, expect } from 'vitest';
import { councilTeam, eventually, seedCouncil } from '../../../support/slack-harness.ts';
import { voteClick } from '../../../support/slack-payloads.ts';
import { openHearingElsewhere, rememberChannel } from '../../../support/slack-seeds.ts';
import { slackTestWith } from '../../../support/slack-test.ts';

// conversations.open squeezed to 2 a second per workspace so a handful of reminders hits 429.
const tightLimits = slackTestWith({
  fake: { limits: { perWorkspace: { 'conversations.open': { max: 2, windowMs: 1_000 } } } },
});

describe('reminders', () => {
  tightLimits(
    'every seat without an answer gets one DM with the buttons; 429s are waited out and nothing is doubled',
    async ({ bot }) => {
      const seeded = await seedCouncil(bot);
      const { council, roster, userOf } = seeded;
      await rememberChannel(bot, council.id);
      const { hearing } = await openHearingElsewhere(bot, seeded);
      // members[0] has the personal substitute s001.
      const [away, voter] = roster.members;
      await bot.post(
        voteClick(bot, { userId: userOf(voter!), hearingId: hearing.id, choice: 'for' }),
      );
      await bot.useCases.registerAbsence({
        councilId: council.id,
        memberId: away!.id,
        hearingId: hearing.id,
      });

      const job = {
        councilId: council.id,
        hearingId: hearing.id,
        reminderKey: 'two-hours',
        deadline: hearing.deadline,
      };
      const run = await bot.useCases.queueReminderNotices(job);

      // The seat of the member on afbud is reminded through their substitute.
      const reminded = [
        roster.chair,
        roster.viceChair,
        ...roster.members.slice(2),
        roster.substitute,
      ];
      expect(run).toEqual({
        status: 'sent',
        memberIds: expect.arrayContaining(reminded.map((m) => m.id)),
      });
      const dmOf = (member: (typeof reminded)[number]) => bot.slack.dmChannelOf(userOf(member));
      await eventually(
        () => reminded.every((member) => bot.slack.messagesIn(dmOf(member)).length === 1),
        'every reminder is delivered',
        15_000,
      );
      expect(bot.slack.rateLimitedCount('conversations.open')).toBeGreaterThan(0);
      expect(bot.slack.messagesIn(bot.slack.dmChannelOf(userOf(voter!)))).toEqual([]);
      expect(bot.slack.messagesIn(bot.slack.dmChannelOf(userOf(away!)))).toEqual([]);

      const toChair = bot.slack.messagesIn(dmOf(roster.chair))[0]!;
      expect(toChair.text).toMatch(
        /^Påmindelse: Du har endnu ikke svaret på høringen «Udkast til beskæftigelsesplan 2027»\. Fristen er /,
      );
      expect(JSON.stringify(toChair.blocks)).toContain(
        `"action_id":"vote.for","value":"${hearing.id}"`,
      );
      expect(bot.slack.messagesIn(dmOf(roster.substitute))[0]!.text).toMatch(
        /^Påmindelse: Du holder .+s plads, som har meldt afbud\./,
      );

      // The same reminder run again (a retried job) adds nothing: the outbox knows these notices.
      const before = await bot.queues.outbox.getJobCounts('completed', 'wait', 'delayed', 'active');
      await bot.useCases.queueReminderNotices(job);
      expect(
        await bot.queues.outbox.getJobCounts('completed', 'wait', 'delayed', 'active'),
      ).toEqual(before);
      expect(reminded.map((member) => bot.slack.messagesIn(dmOf(member)).length)).toEqual(
        reminded.map(() => 1),
      );
      // Each DM channel was opened once and remembered for next time.
      expect(await bot.stores.directory.address(council.id, 'slack', roster.chair.id)).toEqual({
        teamId: councilTeam,
        userId: userOf(roster.chair),
        channel: dmOf(roster.chair),
      });
    },
  );

  tightLimits(
    'a reminder for a seat that answered in the meantime is not sent',
    async ({ bot }) => {
      const seeded = await seedCouncil(bot);
      await rememberChannel(bot, seeded.council.id);
      const { hearing } = await openHearingElsewhere(bot, seeded);
      const late = seeded.roster.members[0]!;
      const route = (
        await bot.surface.sender.routesFor({
          kind: 'reminder',
          councilId: seeded.council.id,
          hearingId: hearing.id,
          memberId: late.id,
          reminderKey: 'two-hours',
          deadline: hearing.deadline,
        })
      )[0]!;

      await bot.post(
        voteClick(bot, { userId: seeded.userOf(late), hearingId: hearing.id, choice: 'against' }),
      );
      await bot.surface.sender.deliver(route, {
        kind: 'reminder',
        councilId: seeded.council.id,
        hearingId: hearing.id,
        memberId: late.id,
        reminderKey: 'two-hours',
        deadline: hearing.deadline,
      });

      expect(route).toEqual({
        platform: 'slack',
        conversation: seeded.userOf(late),
        context: { teamId: councilTeam, userId: seeded.userOf(late) },
      });
      expect(bot.slack.callsTo('conversations.open')).toEqual([]);
      expect(bot.slack.messagesIn(bot.slack.dmChannelOf(seeded.userOf(late)))).toEqual([]);
    },
  );
});
