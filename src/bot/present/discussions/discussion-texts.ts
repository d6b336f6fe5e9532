import type {
  DiscussionParticipant,
  DiscussionView,
} from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type {
  Discussion,
  DiscussionGroup,
  DiscussionStatus,
  DiscussionTopic,
  GroupRole,
} from '../../../domain/discussions/discussion.ts';
import type { FormationReason } from '../../../domain/discussions/formation/formation-types.ts';
import { hasText, t } from '../../../i18n/discussions/index.ts';
import { textFor } from '../../../i18n/shared/index.ts';
import type { GroupPicture } from './discussion-states.ts';
import { localTimeText, spanText } from './discussion-time.ts';
import { groupsAnnounced, groupsOf, participantOf } from './group-pictures.ts';

/** "Gruppedrøftelse: Fremtidens kompetencer". */
export const headlineText = (locale: Locale, discussion: Pick<Discussion, 'title'>): string =>
  t(locale, 'discussion.present.headline', { title: discussion.title });

/** "Til dagsordenens punkt 3", when it belongs to an item. */
export const itemLineText = (
  locale: Locale,
  discussion: Pick<Discussion, 'itemNumber'>,
): string | undefined =>
  discussion.itemNumber === undefined
    ? undefined
    : t(locale, 'discussion.present.for_item', { item: discussion.itemNumber });

export const statusText = (locale: Locale, status: DiscussionStatus): string =>
  t(locale, `discussion.present.status.${status}`);

/** "Emne A: Fremtidens kompetencer". */
export const topicText = (locale: Locale, topic: Pick<DiscussionTopic, 'key' | 'title'>): string =>
  t(locale, 'discussion.present.topic', { key: topic.key, title: topic.title });

/** The guiding questions numbered: "1. Hvad …?". */
export const questionLines = (
  locale: Locale,
  topic: Pick<DiscussionTopic, 'questions'>,
): string[] =>
  topic.questions.map((text, index) =>
    t(locale, 'discussion.present.question', { number: index + 1, text }),
  );

/** "Gruppe A1". */
export const groupName = (locale: Locale, groupKey: string): string =>
  t(locale, 'discussion.present.group', { key: groupKey });

export const roleText = (locale: Locale, role: GroupRole): string =>
  t(locale, `discussion.present.role.${role}`);

/** "Asta Kragsmark (DA)", and with marks "Asta Kragsmark (DA) – ordstyrer". */
export const participantText = (
  locale: Locale,
  participant: Pick<DiscussionParticipant, 'name' | 'organisation'>,
  marks: readonly string[] = [],
): string => {
  const params = { name: participant.name, marks: marks.join(', ') };
  return participant.organisation === ''
    ? t(locale, 'discussion.present.member_no_org', params)
    : t(locale, 'discussion.present.member', { ...params, organisation: participant.organisation });
};

/** The roles a member holds in a group (none, or one: nobody holds both). */
export function rolesOf(group: DiscussionGroup, memberId: string): GroupRole[] {
  const roles: GroupRole[] = [];
  if (group.ordstyrer === memberId) roles.push('ordstyrer');
  if (group.referent === memberId) roles.push('referent');
  return roles;
}

/**
 * The group's members one a line, with their marks:
 * "Asta Kragsmark (DA) – ordstyrer", "Bjarke Lyngholt (FH) – referent",
 * and the ordstyrer who took over writing marked so.
 */
export function groupMemberLines(locale: Locale, picture: GroupPicture): string[] {
  return picture.members.map((member) => {
    const marks = rolesOf(picture.group, member.memberId).map((role) => roleText(locale, role));
    if (picture.writer === member.memberId && picture.group.referent !== member.memberId)
      marks.push(t(locale, 'discussion.present.role.writer'));
    return participantText(locale, member, marks);
  });
}

/** "Ordstyrer: Asta Kragsmark · Referent: Bjarke Lyngholt". */
export function rolesLine(view: DiscussionView, locale: Locale, group: DiscussionGroup): string {
  return t(locale, 'discussion.present.roles_line', {
    ordstyrer: participantOf(view, group.ordstyrer).name,
    referent: participantOf(view, group.referent).name,
  });
}

/** "Mødelokale: https://…", or that none was given. */
export const roomLine = (locale: Locale, roomUrl: string | undefined): string =>
  roomUrl === undefined
    ? t(locale, 'discussion.present.no_room')
    : t(locale, 'discussion.present.room', { url: roomUrl });

/** "opsamling afleveret" / "mangler opsamling". */
export const submittedText = (locale: Locale, submitted: boolean): string =>
  t(locale, submitted ? 'discussion.present.submitted' : 'discussion.present.not_submitted');

