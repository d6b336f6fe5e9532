/**
 * A group discussion in Slack, end to end: signed requests into the real
 * Bolt app, the fake Slack Web API, real Redis and the outbox, with a clock
 * that stands still. The secretary sets it up, members sign up and change
 * their minds, the groups are formed, moved by hand, formed again and
 * announced, a referent writes and edits the summary, the opsamling is
 * posted and sent for comments.
 */
import { describe, expect } from 'vitest';
import {
  chooseTopicActionId,
  discussionActionIds,
  discussionCallbackIds,
} from '../../../../src/bot/slack/discussions/discussion-ids.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { HARNESS_START } from '../../../fakes/test-instants.ts';
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
  picked,
  plainInput,
  raad,
  setUpValues,
  submit,
  text,
  valueOf,
  withinLimits,
} from './discussion-flow.ts';

// One clock for the file's tests, which run one after another: each sets it back first.
const clock = new FixedClock(HARNESS_START);
const stillClock = slackTestWith({ clock });

interface Started {
  readonly seeded: SlackCouncil;
  readonly discussionId: string;
  readonly secretary: string;
}

/** The council, its channel, and a discussion set up through "/raad gruppedroeftelse" and its form. */
async function aDiscussionSetUp(bot: SlackHarness): Promise<Started> {
  clock.set(HARNESS_START);
  const seeded = await seedCouncil(bot, { members: 7 });
  await rememberChannel(bot, seeded.council.id);
  const secretary = seeded.userOf(seeded.roster.secretary);
  await raad(bot, secretary, 'gruppedroeftelse');
  const form = await modalNumber(bot, 1);
  expect(form.callback_id).toBe(discussionCallbackIds.setUp);
  withinLimits(form, 'modal');
  const done = await submit(bot, secretary, discussionCallbackIds.setUp, setUpValues(clock.now()));
  expect(done).toMatchObject({ response_action: 'update' });
  const listed = await bot.useCases.listDiscussions({ councilId: seeded.council.id });
  if (!listed.ok || listed.value[0] === undefined) throw new Error('no discussion was started');
  return { seeded, discussionId: listed.value[0].id, secretary };
}

/** The discussion's message in the council's channel, once posted. */
const discussionMessage = (bot: SlackHarness) =>
  eventually(
    () =>
      bot.slack
        .messagesIn(councilChannelId)
        .find(
          (message) =>
            message.threadTs === undefined && message.text?.startsWith('Gruppedrøftelse'),
        ),
    'the discussion is posted in the channel',
  );

/** A click, and the answer only the clicker sees. */
async function clickAndRead(
  bot: SlackHarness,
  userId: string,
  actionId: string,
  value: string,
): Promise<string> {
  const before = answers(bot).length;
  await click(bot, userId, actionId, value);
  return text(await nextAnswer(bot, before));
}

