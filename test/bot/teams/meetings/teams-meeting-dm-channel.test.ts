/**
 * A meeting's direct messages in Teams for members who have no personal chat
 * with the bot: never a post of their own in the council's channel. The
 * overview is the channel's one post about the meeting; the agenda to each
 * member and the suppleant's seat notice are not shown to all; a reminder is
 * at most an @mention in the overview's thread. The clock stands still
 * unless a test moves it.
 */
import { describe, expect } from 'vitest';
import { queueMeetingReminderNotices } from '../../../../src/app/meetings/queue-meeting-reminder-notices.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { HARNESS_START, localDateInDays } from '../../../fakes/test-instants.ts';
import { TEAMS_PEOPLE } from '../../../support/teams-activities.ts';
import {
  cardIn,
  teamsTestWith,
  textOf,
  type TeamsHarness,
} from '../../../support/teams-harness.ts';
import { agendaInChannel, aMeeting, postsIn } from './teams-agenda-support.ts';

// One clock for the file's tests, which run one after another: each sets it back first.
const clock = new FixedClock(HARNESS_START);
const teamsTest = teamsTestWith({ clock });

const { memberA: jonas } = TEAMS_PEOPLE;

/** Everything the bot posted in the channel: top level, and in any thread there. */
const channelPosts = (h: TeamsHarness) =>
  h.connector.calls.filter(
    (call) =>
      call.operation === 'sendToConversation' &&
      call.status < 300 &&
      String(call.conversationId).startsWith(h.channel.conversation.id),
  );

/** The @mention texts posted in the channel (its threads included). */
const mentionsInChannel = (h: TeamsHarness) =>
  channelPosts(h)
    .map((call) => call.body as { text?: string; entities?: { type?: string }[] })
    .filter((body) => body.entities?.some((entity) => entity.type === 'mention'))
    .map((body) => body.text ?? '');

/** Gives a notice that must not come time to arrive all the same (it would within a second). */
const aMoment = (h: TeamsHarness) =>
  h.connector.waitUntil(() => false, 1_500).catch(() => undefined);

/**
 * The agenda published with only Jonas in a personal chat with the bot (his
 * agenda card tells the members' notices have gone out); Amira, Karl and
 * Bo have none.
 */
async function published(h: TeamsHarness) {
  clock.set(HARNESS_START);
  const jonasChat = h.teams.personalChatWith(jonas);
  await h.post(h.teams.botInstalled(jonasChat, jonas));
  const meeting = await aMeeting(h);
  const { councilId, actorId, meetingId } = meeting;
  const publishedAgenda = await h.bot.useCases.publishAgenda({ councilId, actorId, meetingId });
  if (!publishedAgenda.ok) throw new Error(`publish: ${publishedAgenda.code}`);
  const agendaToJonas = () =>
    h.connector
      .sentActivities(jonasChat.conversation.id)
      .some((activity) => /^Dagsordenen til /.test(textOf(cardIn(activity))));
  await h.connector.waitUntil(
    () => agendaInChannel(h).items.length === 3 && agendaToJonas(),
    15_000,
  );
  await aMoment(h);
  return { ...meeting, record: publishedAgenda.value.record.meeting, jonasChat };
}

describe("a meeting's direct messages in the council's Teams channel", () => {
  teamsTest(
    'publishing posts exactly one top-level message in the channel, the overview, though most members have no personal chat',
    async ({ h }) => {
      await published(h);

      const topLevel = postsIn(h, h.channel.conversation.id);
      expect(topLevel).toHaveLength(1);
      expect(textOf(cardIn(topLevel[0]?.activity))).toContain('Dagsorden: Rådsmøde');
      expect(mentionsInChannel(h)).toEqual([]);
    },
  );

  teamsTest(
    'a suppleant without a personal chat gets nothing in the channel about the afbud, nor about the seat going back',
    async ({ h }) => {
      const { councilId, meetingId } = await published(h);
      const before = channelPosts(h).length;

      const afbud = await h.bot.useCases.sendMeetingAfbud({
        councilId,
        actorId: 'amira',
        meetingId,
      });
      expect(afbud.ok).toBe(true);
      await aMoment(h);
      const withdrawn = await h.bot.useCases.withdrawMeetingAfbud({
        councilId,
        actorId: 'amira',
        meetingId,
      });
      expect(withdrawn.ok).toBe(true);
      await aMoment(h);

      expect(channelPosts(h)).toHaveLength(before);
      expect(mentionsInChannel(h)).toEqual([]);
    },
  );

  teamsTest(
    'a reminder to a member without a personal chat is an @mention in the overview’s thread, never a post of its own',
    async ({ h }) => {
      const { councilId, meetingId, record } = await published(h);
      const overview = agendaInChannel(h).overview!;
      const thread = `${h.channel.conversation.id};messageid=${overview.id}`;

      clock.set(new Date(`${localDateInDays(13)}T09:00:00.000Z`));
      await queueMeetingReminderNotices(h.bot.deps, {
        councilId,
        meetingId,
        start: record.start,
        sequence: record.sequence ?? 0,
        reminderKey: 'day-before',
      });
      const mentionOf = (name: string) =>
        postsIn(h, thread).filter((post) =>
          String(post.activity.text).includes(`<at>${name}</at>`),
        );
      await h.connector.waitUntil(
        () => mentionOf('Karl Vang').length === 1 && mentionOf('Amira Lund').length === 1,
        10_000,
      );
      await aMoment(h);

      expect(postsIn(h, h.channel.conversation.id)).toHaveLength(1);
      expect(mentionOf('Karl Vang')).toHaveLength(1);
      expect(mentionOf('Jonas Kjær')).toEqual([]);
    },
  );
});
