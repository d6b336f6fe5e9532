/**
 * The secretariat and the chair group manage an open hearing from /raad mine
 * in Slack, through the real endpoint: who has not answered, "Påmind nu", and
 * closing early only after a confirmation modal that says what will follow.
 */
import { describe, expect } from 'vitest';
import type { Member } from '../../../../src/domain/council/roster.ts';
import { actionIds, callbackIds } from '../../../../src/bot/slack/hearings/hearing-ids.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import {
  councilChannelId,
  councilTeam,
  eventually,
  seedCouncil,
  type SlackCouncil,
  type SlackHarness,
} from '../../../support/slack-harness.ts';
import { voteClick } from '../../../support/slack-payloads.ts';
import { blockAction, slashCommand, viewSubmission } from '../../../support/slack-requests.ts';
import { openHearingElsewhere, rememberChannel } from '../../../support/slack-seeds.ts';
import { slackTestWith } from '../../../support/slack-test.ts';

/** Monday 23 November 2026, 09.00 in Copenhagen; the hearing's deadline is that Friday. */
const slackTest = slackTestWith({ clock: new FixedClock('2026-11-23T08:00:00.000Z') });

type Block = { type: string; block_id?: string; elements?: Record<string, unknown>[] };
type Modal = {
  callback_id: string;
  private_metadata: string;
  title: { text: string };
  submit: { text: string };
  close: { text: string };
  blocks: unknown[];
};

async function anOpenHearing(bot: SlackHarness) {
  const seeded = await seedCouncil(bot);
  await rememberChannel(bot, seeded.council.id);
  const { hearing, ts } = await openHearingElsewhere(bot, seeded, {
    deadlineDate: '2026-11-27',
  });
  const vote = (member: Member, choice: 'for' | 'against' | 'abstain') =>
    bot.post(voteClick(bot, { userId: seeded.userOf(member), hearingId: hearing.id, choice }));
  return { ...seeded, hearing, ts, vote };
}

/** /raad mine as `member`; the ephemeral answer's blocks. */
async function mine(bot: SlackHarness, seeded: SlackCouncil, member: Member): Promise<Block[]> {
  const url = `${bot.slack.hooksUrl}mine/${member.id}`;
  await bot.post(
    slashCommand({
      command: '/raad',
      text: 'mine',
      userId: seeded.userOf(member),
      teamId: councilTeam,
      responseUrl: url,
    }),
  );
  const reply = await eventually(
    () =>
      bot.slack
        .callsTo('response_url')
        .find((call) => String(call.args.url) === new URL(url).pathname),
    `/raad mine answers ${member.id}`,
  );
  return reply.args.blocks as Block[];
}

const press = (
  bot: SlackHarness,
  seeded: SlackCouncil,
  member: Member,
  actionId: string,
  hearingId: string,
) =>
  bot.post(
    blockAction({
      actionId,
      value: hearingId,
      userId: seeded.userOf(member),
      teamId: councilTeam,
      blockId: `hearing.${hearingId}.manage`,
      responseUrl: `${bot.slack.hooksUrl}manage/${member.id}/${bot.slack.callsTo('response_url').length}`,
    }),
  );

/** The ephemeral answers sent to `member`'s presses, in order. */
const answersTo = (bot: SlackHarness, member: Member): string[] =>
  bot.slack
    .callsTo('response_url')
    .filter((call) => String(call.args.url).includes(`/manage/${member.id}/`))
    .map((call) => String(call.args.text));

const textOf = (value: unknown) => JSON.stringify(value);

