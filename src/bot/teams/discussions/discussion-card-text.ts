/** How the discussions' cards word times, people, topics and rooms. */
import type { DiscussionView } from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type {
  Discussion,
  DiscussionGroup,
  DiscussionTopic,
  GroupRole,
} from '../../../domain/discussions/discussion.ts';
import { formatDate, t } from '../../../i18n/discussions/index.ts';
import { participantText } from '../../present/discussions/discussion-texts.ts';
import { markdownLink } from '../meetings/index.ts';

const dateOf = (local: string) => local.split('T')[0] ?? local;
const timeOf = (local: string, locale: Locale) => {
  const time = local.split('T')[1] ?? '';
  return locale === 'da' ? time.replace(':', '.') : time;
};

/** A council-local 'YYYY-MM-DDTHH:mm' as "28.11.2026 kl. 13.00". */
export const whenText = (locale: Locale, local: string): string =>
  t(locale, 'teams.discussion.when', {
    date: formatDate(locale, dateOf(local)),
    time: timeOf(local, locale),
  });

/** The discussion's window: "28.11.2026 kl. 13.00–14.30" on one day. */
export function windowText(locale: Locale, discussion: Discussion): string {
  const { windowStart, windowEnd } = discussion;
  if (dateOf(windowStart) === dateOf(windowEnd))
    return `${whenText(locale, windowStart)}–${timeOf(windowEnd, locale)}`;
  return `${whenText(locale, windowStart)} – ${whenText(locale, windowEnd)}`;
}

export const topicLabel = (locale: Locale, topic: Pick<DiscussionTopic, 'key' | 'title'>) =>
  t(locale, 'discussion.present.topic', { key: topic.key, title: topic.title });

export const topicOf = (discussion: Discussion, key: string): DiscussionTopic | undefined =>
  discussion.topics.find((topic) => topic.key === key);

/** A participant's name (their id when they are no longer among the participants). */
export function nameOf(view: Pick<DiscussionView, 'participants'>, memberId: string): string {
  return (
    view.participants.find((participant) => participant.memberId === memberId)?.name ?? memberId
  );
}

/** "Amira Lund (FH)", as the shared texts word a participant. */
export function memberWithOrganisation(
  locale: Locale,
  view: Pick<DiscussionView, 'participants'>,
  memberId: string,
): string {
  const participant = view.participants.find((candidate) => candidate.memberId === memberId);
  return participant === undefined ? memberId : participantText(locale, participant);
}

export const roleName = (locale: Locale, role: GroupRole): string =>
  t(locale, `discussion.chat.role_${role}`);

/** The group's room: the shared link, or the group's own (by its place in the groups' order). */
export function roomOf(
  discussion: Discussion,
  groups: readonly DiscussionGroup[],
  groupKey: string,
): string | undefined {
  const { rooms } = discussion;
  if (rooms.kind === 'shared') return rooms.url;
  if (rooms.kind === 'per_group') {
    const index = groups.findIndex((group) => group.key === groupKey);
    return index < 0 ? undefined : rooms.urls[index];
  }
  return undefined;
}

/** "Rum: [link](link)", or that there is none. */
export function roomLine(locale: Locale, url: string | undefined): string {
  if (url === undefined) return t(locale, 'teams.discussion.no_room');
  return t(locale, 'teams.discussion.room_line', { link: markdownLink(url, url) });
}

/** The questions as a numbered Markdown list. */
export const questionList = (questions: readonly string[]): string =>
  questions.map((question, index) => `${index + 1}. ${question}`).join('\n');