/** How many chose each topic and volunteered, and how many have not chosen. */
export interface SignUpCounts {
  readonly topics: readonly {
    readonly topic: DiscussionTopic;
    readonly count: number;
    readonly ordstyrer: number;
    readonly referent: number;
  }[];
  readonly undecided: number;
}

export function signUpCounts(view: DiscussionView): SignUpCounts {
  const topics = view.discussion.topics.map((topic) => {
    const chosen = view.participants.filter((one) => one.signUp?.topic === topic.key);
    return {
      topic,
      count: chosen.length,
      ordstyrer: chosen.filter((one) => one.signUp?.volunteer === 'ordstyrer').length,
      referent: chosen.filter((one) => one.signUp?.volunteer === 'referent').length,
    };
  });
  const known = new Set(view.discussion.topics.map((topic) => topic.key));
  const undecided = view.participants.filter(
    (one) => one.signUp?.topic === undefined || !known.has(one.signUp.topic),
  ).length;
  return { topics, undecided };
}

/**
 * The sign-up counts one line per topic — "Emne A: Fremtidens kompetencer —
 * 5 tilmeldt; 1 vil være ordstyrer, 2 referent" — and a line for those who
 * have not chosen (none when everybody has).
 */
export function signUpCountLines(locale: Locale, view: DiscussionView): string[] {
  const counts = signUpCounts(view);
  const lines = counts.topics.map(({ topic, count, ordstyrer, referent }) => {
    const head = `${topicText(locale, topic)} — ${t(locale, 'discussion.present.topic_count', { count })}`;
    return ordstyrer + referent === 0
      ? head
      : `${head}; ${t(locale, 'discussion.present.volunteers', { ordstyrer, referent })}`;
  });
  if (counts.undecided > 0)
    lines.push(t(locale, 'discussion.present.undecided', { count: counts.undecided }));
  return lines;
}

/** The groups that have submitted, of all. */
export function summaryCounts(view: DiscussionView): { submitted: number; groups: number } {
  const groups = groupsOf(view);
  const inKeys = new Set(view.summaries.map((summary) => summary.groupKey));
  return {
    submitted: groups.filter((group) => inKeys.has(group.key)).length,
    groups: groups.length,
  };
}

/** "2 af 4 grupper har afleveret". */
export const summaryStatusText = (locale: Locale, view: DiscussionView): string =>
  t(locale, 'discussion.present.summary_status', summaryCounts(view));

/** The groups whose summary is not in (now), in the groups' order. */
export function missingGroupKeys(view: DiscussionView): string[] {
  const groups = groupsOf(view);
  if (groups.length === 0) return [...(view.opsamling?.missingGroups ?? [])];
  const inKeys = new Set(view.summaries.map((summary) => summary.groupKey));
  return groups.filter((group) => !inKeys.has(group.key)).map((group) => group.key);
}

/** The discussion's times: sign-up deadline, the window, when summaries are due. */
export function timeLines(locale: Locale, discussion: Discussion): string[] {
  return [
    t(locale, 'discussion.present.sign_up_deadline', {
      when: localTimeText(locale, discussion.signUpDeadline),
    }),
    t(locale, 'discussion.present.window', {
      when: spanText(locale, discussion.windowStart, discussion.windowEnd),
    }),
    t(locale, 'discussion.present.summaries_due', {
      when: localTimeText(locale, discussion.summariesDue),
    }),
  ];
}

/**
 * A reason for the proposal as the formation's catalog words it
 * (`formation.reason.<code>`, as reasonLines in formation-reasons.ts does,
 * one text per reason); a reason without a text yet is shown by its code
 * and numbers rather than hidden.
 */
export function reasonText(locale: Locale, reason: FormationReason): string {
  const key = `formation.reason.${reason.code}`;
  if (hasText(key)) return textFor(locale, key, reason.params);
  const params = Object.entries(reason.params)
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');
  return t(locale, 'discussion.present.reason_fallback', { code: reason.code, params });
}

/** Whether the channel message shows groups (announced or compiled) rather than sign-ups. */
export const showsGroups = groupsAnnounced;

/** Before the sign-up deadline, the announce confirmation says that announcing closes the sign-up early. */
export const earlyAnnounceNote = (locale: Locale, view: DiscussionView): string | undefined =>
  view.signUpStillOpen === true
    ? t(locale, 'discussion.chat.announce_closes_sign_up', {
        when: localTimeText(locale, view.discussion.signUpDeadline),
      })
    : undefined;
