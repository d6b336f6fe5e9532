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