describe('a group discussion in Slack', () => {
  stillClock(
    'the secretary sets it up; members choose a topic, change it and volunteer, each told only their own choice and until when',
    async ({ bot }) => {
      const { seeded, discussionId } = await aDiscussionSetUp(bot);
      const posted = await discussionMessage(bot);
      withinLimits(posted, 'message');
      expect(text(posted.blocks)).toContain('Grøn omstilling');
      expect(text(posted.blocks)).toContain('Hvilke kompetencer mangler?');
      expect(text(posted.blocks)).toContain(chooseTopicActionId('A'));

      const member = seeded.userOf(seeded.roster.members[0]!);
      const chose = await clickAndRead(
        bot,
        member,
        chooseTopicActionId('A'),
        valueOf(discussionId, { topic: 'A' }),
      );
      expect(chose).toContain('Grøn omstilling');
      expect(chose).toContain('indtil');

      const changed = await clickAndRead(
        bot,
        member,
        chooseTopicActionId('B'),
        valueOf(discussionId, { topic: 'B' }),
      );
      expect(changed).toContain('Digitalisering');
      const volunteered = await clickAndRead(
        bot,
        member,
        `${discussionActionIds.volunteer}.referent`,
        valueOf(discussionId, { role: 'referent' }),
      );
      expect(volunteered).toContain('referent');
      expect(volunteered).toContain('Digitalisering');

      const shown = await bot.useCases.showDiscussion({
        councilId: seeded.council.id,
        discussionId,
      });
      if (!shown.ok) throw new Error(shown.code);
      const mine = shown.value.participants.find(
        (p) => p.memberId === seeded.roster.members[0]!.id,
      );
      expect(mine?.signUp).toMatchObject({ topic: 'B', volunteer: 'referent' });

      // The channel message follows the counts (updated in place, never posted again).
      await eventually(
        () => discussionMessage(bot).then((m) => m.updateCount > 0),
        'the message is updated',
      );
    },
  );

  stillClock(
    'after the deadline a click is told the sign-up is closed; a forged value is answered; a member pressing "Dan grupper" is refused',
    async ({ bot }) => {
      const { seeded, discussionId } = await aDiscussionSetUp(bot);
      const member = seeded.userOf(seeded.roster.members[1]!);
      const forged = await clickAndRead(bot, member, chooseTopicActionId('A'), '{"d":');
      expect(forged).toContain('peger ikke på en gruppedrøftelse');
      const unknown = await clickAndRead(
        bot,
        member,
        chooseTopicActionId('A'),
        valueOf('d-ukendt', { topic: 'A' }),
      );
      expect(unknown.length).toBeGreaterThan(2);

      const refused = await clickAndRead(
        bot,
        member,
        discussionActionIds.formGroups,
        valueOf(discussionId),
      );
      expect(refused).toContain('sekretariat');
      const after = await bot.useCases.showDiscussion({
        councilId: seeded.council.id,
        discussionId,
      });
      expect(after.ok && after.value.proposal).toBeUndefined();

      clock.advance({ days: 4 });
      const closed = await clickAndRead(
        bot,
        member,
        chooseTopicActionId('A'),
        valueOf(discussionId, { topic: 'A' }),
      );
      expect(closed).toContain('Tilmeldingen er lukket');
    },
  );
});

/** Everyone signs up through the use case (the buttons are pinned above): half A, half B. */
async function everyoneSignedUp(bot: SlackHarness, started: Started): Promise<void> {
  const { seeded, discussionId } = started;
  const shown = await bot.useCases.showDiscussion({ councilId: seeded.council.id, discussionId });
  if (!shown.ok) throw new Error(shown.code);
  for (const [index, participant] of shown.value.participants.entries()) {
    const chosen = await bot.useCases.chooseTopic({
      councilId: seeded.council.id,
      discussionId,
      memberId: participant.memberId,
      topic: index % 2 === 0 ? 'A' : 'B',
    });
    if (!chosen.ok) throw new Error(chosen.code);
  }
}

const slackUserOf = (seeded: SlackCouncil, memberId: string): string => {
  const member = seeded.roster.all.find((candidate) => candidate.id === memberId);
  if (member === undefined) throw new Error(`${memberId} is not on the roster`);
  return seeded.userOf(member);
};

async function proposalOf(bot: SlackHarness, started: Started) {
  const shown = await bot.useCases.showDiscussion({
    councilId: started.seeded.council.id,
    discussionId: started.discussionId,
  });
  if (!shown.ok || shown.value.proposal === undefined) throw new Error('no proposal');
  return shown.value;
}

