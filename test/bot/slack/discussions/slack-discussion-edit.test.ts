/**
 * «Ret opsætning» in Slack, end to end: signed requests into the real Bolt
 * app, the fake Slack Web API, real Redis and the outbox, a clock that
 * stands still. The secretary opens the form from "/raad grupper",
 * prefilled with the discussion as it is, and saves a change: in sign-up
 * anything, after announcing only what does not undo the groups.
 */
import { describe, expect } from 'vitest';
import {
  discussionActionIds,
  discussionCallbackIds,
  setUpBlocks,
} from '../../../../src/bot/slack/discussions/discussion-ids.ts';
import { localTimeText } from '../../../../src/bot/present/discussions/discussion-time.ts';
import { inputActionId } from '../../../../src/bot/slack/slack-ids.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { HARNESS_START, localDateInDays } from '../../../fakes/test-instants.ts';
import {
  councilChannelId,
  eventually,
  seedCouncil,
  type SlackCouncil,
  type SlackHarness,
} from '../../../support/slack-harness.ts';
import { rememberChannel } from '../../../support/slack-seeds.ts';
import { slackTestWith } from '../../../support/slack-test.ts';
import {
  answers,
  click,
  modalNumber,
  nextAnswer,
  plainInput,
  raad,
  setUpValues,
  submit,
  text,
  valueOf,
  withinLimits,
} from './discussion-flow.ts';

type Json = Record<string, unknown>;
type Values = Record<string, Record<string, Record<string, unknown>>>;

const clock = new FixedClock(HARNESS_START);
const stillClock = slackTestWith({ clock });

interface Started {
  readonly seeded: SlackCouncil;
  readonly discussionId: string;
  readonly secretary: string;
}

async function aDiscussionSetUp(bot: SlackHarness): Promise<Started> {
  clock.set(HARNESS_START);
  const seeded = await seedCouncil(bot, { members: 7 });
  await rememberChannel(bot, seeded.council.id);
  const secretary = seeded.userOf(seeded.roster.secretary);
  await raad(bot, secretary, 'gruppedroeftelse');
  await modalNumber(bot, 1);
  const done = await submit(bot, secretary, discussionCallbackIds.setUp, setUpValues(clock.now()));
  expect(done).toMatchObject({ response_action: 'update' });
  const listed = await bot.useCases.listDiscussions({ councilId: seeded.council.id });
  if (!listed.ok || listed.value[0] === undefined) throw new Error('no discussion was started');
  return { seeded, discussionId: listed.value[0].id, secretary };
}

async function shownNow(bot: SlackHarness, started: Started) {
  const shown = await bot.useCases.showDiscussion({
    councilId: started.seeded.council.id,
    discussionId: started.discussionId,
  });
  if (!shown.ok) throw new Error(shown.code);
  return shown.value;
}

/** "/raad grupper" by the secretary, and the «Ret opsætning» button's value in it. */
async function editButtonInStatus(bot: SlackHarness, secretary: string): Promise<string> {
  const before = answers(bot).length;
  await raad(bot, secretary, 'grupper');
  const status = await nextAnswer(bot, before);
  withinLimits(status, 'message');
  const buttons = (status['blocks'] as { type: string; elements?: Json[] }[])
    .filter((block) => block.type === 'actions')
    .flatMap((block) => block.elements ?? []);
  const edit = buttons.find((b) => b['action_id'] === discussionActionIds.editSetUp);
  expect(edit?.['text']).toMatchObject({ text: 'Ret opsætning' });
  return String(edit?.['value']);
}

/** The form's inputs as Slack would send them back untouched: each input's starting value. */
function valuesShownIn(form: Json): Values {
  const values: Values = {};
  for (const block of form['blocks'] as { type: string; block_id?: string; element?: Json }[]) {
    if (block.type !== 'input' || block.block_id === undefined || block.element === undefined)
      continue;
    const element = block.element;
    const type = String(element['type']);
    const state: Record<string, unknown> = { type };
    if (type === 'datepicker') state['selected_date'] = element['initial_date'] ?? null;
    else if (type === 'timepicker') state['selected_time'] = element['initial_time'] ?? null;
    else if (type === 'radio_buttons') state['selected_option'] = element['initial_option'] ?? null;
    else state['value'] = element['initial_value'] ?? null;
    values[block.block_id] = { [inputActionId]: state };
  }
  return values;
}

