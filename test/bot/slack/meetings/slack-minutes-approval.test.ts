/**
 * The referat in Slack, end to end: "Generér referat" → the summary in the
 * council's channel with signed links served by Rådsbot → members approve
 * by clicks → a remark → the secretary's view → the deadline job closes it
 * and the channel is told.
 */
import { describe, expect } from 'vitest';
import {
  meetingActionIds,
  meetingCallbackIds,
} from '../../../../src/bot/slack/meetings/meeting-ids.ts';
import { meetingJobIds, meetingQueueNames } from '../../../../src/jobs/meetings/meeting-queues.ts';
import { RunningClock } from '../../../fakes/running-clock.ts';
import { localDateInDays } from '../../../fakes/test-instants.ts';
import {
  councilChannelId,
  councilTeam,
  eventually,
  seedCouncil,
  type SlackHarness,
} from '../../../support/slack-harness.ts';
import { rememberChannel } from '../../../support/slack-seeds.ts';
import { blockAction, slashCommand, viewSubmission } from '../../../support/slack-requests.ts';
import { slackTest } from '../../../support/slack-test.ts';

const agenda = `1. Rådets arbejde

1.1 Velkomst og godkendelse af dagsorden (O)
Sagen kort: Formanden byder velkommen.

1.2 Budget for 2028 (B)
Sagen kort: Sekretariatet har lagt et udkast til budget frem.
Indstilling: Det indstilles, at Rådet godkender budgettet.
`;

const textOf = (value: unknown): string => JSON.stringify(value) ?? '';

/** A meeting two days ahead with two items, a decision on the budget, and the clock moved past its start. */
async function aHeldMeeting(bot: SlackHarness) {
  const seeded = await seedCouncil(bot);
  await rememberChannel(bot, seeded.council.id);
  const clock = bot.deps.clock as RunningClock;
  const day = localDateInDays(2, clock.now());
  const councilId = seeded.council.id;
  const actorId = seeded.roster.secretary.id;
  const created = await bot.useCases.createMeeting({
    councilId,
    actorId,
    title: 'Rådsmøde',
    start: `${day}T13:00`,
    end: `${day}T16:00`,
  });
  if (!created.ok) throw new Error(`createMeeting: ${created.code}`);
  const meetingId = created.value.meeting.id;
  const imported = await bot.useCases.importAgendaIntoMeeting({
    councilId,
    actorId,
    meetingId,
    format: 'text',
    text: agenda,
  });
  if (!imported.ok) throw new Error(`import: ${imported.code}`);
  // 17:00 Copenhagen on the meeting's day: it has been held.
  clock.set(`${day}T16:00:00.000Z`);
  const decided = await bot.useCases.recordDecision({
    councilId,
    actorId,
    meetingId,
    itemNumber: '1.2',
    text: 'Rådet godkendte budgettet.',
  });
  if (!decided.ok) throw new Error(`recordDecision: ${decided.code}`);
  return { ...seeded, councilId, meetingId, day, clock };
}

/** The answers sent to response_url, newest last. */
const answers = (bot: SlackHarness) =>
  bot.slack.callsTo('response_url').map((call) => call.args as { text?: string });

async function answerAfter(bot: SlackHarness, count: number, what: string): Promise<string> {
  const answer = await eventually(() => answers(bot)[count], what);
  return answer.text ?? '';
}

const summaryOf = (bot: SlackHarness) =>
  bot.slack.messagesIn(councilChannelId).find((message) => message.threadTs === undefined);

function click(bot: SlackHarness, userId: string, actionId: string, value: string) {
  return bot.post(
    blockAction({
      actionId,
      value,
      userId,
      teamId: councilTeam,
      responseUrl: `${bot.slack.hooksUrl}actions/${userId}`,
    }),
  );
}

async function generate(bot: SlackHarness, userId: string, meetingId: string, date: string) {
  await click(bot, userId, meetingActionIds.generateMinutes, meetingId);
  const opened = await eventually(() => bot.slack.callsTo('views.open')[0], 'the form opens');
  const view = opened.args.view as { callback_id: string; private_metadata: string };
  expect(view.callback_id).toBe(meetingCallbackIds.generateMinutes);
  return bot.post(
    viewSubmission({
      callbackId: meetingCallbackIds.generateMinutes,
      userId,
      teamId: councilTeam,
      privateMetadata: view.private_metadata,
      values: {
        minutes_deadline_date: { value: { type: 'datepicker', selected_date: date } },
        minutes_deadline_time: { value: { type: 'timepicker', selected_time: '12:00' } },
      },
    }),
  );
}