describe('forming, announcing and summing up in Slack', () => {
  stillClock(
    'the secretary forms the groups and sees the proposal; a move and a role set by hand are kept when the groups are formed again; announcing sends each participant their group and puts one reply per group in the thread',
    async ({ bot }) => {
      const started = await aDiscussionSetUp(bot);
      const { seeded, discussionId, secretary } = started;
      await everyoneSignedUp(bot, started);

      const proposal = await clickAndRead(
        bot,
        secretary,
        discussionActionIds.formGroups,
        valueOf(discussionId),
      );
      expect(proposal).toContain('Forslag til grupper');
      expect(proposal).toContain(discussionActionIds.announce);
      withinLimits(answers(bot).at(-1), 'message');

      // "Flyt deltager": someone from the first group into the last.
      const formed = await proposalOf(bot, started);
      const groups = formed.proposal!.groups;
      const from = groups[0]!;
      const to = groups.at(-1)!;
      const moved =
        from.members.find((id) => id !== from.ordstyrer && id !== from.referent) ??
        from.members[0]!;
      await click(bot, secretary, discussionActionIds.moveParticipant, valueOf(discussionId));
      const moveForm = await modalNumber(bot, 2);
      expect(moveForm.callback_id).toBe(discussionCallbackIds.move);
      withinLimits(moveForm, 'modal');
      const movedAnswer = await submit(
        bot,
        secretary,
        discussionCallbackIds.move,
        { member: picked(moved), group: picked(to.key) },
        String(moveForm.private_metadata),
      );
      expect(movedAnswer).toMatchObject({ response_action: 'clear' });
      // A form has no response_url: the proposal as it is now comes in the secretary's DM.
      const edited = await eventually(
        () =>
          bot.slack.callsTo('chat.postMessage').find((call) => call.args['channel'] === secretary)
            ?.args,
        'the edited proposal reaches the secretary',
      );
      withinLimits(edited, 'message');
      expect(text(edited['blocks'])).toContain('Forslag til grupper');
      expect(
        (await proposalOf(bot, started)).proposal!.groups.find((g) => g.key === to.key)!.members,
      ).toContain(moved);

      // "Skift rolle": the moved member becomes the group's referent.
      await click(bot, secretary, discussionActionIds.changeRole, valueOf(discussionId));
      const roleForm = await modalNumber(bot, 3);
      expect(roleForm.callback_id).toBe(discussionCallbackIds.role);
      withinLimits(roleForm, 'modal');
      const roleAnswer = await submit(
        bot,
        secretary,
        discussionCallbackIds.role,
        { group: picked(to.key), role: picked('referent'), member: picked(moved) },
        String(roleForm.private_metadata),
      );
      expect(roleAnswer).toMatchObject({ response_action: 'clear' });

      // "Dan igen": a new seed, the move kept.
      const again = await clickAndRead(
        bot,
        secretary,
        discussionActionIds.reform,
        valueOf(discussionId),
      );
      expect(again).toContain('Forslag til grupper');
      const reformed = await proposalOf(bot, started);
      expect(reformed.proposal!.groups.find((g) => g.key === to.key)).toMatchObject({
        referent: moved,
      });
      expect(reformed.proposal!.groups.find((g) => g.key === to.key)!.members).toContain(moved);

      const announced = await clickAndRead(
        bot,
        secretary,
        discussionActionIds.announce,
        valueOf(discussionId),
      );
      expect(announced).toContain('udsendt');

      const top = await discussionMessage(bot);
      const replies = await eventually(() => {
        const inThread = bot.slack
          .messagesIn(councilChannelId)
          .filter((message) => message.threadTs === top.ts);
        return inThread.length === reformed.proposal!.groups.length ? inThread : undefined;
      }, 'one reply per group in the thread');
      for (const reply of replies) withinLimits(reply, 'message');

      for (const participant of reformed.participants) {
        const dm = await eventually(
          () =>
            bot.slack.messagesIn(
              bot.slack.dmChannelOf(slackUserOf(seeded, participant.memberId)),
            )[0],
          `${participant.memberId} gets their group`,
        );
        withinLimits(dm, 'message');
        expect(text(dm.blocks)).toContain('https://rum.example/droeftelse');
      }
      const writer = reformed.writers[to.key] ?? to.referent;
      const writerDm = bot.slack.messagesIn(bot.slack.dmChannelOf(slackUserOf(seeded, writer)))[0];
      expect(text(writerDm?.blocks)).toContain(discussionActionIds.writeSummary);
    },
  );

  stillClock(
    'the referent writes the summary and edits it, a long answer shown cut and kept whole; the opsamling is posted and sent for comments as a hearing',
    async ({ bot }) => {
      const started = await aDiscussionSetUp(bot);
      const { seeded, discussionId, secretary } = started;
      const on = { councilId: seeded.council.id, discussionId };
      await everyoneSignedUp(bot, started);
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
      const group = formed.value.groups.find((g) => g.topic === 'A')!;
      const writerId = announced.value.writers[group.key] ?? group.referent;
      const writer = slackUserOf(seeded, writerId);

      // A member who does not write is told so.
      const other = group.members.find((id) => id !== writerId)!;
      const notWriter = await clickAndRead(
        bot,
        slackUserOf(seeded, other),
        discussionActionIds.writeSummary,
        valueOf(discussionId),
      );
      expect(notWriter.length).toBeGreaterThan(2);

      await click(bot, writer, discussionActionIds.writeSummary, valueOf(discussionId));
      const form = await modalNumber(bot, 2);
      expect(form.callback_id).toBe(discussionCallbackIds.summary);
      withinLimits(form, 'modal');
      const first = await submit(
        bot,
        writer,
        discussionCallbackIds.summary,
        {
          'answer.0': plainInput('Tekniske faglærte.'),
          'answer.1': plainInput('Erhvervsskolerne.'),
          notes: plainInput('Vi talte også om voksenlærlinge.'),
        },
        String(form.private_metadata),
      );
      expect(text(first)).toContain('version 1');

      // Written elsewhere meanwhile (the command line, Teams): an answer longer than a Slack field.
      const long = 'Lang begrundelse. '.repeat(300).trim();
      const elsewhere = await bot.useCases.submitSummary({
        ...on,
        actorId: writerId,
        groupKey: group.key,
        answers: [long, 'Erhvervsskolerne.'],
        notes: 'Vi talte også om voksenlærlinge.',
        seenRevision: 1,
      });
      if (!elsewhere.ok) throw new Error(elsewhere.code);

      await click(bot, writer, discussionActionIds.writeSummary, valueOf(discussionId));
      const again = await modalNumber(bot, 3);
      withinLimits(again, 'modal');
      expect(text(again)).toContain('Hele teksten er gemt');
      const shownLong = (
        again.blocks as { block_id?: string; element?: { initial_value?: string } }[]
      ).find((block) => block.block_id === 'answer.0')!.element!.initial_value!;
      expect(shownLong.length).toBe(3_000);
      const edited = await submit(
        bot,
        writer,
        discussionCallbackIds.summary,
        {
          'answer.0': plainInput(shownLong),
          'answer.1': plainInput('Erhvervsskolerne og AMU.'),
          notes: plainInput('Vi talte også om voksenlærlinge.'),
        },
        String(again.private_metadata),
      );
      expect(text(edited)).toContain('version 3');
      const stored = await bot.useCases.summaryDraft({ ...on, actorId: writerId });
      if (!stored.ok) throw new Error(stored.code);
      expect(stored.value.summary?.answers).toEqual([long, 'Erhvervsskolerne og AMU.']);

      const compiled = await clickAndRead(
        bot,
        secretary,
        discussionActionIds.compileNow,
        valueOf(discussionId),
      );
      expect(compiled).toContain('Opsamlingen');
      const opsamling = await eventually(
        () =>
          bot.slack
            .messagesIn(councilChannelId)
            .find(
              (message) =>
                message.threadTs === undefined &&
                text(message.blocks).includes('Opsamling fra gruppedrøftelser'),
            ),
        'the opsamling is posted',
      );
      withinLimits(opsamling, 'message');
      expect(text(opsamling.blocks)).toContain(discussionActionIds.sendForComments);

      // "Vis hele opsamlingen" opens the whole, read-only, for anyone.
      await click(
        bot,
        seeded.userOf(seeded.roster.members[3]!),
        discussionActionIds.showOpsamling,
        valueOf(discussionId),
      );
      const whole = await modalNumber(bot, 4);
      expect(whole.callback_id).toBe(discussionCallbackIds.opsamling);
      withinLimits(whole, 'modal');
      expect(text(whole)).toContain('Erhvervsskolerne og AMU.');

      const member = seeded.userOf(seeded.roster.members[2]!);
      const refused = await clickAndRead(
        bot,
        member,
        discussionActionIds.sendForComments,
        valueOf(discussionId),
      );
      expect(refused).toContain('sekretariat');

      await click(bot, secretary, discussionActionIds.sendForComments, valueOf(discussionId));
      const hearingForm = await modalNumber(bot, 5);
      expect(hearingForm.callback_id).toBe(discussionCallbackIds.comments);
      withinLimits(hearingForm, 'modal');
      expect(text(hearingForm)).toContain('Opsamling fra gruppedrøftelser');
      const blocks = hearingForm.blocks as {
        block_id?: string;
        element?: Record<string, unknown>;
      }[];
      const field = (id: string) => blocks.find((block) => block.block_id === id)!.element!;
      const sent = await submit(
        bot,
        secretary,
        discussionCallbackIds.comments,
        {
          proposal: plainInput(String(field('proposal').initial_value)),
          deadlineDate: {
            value: {
              type: 'datepicker',
              selected_date: String(field('deadlineDate').initial_date),
            },
          },
          deadlineTime: {
            value: {
              type: 'timepicker',
              selected_time: String(field('deadlineTime').initial_time),
            },
          },
        },
        String(hearingForm.private_metadata),
      );
      expect(sent).toMatchObject({ response_action: 'update' });
      const hearings = await bot.stores.hearings.openHearings(seeded.council.id);
      expect(hearings).toHaveLength(1);
      expect(hearings[0]!.proposal).toContain('Opsamling fra gruppedrøftelser');
    },
  );
});