describe('/raad mine for the secretariat and the chair group', () => {
  slackTest(
    'shows who has not answered, with Påmind nu and Luk høringen nu in a block apart from the vote buttons',
    async ({ bot }) => {
      const seeded = await anOpenHearing(bot);
      const { roster, hearing, vote } = seeded;
      await vote(roster.chair, 'for');
      await bot.useCases.registerAbsence({
        councilId: seeded.council.id,
        memberId: roster.members[0]!.id,
        hearingId: hearing.id,
      });

      const blocks = await mine(bot, seeded, roster.chair);

      const voteRow = blocks.find((b) => b.block_id === `hearing.${hearing.id}.actions`)!;
      const manageRow = blocks.find((b) => b.block_id === `hearing.${hearing.id}.manage`)!;
      expect(voteRow.elements?.map((e) => e['action_id'])).toEqual([
        'vote.for',
        'vote.against',
        'vote.abstain',
        'reason.any',
      ]);
      expect(manageRow.elements?.map((e) => [e['action_id'], e['style']])).toEqual([
        [actionIds.remindNow, undefined],
        [actionIds.closeNow, undefined],
      ]);
      expect(blocks.indexOf(manageRow)).toBeGreaterThan(blocks.indexOf(voteRow) + 1);
      const [karen, ...others] = roster.members;
      const section = textOf(blocks[blocks.indexOf(manageRow) - 1]);
      expect(section).toContain('*Sekretariat og formandskab*');
      expect(section).toContain(
        `Mangler svar fra: ${roster.viceChair.name} (${roster.viceChair.organisation}), ${roster.substitute.name} (${karen!.organisation}, suppleant for ${karen!.name}), ${others[0]!.name} (${others[0]!.organisation})`,
      );

      // A member's list has no such block.
      const members = await mine(bot, seeded, roster.members[1]!);
      expect(members.some((b) => b.block_id?.endsWith('.manage'))).toBe(false);
    },
  );
});

describe('closing early asks first', () => {
  slackTest(
    'Luk høringen nu opens a confirmation that says what will follow; until it is confirmed nothing closes',
    async ({ bot }) => {
      const seeded = await anOpenHearing(bot);
      const { roster, hearing, vote, council } = seeded;
      await vote(roster.chair, 'for');
      await vote(roster.members[0]!, 'against');

      await press(bot, seeded, roster.secretary, actionIds.closeNow, hearing.id);

      const opened = await eventually(() => bot.slack.callsTo('views.open')[0], 'the modal opens');
      const modal = opened.args.view as Modal;
      expect(modal).toMatchObject({
        callback_id: callbackIds.closeHearing,
        title: { text: 'Luk høringen nu?' },
        submit: { text: 'Ja, luk høringen' },
        close: { text: 'Fortryd' },
      });
      expect(textOf(modal.blocks)).toContain(
        '*2 af 8 har svaret. Lukkes høringen nu, er den ikke beslutningsdygtig. De, der ikke har svaret, kan ikke svare bagefter.*',
      );
      // "Fortryd" only closes the modal: Slack sends nothing, and the hearing stays open.
      expect((await bot.stores.hearings.hearing(council.id, hearing.id))?.state).toBe('open');
    },
  );

  slackTest(
    '"Ja, luk høringen" closes it with the outcome the confirmation named',
    async ({ bot }) => {
      const seeded = await anOpenHearing(bot);
      const { roster, hearing, vote, council, ts } = seeded;
      for (const member of [roster.chair, roster.viceChair, roster.members[0]!])
        await vote(member, 'for');
      await vote(roster.members[1]!, 'against');
      await press(bot, seeded, roster.chair, actionIds.closeNow, hearing.id);
      const modal = (await eventually(() => bot.slack.callsTo('views.open')[0], 'the modal opens'))
        .args.view as Modal;
      expect(textOf(modal.blocks)).toContain(
        '4 af 8 har svaret. Lukkes høringen nu, bliver resultatet: Vedtaget (For 3, Imod 1).',
      );

      const confirmed = await bot.post(
        viewSubmission({
          callbackId: callbackIds.closeHearing,
          userId: seeded.userOf(roster.chair),
          teamId: councilTeam,
          privateMetadata: modal.private_metadata,
          values: {},
        }),
      );

      expect(confirmed.json).toMatchObject({
        response_action: 'update',
        view: {
          title: { text: 'Høringen er lukket' },
          blocks: [
            {
              text: {
                text: 'Høringen «Udkast til beskæftigelsesplan 2027» er lukket: Vedtaget.',
              },
            },
          ],
        },
      });
      expect(await bot.stores.hearings.hearing(council.id, hearing.id)).toMatchObject({
        state: 'closed',
        closedBy: roster.chair.id,
        result: { outcome: 'adopted' },
      });
      await eventually(
        () => bot.slack.messagesIn(councilChannelId).find((m) => m.threadTs === ts),
        'the result is posted in the thread',
      );
    },
  );

  slackTest(
    'answers that came in while the confirmation was open are shown again before anything closes',
    async ({ bot }) => {
      const seeded = await anOpenHearing(bot);
      const { roster, hearing, vote, council } = seeded;
      await press(bot, seeded, roster.secretary, actionIds.closeNow, hearing.id);
      const modal = (await eventually(() => bot.slack.callsTo('views.open')[0], 'the modal opens'))
        .args.view as Modal;
      await vote(roster.chair, 'for');

      const answer = await bot.post(
        viewSubmission({
          callbackId: callbackIds.closeHearing,
          userId: seeded.userOf(roster.secretary),
          teamId: councilTeam,
          privateMetadata: modal.private_metadata,
          values: {},
        }),
      );

      expect(answer.json).toMatchObject({
        response_action: 'update',
        view: { callback_id: callbackIds.closeHearing },
      });
      expect(textOf(answer.json)).toContain('Der er kommet nye svar, siden du trykkede.');
      expect(textOf(answer.json)).toContain('1 af 8 har svaret.');
      expect((await bot.stores.hearings.hearing(council.id, hearing.id))?.state).toBe('open');
    },
  );
});

