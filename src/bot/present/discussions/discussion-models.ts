import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/discussions/index.ts';
import type {
  DiscussionDmState,
  DiscussionMessageState,
  GroupPicture,
  GroupReplyState,
} from './discussion-states.ts';
import {
  groupMemberLines,
  groupName,
  headlineText,
  itemLineText,
  questionLines,
  reasonText,
  roleText,
  rolesOf,
  roomLine,
  signUpCountLines,
  statusText,
  submittedText,
  summaryStatusText,
  timeLines,
  topicText,
} from './discussion-texts.ts';
import { instantText, localTimeText } from './discussion-time.ts';
import { groupsAnnounced, groupsOf } from './group-pictures.ts';

/**
 * What each discussion message says, in the council's language, as plain
 * lines: the Slack blocks and the Teams cards lay these out and add their
 * buttons, nothing more.
 */

export interface TopicModel {
  readonly key: string;
  /** "Emne A: Fremtidens kompetencer". */
  readonly heading: string;
  /** "1. Hvad …?" */
  readonly questions: readonly string[];
}

export interface GroupLineModel {
  readonly key: string;
  /** "Gruppe A1 · Emne A: … — opsamling afleveret". */
  readonly line: string;
  readonly submitted: boolean;
}

/** The discussion's message in the channel; which parts are there depends on its phase. */
export interface DiscussionMessageModel {
  readonly phase: 'sign_up' | 'groups' | 'compiled' | 'cancelled';
  readonly headline: string;
  readonly itemLine?: string;
  readonly status: string;
  readonly topics: readonly TopicModel[];
  /** Sign-up deadline, the window, when summaries are due. */
  readonly times: readonly string[];
  /** In sign-up: counts per topic and volunteers, and who has not chosen. */
  readonly signUps: readonly string[];
  /** Announced or compiled: one line per group, and "2 af 4 grupper har afleveret". */
  readonly groups: readonly GroupLineModel[];
  readonly summaryStatus?: string;
  /** Compiled: the line pointing to the opsamling; cancelled: that it is. */
  readonly closingLine?: string;
}

const topicModels = (locale: Locale, state: DiscussionMessageState): TopicModel[] =>
  state.view.discussion.topics.map((topic) => ({
    key: topic.key,
    heading: topicText(locale, topic),
    questions: questionLines(locale, topic),
  }));

export function discussionMessageModel(state: DiscussionMessageState): DiscussionMessageModel {
  const { locale } = state.council;
  const { view } = state;
  const { discussion } = view;
  const itemLine = itemLineText(locale, discussion);
  const base = {
    headline: headlineText(locale, discussion),
    ...(itemLine === undefined ? {} : { itemLine }),
    status: statusText(locale, discussion.status),
    topics: topicModels(locale, state),
    times: timeLines(locale, discussion),
  };
  if (discussion.status === 'cancelled')
    return {
      ...base,
      phase: 'cancelled',
      signUps: [],
      groups: [],
      closingLine: t(locale, 'discussion.present.cancelled_line'),
    };
  if (!groupsAnnounced(view))
    return { ...base, phase: 'sign_up', signUps: signUpCountLines(locale, view), groups: [] };
  const submitted = new Set(view.summaries.map((summary) => summary.groupKey));
  const topicOf = new Map(discussion.topics.map((topic) => [topic.key, topic]));
  const groups = groupsOf(view).map((group) => {
    const topic = topicOf.get(group.topic);
    const isIn = submitted.has(group.key);
    const name = groupName(locale, group.key);
    const about = topic === undefined ? name : `${name} · ${topicText(locale, topic)}`;
    return { key: group.key, line: `${about} — ${submittedText(locale, isIn)}`, submitted: isIn };
  });
  const summaryStatus = summaryStatusText(locale, view);
  if (discussion.status === 'compiled' && view.opsamling !== undefined)
    return {
      ...base,
      phase: 'compiled',
      signUps: [],
      groups,
      summaryStatus,
      closingLine: t(locale, 'discussion.present.compiled_line', {
        when: instantText(state.council, view.opsamling.compiledAt),
      }),
    };
  return { ...base, phase: 'groups', signUps: [], groups, summaryStatus };
}

