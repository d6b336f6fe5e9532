/**
 * Who answers for a seat, and what each person is told and offered, through
 * the real Slack endpoint: afbud hands a member's seat to their suppleant,
 * the result names the suppleant for that seat, and every confirmation and
 * Home tab says in one line where the person stands.
 */
import { describe, expect } from 'vitest';
import { absenceCallbackId } from '../../../../src/bot/slack/council/absence-ids.ts';
import { actionIds } from '../../../../src/bot/slack/hearings/hearing-ids.ts';
import type { Hearing } from '../../../../src/domain/hearings/hearing.ts';
import type { Member } from '../../../../src/domain/council/roster.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import {
  councilChannelId,
  councilTeam,
  eventually,
  seedCouncil,
  type SlackCouncil,
  type SlackHarness,
} from '../../../support/slack-harness.ts';
import { homeClick, voteClick } from '../../../support/slack-payloads.ts';
import { appHomeOpened, viewSubmission } from '../../../support/slack-requests.ts';
import { openHearingElsewhere, rememberChannel } from '../../../support/slack-seeds.ts';
import { slackTestWith } from '../../../support/slack-test.ts';

/**
 * Monday 3 March 2031, 09:00 in Copenhagen, a week before the deadline. Far
 * enough ahead that no queued close or reminder comes due while a test runs.
 */
const slackTest = slackTestWith({ clock: new FixedClock('2031-03-03T08:00:00.000Z') });

const json = (value: unknown) => JSON.stringify(value);

/** A council with an open hearing, whose first member has sent afbud for it through "/raad afbud". */
async function hearingWithAfbud(bot: SlackHarness) {
  const seeded = await seedCouncil(bot);
  await rememberChannel(bot, seeded.council.id);
  const { hearing, ts } = await openHearingElsewhere(bot, seeded, { deadlineDate: '2031-03-10' });
  const absent = seeded.roster.members[0]!;
  const sent = await bot.post(
    viewSubmission({
      callbackId: absenceCallbackId,
      userId: seeded.userOf(absent),
      teamId: councilTeam,
      values: {
        hearingId: {
          value: {
            type: 'static_select',
            selected_option: {
              value: hearing.id,
              text: { type: 'plain_text', text: hearing.title },
            },
          },
        },
      },
    }),
  );
  expect(sent.json).toMatchObject({ response_action: 'update' });
  return { ...seeded, hearing, ts, absent, substitute: seeded.roster.substitute };
}

/** The ephemeral answer to one person's click (each click's response_url names the user). */
const answerTo = (bot: SlackHarness, userId: string) =>
  eventually(
    () =>
      bot.slack
        .callsTo('response_url')
        .find((call) => String(call.args.url).endsWith(`/actions/${userId}`))?.args.text as
        string | undefined,
    `${userId} is answered`,
  );

const vote = (
  bot: SlackHarness,
  seeded: SlackCouncil,
  hearing: Hearing,
  who: Member,
  choice: 'for' | 'against' | 'abstain',
) => bot.post(voteClick(bot, { userId: seeded.userOf(who), hearingId: hearing.id, choice }));

describe("a substitute holds an absent member's seat", () => {
  slackTest(
    "a substitute votes for an absent member's seat and the result names the substitute for that seat",
    async ({ bot }) => {
      const seeded = await hearingWithAfbud(bot);
      const { council, roster, hearing, ts, absent, substitute } = seeded;

      await vote(bot, seeded, hearing, substitute, 'abstain');
      expect(await answerTo(bot, seeded.userOf(substitute))).toBe(
        `Du har stemt Undlader at stemme som suppleant for ${absent.name} — du kan ændre indtil fristen.`,
      );
      await vote(bot, seeded, hearing, roster.members[1]!, 'for');
      await eventually(
        async () => (await bot.stores.hearings.ballots(council.id, hearing.id)).length === 2,
        'both ballots are stored',
      );

      const closed = await bot.useCases.closeHearing({
        councilId: council.id,
        hearingId: hearing.id,
        actorId: roster.secretary.id,
      });
      expect(closed.ok).toBe(true);

      const reply = await eventually(
        () => bot.slack.messagesIn(councilChannelId).find((m) => m.threadTs === ts),
        'the result is posted in the thread',
      );
      const text = json(reply.blocks);
      expect(text).toContain(
        `*Undlader at stemme*: ${substitute.name} (${absent.organisation}, suppleant for ${absent.name})`,
      );
      expect(text).toContain(
        `*For*: ${roster.members[1]!.name} (${roster.members[1]!.organisation})`,
      );
      expect(text).not.toContain(`${absent.name} (${absent.organisation})`);
    },
  );
});

describe('one line on where each person stands', () => {
  slackTest(
    'refused (the seat is with the substitute, or no voting right): one line why, nothing stored',
    async ({ bot }) => {
      const seeded = await hearingWithAfbud(bot);
      const { council, roster, hearing, absent } = seeded;

      await vote(bot, seeded, hearing, absent, 'for');
      await vote(bot, seeded, hearing, roster.secretary, 'for');

      expect(await answerTo(bot, seeded.userOf(absent))).toBe(
        'Du har meldt afbud, så din suppleant har stemmeretten i denne høring. Kontakt sekretariatet, hvis du vil trække afbuddet tilbage.',
      );
      expect(await answerTo(bot, seeded.userOf(roster.secretary))).toBe(
        'Du har ikke stemmeret i rådet. Du kan følge høringen, men ikke stemme.',
      );
      expect(await bot.stores.hearings.ballots(council.id, hearing.id)).toEqual([]);
    },
  );

  slackTest(
    'the Home tab: the secretariat and the absent member see one line and no vote buttons; the substitute votes there and is told once',
    async ({ bot }) => {
      const seeded = await hearingWithAfbud(bot);
      const { roster, hearing, absent, substitute } = seeded;
      const home = async (member: Member) => {
        const userId = seeded.userOf(member);
        await bot.post(appHomeOpened({ userId }));
        return json(await eventually(() => bot.slack.homeOf(userId), `${member.id}'s Home tab`));
      };

      const secretariat = await home(roster.secretary);
      expect(secretariat).toContain('Du følger høringen som sekretariat og stemmer ikke selv.');
      expect(secretariat).toContain('0 af 8 har svaret');
      expect(secretariat).not.toContain('"action_id":"vote.');
      const absentTab = await home(absent);
      expect(absentTab).toContain('Du har meldt afbud, så din suppleant har stemmeretten');
      expect(absentTab).not.toContain('"action_id":"vote.');

      const userId = seeded.userOf(substitute);
      await bot.post(homeClick({ userId, actionId: actionIds.vote('for'), value: hearing.id }));
      const line = `Du har stemt For som suppleant for ${absent.name} — du kan ændre indtil fristen.`;
      const after = await eventually(() => {
        const tab = json(bot.slack.homeOf(userId) ?? {});
        return tab.includes(line) && tab;
      }, "the substitute's tab shows the vote");
      expect(after.split('suppleant for')).toHaveLength(2);
      expect(after).toContain(`"action_id":"vote.for","value":"${hearing.id}","style":"primary"`);
    },
  );
});