const blockIdsOf = (form: Json) =>
  (form['blocks'] as { block_id?: string }[]).map((block) => block.block_id);

const initialOf = (form: Json, blockId: string) =>
  (form['blocks'] as { block_id?: string; element?: Json }[]).find(
    (block) => block.block_id === blockId,
  )?.element;

const date = (selected_date: string) => ({
  [inputActionId]: { type: 'datepicker', selected_date },
});
const time = (selected_time: string) => ({
  [inputActionId]: { type: 'timepicker', selected_time },
});

/** The discussion's message in the council's channel. */
const discussionMessage = (bot: SlackHarness) =>
  bot.slack
    .messagesIn(councilChannelId)
    .find(
      (message) => message.threadTs === undefined && message.text?.startsWith('Gruppedrøftelse'),
    );

describe('changing a group discussion’s set-up in Slack', () => {
  stillClock(
    'the secretary opens «Ret opsætning» from /raad grupper and the form shows the discussion as it is',
    async ({ bot }) => {
      const started = await aDiscussionSetUp(bot);
      const value = await editButtonInStatus(bot, started.secretary);
      await click(bot, started.secretary, discussionActionIds.editSetUp, value);
      const form = await modalNumber(bot, 2);
      withinLimits(form, 'modal');
      expect(form['callback_id']).toBe(discussionCallbackIds.edit);
      expect(form['title']).toMatchObject({ text: 'Ret gruppedrøftelse' });
      expect(form['submit']).toMatchObject({ text: 'Gem ændringer' });
      const discussion = (await shownNow(bot, started)).discussion;
      expect(JSON.parse(String(form['private_metadata']))).toEqual({
        d: started.discussionId,
        s: discussion.sequence,
      });

      const days = {
        signUp: localDateInDays(3, clock.now()),
        window: localDateInDays(5, clock.now()),
        due: localDateInDays(6, clock.now()),
      };
      expect(initialOf(form, setUpBlocks.title)).toMatchObject({
        initial_value: 'Fremtidens kompetencer',
      });
      expect(initialOf(form, setUpBlocks.topicTitle(0))).toMatchObject({
        initial_value: 'Grøn omstilling',
      });
      expect(initialOf(form, setUpBlocks.topicQuestions(0))).toMatchObject({
        initial_value: 'Hvilke kompetencer mangler?\nHvem skal uddanne dem?',
      });
      expect(initialOf(form, setUpBlocks.topicTitle(1))).toMatchObject({
        initial_value: 'Digitalisering',
      });
      expect(initialOf(form, setUpBlocks.topicTitle(2))).not.toHaveProperty('initial_value');
      expect(initialOf(form, setUpBlocks.sizingKind)).toMatchObject({
        initial_option: { value: 'count' },
      });
      expect(initialOf(form, setUpBlocks.sizingNumber)).toMatchObject({ initial_value: '2' });
      expect(initialOf(form, setUpBlocks.signUpDate)).toMatchObject({ initial_date: days.signUp });
      expect(initialOf(form, setUpBlocks.signUpTime)).toMatchObject({ initial_time: '12:00' });
      expect(initialOf(form, setUpBlocks.windowDate)).toMatchObject({ initial_date: days.window });
      expect(initialOf(form, setUpBlocks.windowStart)).toMatchObject({ initial_time: '13:00' });
      expect(initialOf(form, setUpBlocks.windowEnd)).toMatchObject({ initial_time: '14:30' });
      expect(initialOf(form, setUpBlocks.dueDate)).toMatchObject({ initial_date: days.due });
      expect(initialOf(form, setUpBlocks.dueTime)).toMatchObject({ initial_time: '16:00' });
      expect(initialOf(form, setUpBlocks.rooms)).toMatchObject({
        initial_value: 'https://rum.example/droeftelse',
      });
    },
  );

  stillClock(
    'in sign-up a later deadline and a room link per group are saved, the secretary is told what changed, and the channel message shows the new deadline',
    async ({ bot }) => {
      const started = await aDiscussionSetUp(bot);
      await eventually(discussionMessage.bind(null, bot), 'the discussion is posted');
      const value = await editButtonInStatus(bot, started.secretary);
      await click(bot, started.secretary, discussionActionIds.editSetUp, value);
      const form = await modalNumber(bot, 2);
      const laterDay = localDateInDays(4, clock.now());
      const saved = await submit(
        bot,
        started.secretary,
        discussionCallbackIds.edit,
        {
          ...valuesShownIn(form),
          [setUpBlocks.signUpDate]: date(laterDay),
          [setUpBlocks.signUpTime]: time('10:00'),
          [setUpBlocks.rooms]: plainInput('https://rum.example/a\nhttps://rum.example/b'),
        },
        String(form['private_metadata']),
      );
      expect(saved).toMatchObject({ response_action: 'update' });
      withinLimits((saved as Json)['view'], 'modal');
      expect(text(saved)).toContain('tilmeldingsfrist');
      expect(text(saved)).toContain('links til mødelokaler');
      // The topics and groups the form sent back as they were are no change.
      expect(text(saved)).not.toContain('emner og spørgsmål');
      expect(text(saved)).not.toContain('antal grupper');

      const { discussion } = await shownNow(bot, started);
      expect(discussion.signUpDeadline).toBe(`${laterDay}T10:00`);
      expect(discussion.rooms).toEqual({
        kind: 'per_group',
        urls: ['https://rum.example/a', 'https://rum.example/b'],
      });
      expect(discussion.topics.map((topic) => topic.title)).toEqual([
        'Grøn omstilling',
        'Digitalisering',
      ]);
      const newDeadline = localTimeText('da', `${laterDay}T10:00`);
      const updated = await eventually(() => {
        const message = discussionMessage(bot);
        return message !== undefined && text(message.blocks).includes(newDeadline)
          ? message
          : undefined;
      }, 'the channel message shows the new deadline');
      withinLimits(updated, 'message');
    },
  );

  stillClock(
    'after announcing the form has no topic, group or deadline inputs; a new room link is saved and each member gets their group again by DM',
    async ({ bot }) => {
      const started = await aDiscussionSetUp(bot);
      const { seeded, discussionId, secretary } = started;
      const on = { councilId: seeded.council.id, discussionId };
      const signedUp = await shownNow(bot, started);
      for (const [index, participant] of signedUp.participants.entries()) {
        const chosen = await bot.useCases.chooseTopic({
          ...on,
          memberId: participant.memberId,
          topic: index % 2 === 0 ? 'A' : 'B',
        });
        if (!chosen.ok) throw new Error(chosen.code);
      }
      const formed = await bot.useCases.formGroups({
        ...on,
        actorId: seeded.roster.secretary.id,
        seed: 1,
      });
      if (!formed.ok) throw new Error(formed.code);
      const announced = await bot.useCases.announceGroups({
        ...on,
        actorId: seeded.roster.secretary.id,
      });
      if (!announced.ok) throw new Error(announced.code);
      const dmsOf = (memberId: string) => {
        const member = seeded.roster.all.find((m) => m.id === memberId)!;
        return bot.slack.messagesIn(bot.slack.dmChannelOf(seeded.userOf(member)));
      };
      const participants = signedUp.participants.map((p) => p.memberId);
      for (const memberId of participants)
        await eventually(() => dmsOf(memberId)[0], `${memberId} gets their group`);

      const value = await editButtonInStatus(bot, secretary);
      await click(bot, secretary, discussionActionIds.editSetUp, value);
      const form = await modalNumber(bot, 2);
      withinLimits(form, 'modal');
      const ids = blockIdsOf(form);
      expect(ids).not.toContain(setUpBlocks.topicTitle(0));
      expect(ids).not.toContain(setUpBlocks.sizingNumber);
      expect(ids).not.toContain(setUpBlocks.signUpDate);
      expect(ids).toContain(setUpBlocks.rooms);
      expect(text(form)).toContain('Grupperne er udsendt');
      expect(text(form)).toContain('Grøn omstilling');
      const groups = formed.value.groups.length;
      const roomsBlock = (form['blocks'] as { block_id?: string; hint?: { text: string } }[]).find(
        (block) => block.block_id === setUpBlocks.rooms,
      );
      expect(roomsBlock?.hint?.text).toContain(`${groups} grupper`);

      const saved = await submit(
        bot,
        secretary,
        discussionCallbackIds.edit,
        { ...valuesShownIn(form), [setUpBlocks.rooms]: plainInput('https://rum.example/nyt-rum') },
        String(form['private_metadata']),
      );
      expect(saved).toMatchObject({ response_action: 'update' });
      expect(text(saved)).toContain('links til mødelokaler');
      const { discussion } = await shownNow(bot, started);
      expect(discussion.rooms).toEqual({ kind: 'shared', url: 'https://rum.example/nyt-rum' });
      expect(discussion.status).toBe('announced');

      for (const memberId of participants) {
        const again = await eventually(
          () =>
            dmsOf(memberId).find((dm) => text(dm.blocks).includes('https://rum.example/nyt-rum')),
          `${memberId} gets their group again with the new room`,
        );
        withinLimits(again, 'message');
      }
    },
  );

  stillClock(
    'a window spanning two days (set up from the command line) stays whole when only the title is changed, and a new start keeps its end the day after',
    async ({ bot }) => {
      const started = await aDiscussionSetUp(bot);
      const windowDay = localDateInDays(5, clock.now());
      const nextDay = localDateInDays(6, clock.now());
      const twoDays = await bot.useCases.editDiscussion({
        councilId: started.seeded.council.id,
        discussionId: started.discussionId,
        actorId: started.seeded.roster.secretary.id,
        seenSequence: (await shownNow(bot, started)).discussion.sequence,
        windowStart: `${windowDay}T09:00`,
        windowEnd: `${nextDay}T15:00`,
      });
      if (!twoDays.ok) throw new Error(twoDays.code);

      const value = await editButtonInStatus(bot, started.secretary);
      await click(bot, started.secretary, discussionActionIds.editSetUp, value);
      const form = await modalNumber(bot, 2);
      const saved = await submit(
        bot,
        started.secretary,
        discussionCallbackIds.edit,
        { ...valuesShownIn(form), [setUpBlocks.title]: plainInput('Kompetencer i 2030') },
        String(form['private_metadata']),
      );
      expect(saved).toMatchObject({ response_action: 'update' });
      expect(text(saved)).not.toContain('tidsrum');
      const titled = (await shownNow(bot, started)).discussion;
      expect(titled.title).toBe('Kompetencer i 2030');
      expect(titled.windowStart).toBe(`${windowDay}T09:00`);
      expect(titled.windowEnd).toBe(`${nextDay}T15:00`);

      // A later start the same day: the end stays on the day after.
      await click(bot, started.secretary, discussionActionIds.editSetUp, value);
      const again = await modalNumber(bot, 3);
      const moved = await submit(
        bot,
        started.secretary,
        discussionCallbackIds.edit,
        { ...valuesShownIn(again), [setUpBlocks.windowStart]: time('10:00') },
        String(again['private_metadata']),
      );
      expect(moved).toMatchObject({ response_action: 'update' });
      const later = (await shownNow(bot, started)).discussion;
      expect(later.windowStart).toBe(`${windowDay}T10:00`);
      expect(later.windowEnd).toBe(`${nextDay}T15:00`);
    },
  );

  stillClock(
    'summaries due before the discussion ends are answered under their field, and nothing changes',
    async ({ bot }) => {
      const started = await aDiscussionSetUp(bot);
      const before = await shownNow(bot, started);
      const value = await editButtonInStatus(bot, started.secretary);
      await click(bot, started.secretary, discussionActionIds.editSetUp, value);
      const form = await modalNumber(bot, 2);
      const refused = await submit(
        bot,
        started.secretary,
        discussionCallbackIds.edit,
        {
          ...valuesShownIn(form),
          [setUpBlocks.dueDate]: date(localDateInDays(5, clock.now())),
          [setUpBlocks.dueTime]: time('14:00'),
        },
        String(form['private_metadata']),
      );
      expect(refused).toMatchObject({ response_action: 'errors' });
      expect(Object.keys((refused as { errors: object }).errors)).toEqual([setUpBlocks.dueDate]);
      expect((await shownNow(bot, started)).discussion).toEqual(before.discussion);

      // A field left empty is answered in the form too, before the use case.
      const empty = await submit(
        bot,
        started.secretary,
        discussionCallbackIds.edit,
        { ...valuesShownIn(form), [setUpBlocks.title]: plainInput('') },
        String(form['private_metadata']),
      );
      expect(empty).toMatchObject({
        response_action: 'errors',
        errors: { [setUpBlocks.title]: 'Skal udfyldes.' },
      });
      expect((await shownNow(bot, started)).discussion).toEqual(before.discussion);
    },
  );

  stillClock(
    'a member clicking «Ret opsætning» is told who may, and no form opens',
    async ({ bot }) => {
      const started = await aDiscussionSetUp(bot);
      const member = started.seeded.userOf(started.seeded.roster.members[0]!);
      const before = answers(bot).length;
      await click(bot, member, discussionActionIds.editSetUp, valueOf(started.discussionId));
      expect(text(await nextAnswer(bot, before))).toContain('sekretariatet');
      expect(bot.slack.callsTo('views.open')).toHaveLength(1);

      // A forged value is answered too.
      const forged = answers(bot).length;
      await click(bot, started.secretary, discussionActionIds.editSetUp, '{"d":');
      expect(text(await nextAnswer(bot, forged))).toContain('peger ikke på en gruppedrøftelse');
      expect(bot.slack.callsTo('views.open')).toHaveLength(1);
    },
  );

  stillClock(
    'the chair may change the title too; once the discussion is cancelled a «Ret opsætning» left in an old list says it can no longer change, and no form opens',
    async ({ bot }) => {
      const started = await aDiscussionSetUp(bot);
      const chair = started.seeded.userOf(started.seeded.roster.chair);
      const value = await editButtonInStatus(bot, started.secretary);
      await click(bot, chair, discussionActionIds.editSetUp, value);
      const form = await modalNumber(bot, 2);
      const saved = await submit(
        bot,
        chair,
        discussionCallbackIds.edit,
        { ...valuesShownIn(form), [setUpBlocks.title]: plainInput('Kompetencer i 2030') },
        String(form['private_metadata']),
      );
      expect(saved).toMatchObject({ response_action: 'update' });
      expect(text(saved)).toContain('Kompetencer i 2030');
      expect((await shownNow(bot, started)).discussion.title).toBe('Kompetencer i 2030');

      const cancelled = await bot.useCases.cancelDiscussion({
        councilId: started.seeded.council.id,
        discussionId: started.discussionId,
        actorId: started.seeded.roster.secretary.id,
      });
      if (!cancelled.ok) throw new Error(cancelled.code);
      const before = answers(bot).length;
      await click(bot, started.secretary, discussionActionIds.editSetUp, value);
      expect(text(await nextAnswer(bot, before))).toContain('kan ikke længere ændres');
      expect(bot.slack.callsTo('views.open')).toHaveLength(2);
    },
  );

  stillClock(
    'a form opened before someone else changed the discussion is refused, and their change is kept',
    async ({ bot }) => {
      const started = await aDiscussionSetUp(bot);
      const value = await editButtonInStatus(bot, started.secretary);
      await click(bot, started.secretary, discussionActionIds.editSetUp, value);
      const form = await modalNumber(bot, 2);
      const seen = (await shownNow(bot, started)).discussion.sequence;
      const meanwhile = await bot.useCases.editDiscussion({
        councilId: started.seeded.council.id,
        discussionId: started.discussionId,
        actorId: started.seeded.roster.secretary.id,
        seenSequence: seen,
        title: 'Kompetencer i fremtiden',
      });
      if (!meanwhile.ok) throw new Error(meanwhile.code);

      const stale = await submit(
        bot,
        started.secretary,
        discussionCallbackIds.edit,
        { ...valuesShownIn(form), [setUpBlocks.rooms]: plainInput('https://rum.example/andet') },
        String(form['private_metadata']),
      );
      expect(stale).toMatchObject({ response_action: 'errors' });
      expect(Object.keys((stale as { errors: object }).errors)).toEqual([setUpBlocks.title]);
      const { discussion } = await shownNow(bot, started);
      expect(discussion.title).toBe('Kompetencer i fremtiden');
      expect(discussion.rooms).toEqual({ kind: 'shared', url: 'https://rum.example/droeftelse' });

      // A form whose reference is not ours is answered, not crashed on.
      const forged = await submit(
        bot,
        started.secretary,
        discussionCallbackIds.edit,
        valuesShownIn(form),
        '{"d":1}',
      );
      expect(forged).toMatchObject({
        response_action: 'errors',
        errors: { [setUpBlocks.title]: expect.stringContaining('gruppedrøftelse') },
      });
    },
  );
});