/** A group as its reply in the thread and a member's message show it. */
export interface GroupModel {
  readonly key: string;
  /** "Gruppe A1 · Emne A: Fremtidens kompetencer". */
  readonly heading: string;
  /** "Asta Kragsmark (DA) – ordstyrer". */
  readonly members: readonly string[];
  readonly questions: readonly string[];
  readonly room: string;
  readonly roomUrl?: string;
  readonly submitted: boolean;
  readonly status: string;
}

export function groupModel(locale: Locale, picture: GroupPicture): GroupModel {
  return {
    key: picture.group.key,
    heading: `${groupName(locale, picture.group.key)} · ${topicText(locale, picture.topic)}`,
    members: groupMemberLines(locale, picture),
    questions: questionLines(locale, picture.topic),
    room: roomLine(locale, picture.roomUrl),
    ...(picture.roomUrl === undefined ? {} : { roomUrl: picture.roomUrl }),
    submitted: picture.summary !== undefined,
    status: submittedText(locale, picture.summary !== undefined),
  };
}

/** A group's reply in the discussion's thread. */
export const groupReplyModel = (state: GroupReplyState): GroupModel =>
  groupModel(state.council.locale, state);

/**
 * A direct message: its headline, the lines under it, and for the group's
 * and the reminders' messages the group. `action` names what the surface
 * offers as its button: choose a topic, see the proposal, write the summary.
 */
export interface DiscussionDmModel {
  readonly headline: string;
  readonly lines: readonly string[];
  readonly group?: GroupModel;
  readonly action: 'sign_up' | 'proposal' | 'summary' | 'none';
}

const summaryReminderKeys = {
  before: 'discussion.present.dm.summary_before',
  due: 'discussion.present.dm.summary_due',
  takeover: 'discussion.present.dm.summary_takeover',
} as const;

export function discussionDmModel(state: DiscussionDmState): DiscussionDmModel {
  const { locale } = state.council;
  const { discussion } = state.view;
  const title = discussion.title;
  switch (state.kind) {
    case 'discussion_sign_up_reminder':
      return {
        headline: t(
          locale,
          state.notice.invitation === true
            ? 'discussion.present.dm.invitation'
            : 'discussion.present.dm.sign_up_reminder',
          {
            title,
            when: localTimeText(locale, discussion.signUpDeadline),
          },
        ),
        lines: discussion.topics.map((topic) => topicText(locale, topic)),
        action: 'sign_up',
      };
    case 'discussion_proposal_ready':
      if (state.proposal === undefined)
        return {
          headline: t(locale, 'discussion.present.dm.proposal_failed', { title }),
          lines: [],
          action: 'proposal',
        };
      return {
        headline: t(locale, 'discussion.present.dm.proposal_ready', {
          title,
          groups: state.proposal.groups.length,
          people: state.proposal.groups.reduce((sum, group) => sum + group.members.length, 0),
        }),
        lines: state.proposal.reasons.map((reason) => reasonText(locale, reason)),
        action: 'proposal',
      };
    case 'discussion_group_to_member': {
      const roles = rolesOf(state.group, state.member.id);
      const lines = [
        ...roles.map((role) =>
          t(locale, 'discussion.present.dm.your_role', { role: roleText(locale, role) }),
        ),
        ...(state.writer === state.member.id
          ? [
              t(locale, 'discussion.present.dm.you_write', {
                when: localTimeText(locale, discussion.summariesDue),
              }),
            ]
          : []),
        ...timeLines(locale, discussion).slice(1),
      ];
      return {
        headline: t(locale, 'discussion.present.dm.group', { key: state.group.key, title }),
        lines,
        group: groupModel(locale, state),
        action: state.writer === state.member.id ? 'summary' : 'none',
      };
    }
    case 'discussion_summary_reminder':
      return {
        headline: t(locale, summaryReminderKeys[state.notice.reminderKey], {
          key: state.group.key,
          title,
          when: localTimeText(locale, discussion.summariesDue),
        }),
        lines: [],
        group: groupModel(locale, state),
        action:
          // At the due time the form closes and the opsamling is compiled: nothing left to write.
          state.notice.reminderKey === 'due' ? 'none' : 'summary',
      };
  }
}
