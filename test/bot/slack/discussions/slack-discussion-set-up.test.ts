/**
 * Setting a group discussion up in Slack and the reminders it sends, end to
 * end: "Start gruppedrøftelse" on a D item opens the form prefilled; a form
 * with times out of order comes back with the problem under its field; the
 * sign-up reminder reaches a member who has not chosen, with the topic
 * buttons, and the deadline tells the secretary the proposal waits.
 */
import { describe, expect } from 'vitest';
import {
  closeSignUp,
  queueSignUpReminders,
} from '../../../../src/app/discussions/run-discussion-jobs.ts';
import {
  chooseTopicActionId,
  discussionActionIds,
  discussionCallbackIds,
  setUpBlocks,
} from '../../../../src/bot/slack/discussions/discussion-ids.ts';
import { meetingActionIds } from '../../../../src/bot/slack/meetings/meeting-ids.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { HARNESS_START, localDateInDays } from '../../../fakes/test-instants.ts';
import {
  councilChannelId,
  eventually,
  seedCouncil,
  type SlackHarness,
} from '../../../support/slack-harness.ts';
import { rememberChannel } from '../../../support/slack-seeds.ts';
import { slackTestWith } from '../../../support/slack-test.ts';
import {
  answers,
  click,
  modalNumber,
  nextAnswer,
  raad,
  setUpValues,
  submit,
  text,
  valueOf,
  withinLimits,
} from './discussion-flow.ts';

const clock = new FixedClock(HARNESS_START);
const stillClock = slackTestWith({ clock });

const agenda = `1. Rådets arbejde

1.1 Orientering fra formandskabet (O)
Sagen kort: Formanden orienterer om de seneste møder.

1.2 Fremtidens kompetencer (D)
Sagen kort: Rådet drøfter i grupper, hvilke kompetencer virksomhederne mangler.
`;

async function aCouncil(bot: SlackHarness) {
  clock.set(HARNESS_START);
  const seeded = await seedCouncil(bot, { members: 5 });
  await rememberChannel(bot, seeded.council.id);
  return { seeded, secretary: seeded.userOf(seeded.roster.secretary) };
}