describe('the referat approved in Slack', () => {
  slackTest(
    'the secretary generates the referat; the channel gets its summary with working links, members approve by clicks and a remark, the secretary sees who is missing, and the deadline job approves it',
    async ({ bot }) => {
      const { roster, userOf, councilId, meetingId, day, clock } = await aHeldMeeting(bot);
      const secretary = userOf(roster.secretary);
      const [first, second, third] = roster.members.map(userOf);

      await click(bot, secretary, meetingActionIds.generateMinutes, meetingId);
      const opened = await eventually(() => bot.slack.callsTo('views.open')[0], 'the form opens');
      // A week from the meeting's day, at noon, unless changed.
      expect(textOf(opened.args.view)).toContain(
        `"initial_date":"${localDateInDays(7, `${day}T12:00:00Z`)}"`,
      );
      expect(textOf(opened.args.view)).toContain('"initial_time":"12:00"');

      const deadlineDay = localDateInDays(5, `${day}T12:00:00Z`);
      const sent = await bot.post(
        viewSubmission({
          callbackId: meetingCallbackIds.generateMinutes,
          userId: secretary,
          teamId: councilTeam,
          privateMetadata: (opened.args.view as { private_metadata: string }).private_metadata,
          values: {
            minutes_deadline_date: { value: { type: 'datepicker', selected_date: deadlineDay } },
            minutes_deadline_time: { value: { type: 'timepicker', selected_time: '12:00' } },
          },
        }),
      );
      expect(sent.json).toMatchObject({ response_action: 'update' });
      expect(textOf(sent.json)).toContain('Referatet af Rådsmøde er sendt til godkendelse');

      const summary = await eventually(() => summaryOf(bot), 'the summary is posted');
      const shown = textOf(summary.blocks);
      expect(shown).toContain('Referat til godkendelse: Rådsmøde');
      expect(shown).toContain('1.2 Budget for 2028');
      expect(shown).toContain('Beslutning: Rådet godkendte budgettet.');
      expect(shown).toContain('Ingen beslutning skrevet.');
      expect(shown).toContain('Godkend senest');
      expect(shown).toContain(
        `"action_id":"${meetingActionIds.approveMinutes}","value":"${meetingId}"`,
      );
      // Remembered as a subject of its own, apart from the agenda's overview.
      await eventually(
        async () =>
          textOf(
            await bot.stores.directory.message(councilId, `minutes:${meetingId}`, 'slack'),
          ).includes(summary.ts),
        'the summary is remembered',
      );

      // The links are Rådsbot's own, signed: the Word document and the Markdown.
      const word = /<(http[^|>]+)\|Word-dokument>/.exec(shown)?.[1];
      const markdown = /<(http[^|>]+)\|Markdown>/.exec(shown)?.[1];
      expect(word).toBeDefined();
      expect(markdown).toBeDefined();
      const docx = await fetch(word!);
      expect(docx.status).toBe(200);
      expect(docx.headers.get('content-type')).toContain('wordprocessingml');
      const md = await fetch(markdown!);
      expect(md.status).toBe(200);
      expect(await md.text()).toContain('Rådet godkendte budgettet.');

      // Two members approve by clicks, each with the time; a second click says so.
      await click(bot, first!, meetingActionIds.approveMinutes, meetingId);
      expect(await answerAfter(bot, 0, 'the first approval is confirmed')).toMatch(
        /^Du har godkendt referatet af Rådsmøde kl\. \d\d\.\d\d\.$/,
      );
      await click(bot, second!, meetingActionIds.approveMinutes, meetingId);
      expect(await answerAfter(bot, 1, 'the second approval is confirmed')).toContain(
        'Du har godkendt',
      );
      await click(bot, first!, meetingActionIds.approveMinutes, meetingId);
      expect(await answerAfter(bot, 2, 'the repeat is answered')).toMatch(
        /^Du har allerede godkendt referatet af Rådsmøde kl\. \d\d\.\d\d\.$/,
      );
      await eventually(
        () => textOf(summaryOf(bot)?.blocks).includes('2 af '),
        'the summary counts two approvals',
      );

      // A third member approves with a remark.
      await click(bot, third!, meetingActionIds.remarkOnMinutes, meetingId);
      const remarkForm = await eventually(
        () => bot.slack.callsTo('views.open')[1],
        'the remark form opens',
      );
      const remarked = await bot.post(
        viewSubmission({
          callbackId: meetingCallbackIds.minutesRemark,
          userId: third!,
          teamId: councilTeam,
          privateMetadata: (remarkForm.args.view as { private_metadata: string }).private_metadata,
          values: {
            minutes_remark: {
              value: { type: 'plain_text_input', value: 'Pkt. 1.2: mit indlæg manglede.' },
            },
          },
        }),
      );
      expect(textOf(remarked.json)).toContain('Din bemærkning: Pkt. 1.2: mit indlæg manglede.');

      // The secretary's view: who has approved (with the remark), who has not.
      await bot.post(
        slashCommand({
          command: '/raad',
          text: `godkendelser ${meetingId}`,
          userId: secretary,
          teamId: councilTeam,
          responseUrl: `${bot.slack.hooksUrl}cmd`,
        }),
      );
      const status = await answerAfter(bot, 3, 'the status is shown');
      expect(status).toContain('Har godkendt (3):');
      expect(status).toContain('Pkt. 1.2: mit indlæg manglede.');
      expect(status).toMatch(/Mangler \(\d+\): /);

      // The deadline passes; the job planned when the referat was sent approves it.
      clock.set(`${deadlineDay}T11:05:00.000Z`);
      const job = await bot.queues
        .named(meetingQueueNames.minutesDeadline)
        .getJob(meetingJobIds.minutesDeadline(councilId, meetingId, `${deadlineDay}T12:00`));
      expect(job).toBeDefined();
      await job!.promote();
      const reply = await eventually(
        () =>
          bot.slack.messagesIn(councilChannelId).find((message) => message.threadTs === summary.ts),
        'the channel is told in the thread',
      );
      expect(reply.text).toMatch(/^Referatet er godkendt\. 3 af \d+ godkendte det\.$/);
      await eventually(
        () => textOf(summaryOf(bot)?.blocks).includes('Referat godkendt: Rådsmøde'),
        'the summary says the referat is approved',
      );
      expect(textOf(summaryOf(bot)?.blocks)).not.toContain(meetingActionIds.approveMinutes);
      const meeting = await bot.useCases.showMeeting({ councilId, meetingId });
      expect(meeting.ok && meeting.value.meeting.status).toBe('minutes_approved');

      // Approving after the close is refused.
      await click(bot, userOf(roster.members[3]!), meetingActionIds.approveMinutes, meetingId);
      expect(await answerAfter(bot, 4, 'the late approval is refused')).toBe(
        'Referatet er allerede godkendt og kan ikke ændres.',
      );
    },
  );

  slackTest(
    'a member can neither generate nor close the referat, and a forged meeting id is answered',
    async ({ bot }) => {
      const { roster, userOf, meetingId } = await aHeldMeeting(bot);
      const member = userOf(roster.members[0]!);

      await click(bot, member, meetingActionIds.generateMinutes, meetingId);
      expect(await answerAfter(bot, 0, 'the member is refused')).toContain('sekretariatet');
      expect(bot.slack.callsTo('views.open')).toEqual([]);

      const secretary = userOf(roster.secretary);
      await generate(bot, secretary, meetingId, localDateInDays(5, bot.deps.clock.now()));
      await eventually(() => summaryOf(bot), 'the summary is posted');

      await click(bot, member, meetingActionIds.closeMinutes, meetingId);
      expect(await answerAfter(bot, 1, 'the member may not close')).toContain('sekretariatet');
      expect(bot.slack.callsTo('views.open')).toHaveLength(1);

      await click(bot, member, meetingActionIds.approveMinutes, 'm-forged');
      expect(await answerAfter(bot, 2, 'the forged id is answered')).toContain('Mødet findes ikke');

      // The secretary took no part: no remark form, and why.
      await click(bot, secretary, meetingActionIds.remarkOnMinutes, meetingId);
      expect(await answerAfter(bot, 3, 'the secretary is told')).toContain(
        'Kun de, der deltog i mødet, godkender referatet.',
      );
      expect(bot.slack.callsTo('views.open')).toHaveLength(1);

      // The secretary closes by hand, after the confirmation.
      await click(bot, secretary, meetingActionIds.closeMinutes, meetingId);
      const confirm = await eventually(
        () => bot.slack.callsTo('views.open')[1],
        'the confirmation opens',
      );
      expect(textOf(confirm.args.view)).toContain('Det kan ikke fortrydes.');
      const closed = await bot.post(
        viewSubmission({
          callbackId: meetingCallbackIds.minutesClose,
          userId: secretary,
          teamId: councilTeam,
          privateMetadata: (confirm.args.view as { private_metadata: string }).private_metadata,
          values: {},
        }),
      );
      expect(textOf(closed.json)).toContain('Referatet af Rådsmøde er godkendt.');
      await eventually(
        () =>
          bot.slack
            .messagesIn(councilChannelId)
            .some((message) =>
              /^Referatet er godkendt\. 0 af \d+ godkendte det\.$/.test(message.text ?? ''),
            ),
        'the channel is told',
      );
    },
  );
});