describe('Påmind nu', () => {
  slackTest(
    'DMs exactly those who have not answered — the substitute for a member on afbud — and a second press within the hour sends nothing',
    async ({ bot }) => {
      const seeded = await anOpenHearing(bot);
      const { roster, hearing, vote, council, userOf } = seeded;
      const [karen, voter, ...rest] = roster.members;
      await vote(roster.chair, 'for');
      await vote(voter!, 'abstain');
      await bot.useCases.registerAbsence({
        councilId: council.id,
        memberId: karen!.id,
        hearingId: hearing.id,
      });
      const reminded = [roster.viceChair, roster.substitute, ...rest];
      const dmsTo = (member: Member) => bot.slack.messagesIn(bot.slack.dmChannelOf(userOf(member)));

      await press(bot, seeded, roster.secretary, actionIds.remindNow, hearing.id);

      const [answer] = await eventually(() => {
        const answers = answersTo(bot, roster.secretary);
        return answers.length === 1 && answers;
      }, 'the secretary is answered');
      expect(answer).toMatch(/^Påmindelse sendt til 6, der ikke har svaret: /);
      expect(answer).toContain(
        `${roster.substitute.name} (${karen!.organisation}, suppleant for ${karen!.name})`,
      );
      await eventually(
        () => reminded.every((member) => dmsTo(member).length === 1),
        'every reminder is delivered',
      );
      expect(dmsTo(reminded[0]!)[0]!.text).toMatch(/^Påmindelse: Du har endnu ikke svaret/);
      for (const answered of [roster.chair, voter!, karen!]) expect(dmsTo(answered)).toEqual([]);

      const before = await bot.queues.outbox.getJobCounts('completed', 'wait', 'delayed', 'active');
      await press(bot, seeded, roster.chair, actionIds.remindNow, hearing.id);
      const [again] = await eventually(() => {
        const answers = answersTo(bot, roster.chair);
        return answers.length === 1 && answers;
      }, 'the chair is answered');

      expect(again).toBe(
        'Der er allerede sendt en påmindelse kl. 09.00. Du kan påminde igen fra kl. 10.00.',
      );
      expect(
        await bot.queues.outbox.getJobCounts('completed', 'wait', 'delayed', 'active'),
      ).toEqual(before);
      expect(reminded.map((member) => dmsTo(member).length)).toEqual(reminded.map(() => 1));
    },
  );

  slackTest(
    'a member who presses an old Påmind nu or Luk høringen nu is told why not',
    async ({ bot }) => {
      const seeded = await anOpenHearing(bot);
      const { roster, hearing } = seeded;
      const member = roster.members[2]!;

      await press(bot, seeded, member, actionIds.remindNow, hearing.id);
      await press(bot, seeded, member, actionIds.closeNow, hearing.id);

      const answers = await eventually(() => {
        const all = answersTo(bot, member);
        return all.length === 2 && all;
      }, 'both presses are answered');
      expect(answers.sort()).toEqual([
        'Kun sekretariatet og formandskabet kan sende påmindelser om en høring.',
        'Kun sekretariatet og formandskabet kan ændre eller lukke en høring.',
      ]);
      expect(bot.slack.callsTo('views.open')).toEqual([]);
    },
  );
});