describe('setting up a group discussion in Slack', () => {
  stillClock(
    '"Start gruppedrøftelse" on a published D item opens the form prefilled from the item, and the discussion it starts belongs to the item',
    async ({ bot }) => {
      const { seeded, secretary } = await aCouncil(bot);
      const councilId = seeded.council.id;
      const actorId = seeded.roster.secretary.id;
      const day = localDateInDays(14, clock.now());
      const created = await bot.useCases.createMeeting({
        councilId,
        actorId,
        title: 'Rådsmøde',
        start: `${day}T13:00`,
        end: `${day}T16:00`,
      });
      if (!created.ok) throw new Error(created.code);
      const meetingId = created.value.meeting.id;
      const imported = await bot.useCases.importAgendaIntoMeeting({
        councilId,
        actorId,
        meetingId,
        format: 'text',
        text: agenda,
      });
      if (!imported.ok) throw new Error(imported.code);
      const published = await bot.useCases.publishAgenda({ councilId, actorId, meetingId });
      if (!published.ok) throw new Error(published.code);
      const reply = await eventually(
        () =>
          bot.slack
            .messagesIn(councilChannelId)
            .find((message) => message.threadTs !== undefined && message.text?.startsWith('1.2 ')),
        'the D item is in the thread',
      );
      expect(text(reply.blocks)).toContain(meetingActionIds.startDiscussion);

      // A member is told who may; the secretary gets the form.
      const member = seeded.userOf(seeded.roster.members[0]!);
      const before = answers(bot).length;
      await click(
        bot,
        member,
        meetingActionIds.startDiscussion,
        JSON.stringify({ meetingId, item: '1.2' }),
      );
      expect(text(await nextAnswer(bot, before)).length).toBeGreaterThan(2);
      await click(
        bot,
        secretary,
        meetingActionIds.startDiscussion,
        JSON.stringify({ meetingId, item: '1.2' }),
      );
      const form = await modalNumber(bot, 1);
      withinLimits(form, 'modal');
      expect(form.callback_id).toBe(discussionCallbackIds.setUp);
      expect(text(form)).toContain('Fremtidens kompetencer');
      expect(JSON.parse(String(form.private_metadata))).toEqual({ m: meetingId, i: '1.2' });

      const done = await submit(
        bot,
        secretary,
        discussionCallbackIds.setUp,
        setUpValues(clock.now()),
        String(form.private_metadata),
      );
      expect(done).toMatchObject({ response_action: 'update' });
      const listed = await bot.useCases.listDiscussions({ councilId });
      expect(listed.ok && listed.value[0]).toMatchObject({ meetingId, itemNumber: '1.2' });
    },
  );

  stillClock(
    'a form with the discussion ending before it starts, or without a first topic, comes back with the problem under the field, and nothing is started; a member typing the command is told who may',
    async ({ bot }) => {
      const { seeded, secretary } = await aCouncil(bot);
      const values = setUpValues(clock.now());
      const backwards = await submit(bot, secretary, discussionCallbackIds.setUp, {
        ...values,
        window_end: { value: { type: 'timepicker', selected_time: '12:00' } },
      });
      expect(backwards).toMatchObject({ response_action: 'errors' });
      expect(Object.keys((backwards as { errors: object }).errors)).toEqual([
        setUpBlocks.windowEnd,
      ]);

      const noTopic = await submit(bot, secretary, discussionCallbackIds.setUp, {
        ...values,
        'topic.0.title': { value: { type: 'plain_text_input', value: '' } },
        'topic.0.questions': { value: { type: 'plain_text_input', value: '' } },
      });
      expect(noTopic).toMatchObject({
        response_action: 'errors',
        errors: { [setUpBlocks.topicTitle(0)]: 'Skal udfyldes.' },
      });
      const listed = await bot.useCases.listDiscussions({ councilId: seeded.council.id });
      expect(listed.ok && listed.value).toEqual([]);

      const member = seeded.userOf(seeded.roster.members[0]!);
      const before = answers(bot).length;
      await raad(bot, member, 'gruppedrøftelse');
      expect(text(await nextAnswer(bot, before))).toContain('sekretariatet');
      expect(bot.slack.callsTo('views.open')).toHaveLength(0);
    },
  );

  stillClock(
    'a member who has not chosen gets the sign-up reminder with the topic buttons and can choose from it; at the deadline the secretary is told the proposal waits, and "/raad grupper" shows it',
    async ({ bot }) => {
      const { seeded, secretary } = await aCouncil(bot);
      await raad(bot, secretary, 'gruppedroeftelse');
      await modalNumber(bot, 1);
      await submit(bot, secretary, discussionCallbackIds.setUp, setUpValues(clock.now()));
      const listed = await bot.useCases.listDiscussions({ councilId: seeded.council.id });
      if (!listed.ok || listed.value[0] === undefined) throw new Error('not started');
      const discussion = listed.value[0];
      const job = {
        councilId: seeded.council.id,
        discussionId: discussion.id,
        sequence: discussion.sequence,
      };

      const chooser = seeded.roster.members[0]!;
      await bot.useCases.chooseTopic({ ...job, memberId: chooser.id, topic: 'A' });
      const reminded = await queueSignUpReminders(bot.deps, job);
      expect(reminded).toMatchObject({ ran: true });

      const member = seeded.userOf(seeded.roster.members[1]!);
      const reminder = await eventually(
        () => bot.slack.messagesIn(bot.slack.dmChannelOf(member))[0],
        'the reminder reaches the member',
      );
      withinLimits(reminder, 'message');
      expect(text(reminder.blocks)).toContain(chooseTopicActionId('B'));
      expect(bot.slack.messagesIn(bot.slack.dmChannelOf(seeded.userOf(chooser)))).toEqual([]);

      const before = answers(bot).length;
      await click(bot, member, chooseTopicActionId('B'), valueOf(discussion.id, { topic: 'B' }));
      expect(text(await nextAnswer(bot, before))).toContain('Digitalisering');

      clock.advance({ days: 3, hours: 1 });
      const closed = await closeSignUp(bot.deps, job);
      expect(closed).toMatchObject({ ran: true });
      const ready = await eventually(
        () =>
          bot.slack
            .messagesIn(bot.slack.dmChannelOf(secretary))
            .find((message) => text(message.blocks).includes(discussionActionIds.showProposal)),
        'the secretary is told the proposal waits',
      );
      withinLimits(ready, 'message');

      const beforeStatus = answers(bot).length;
      await raad(bot, secretary, 'grupper');
      const status = await nextAnswer(bot, beforeStatus);
      withinLimits(status, 'message');
      expect(text(status)).toContain('Fremtidens kompetencer');
      expect(text(status)).toContain(discussionActionIds.showProposal);
    },
  );
});
