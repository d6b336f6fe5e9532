import type { DiscussionView } from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type { DiscussionGroup } from '../../../domain/discussions/discussion.ts';
import { t } from '../../../i18n/discussions/index.ts';
import {
  adaptiveCard,
  execute,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from '../cards/adaptive-card.ts';
import { clipText } from '../meetings/index.ts';
import {
  memberWithOrganisation,
  nameOf,
  questionList,
  roomLine,
  roomOf,
  topicLabel,
  topicOf,
  whenText,
  windowText,
} from './discussion-card-text.ts';
import { longText } from './discussion-long-text.ts';
import { discussionVerbNames } from './discussion-verb-names.ts';

/** Who writes a group's summary now: the referent, or who took over. */
export const writerOf = (view: DiscussionView, group: DiscussionGroup): string =>
  view.writers[group.key] ?? group.referent;

/** The group a member is in, once the groups are formed. */
export const groupOfMember = (view: DiscussionView, memberId: string) =>
  view.proposal?.groups.find((group) => group.members.includes(memberId));

/** What every group message says: topic, window, room, questions, members and roles. */
function groupFacts(locale: Locale, view: DiscussionView, group: DiscussionGroup): CardElement[] {
  const { discussion } = view;
  const topic = topicOf(discussion, group.topic);
  const groups = view.proposal?.groups ?? [];
  const members = group.members.map(
    (memberId) => `- ${memberWithOrganisation(locale, view, memberId)}`,
  );
  const elements: CardElement[] = [
    textBlock(topic ? topicLabel(locale, topic) : group.topic, { weight: 'Bolder' }),
    textBlock(
      [
        t(locale, 'teams.discussion.group.window', { window: windowText(locale, discussion) }),
        roomLine(locale, roomOf(discussion, groups, group.key)),
      ].join('\n\n'),
      { spacing: 'Small' },
    ),
  ];
  if (topic !== undefined && topic.questions.length > 0)
    elements.push(
      textBlock(t(locale, 'teams.discussion.group.questions'), {
        weight: 'Bolder',
        spacing: 'Medium',
      }),
      ...longText(locale, `questions-${group.key}`, questionList(topic.questions), 1_500, 8_000),
    );
  elements.push(
    textBlock(t(locale, 'teams.discussion.group.members'), {
      weight: 'Bolder',
      spacing: 'Medium',
    }),
    textBlock(clipText(members.join('\n'), 6_000), { spacing: 'Small' }),
    textBlock(
      [
        t(locale, 'teams.discussion.ordstyrer_line', { name: nameOf(view, group.ordstyrer) }),
        t(locale, 'teams.discussion.referent_line', { name: nameOf(view, writerOf(view, group)) }),
      ].join(' · '),
      { isSubtle: true },
    ),
  );
  return elements;
}

const writeButton = (locale: Locale, discussionId: string) =>
  execute(
    t(locale, 'discussion.chat.button_write_summary'),
    discussionVerbNames.writeSummary,
    {
      discussionId,
    },
    { associatedInputs: 'none', style: 'positive' },
  );

/**
 * A participant's own group, in their direct message: the group, its topic,
 * the room, the questions, who else is in it, and its ordstyrer and
 * referent; the one who writes its summary gets "Skriv opsamling".
 */
export function groupDmCard(
  locale: Locale,
  view: DiscussionView,
  group: DiscussionGroup,
  memberId: string,
): AdaptiveCard {
  const { discussion } = view;
  const title = t(locale, 'teams.discussion.group.heading', {
    title: discussion.title,
    group: group.key,
  });
  const body: CardElement[] = [
    textBlock(clipText(title, 300), { size: 'Medium', weight: 'Bolder' }),
    ...groupFacts(locale, view, group),
  ];
  const writes = writerOf(view, group) === memberId;
  if (writes)
    body.push(
      textBlock(
        t(locale, 'teams.discussion.group.you_write', {
          due: whenText(locale, discussion.summariesDue),
        }),
        { weight: 'Bolder', color: 'Accent' },
      ),
    );
  return adaptiveCard(body, {
    ...(writes ? { actions: [writeButton(locale, discussion.id)] } : {}),
    fallbackText: title,
  });
}

/** The @mention text when the member cannot be reached 1:1. */
export function groupDmText(locale: Locale, view: DiscussionView, group: DiscussionGroup): string {
  const topic = topicOf(view.discussion, group.topic);
  return t(locale, 'teams.discussion.group.text', {
    group: group.key,
    title: view.discussion.title,
    topic: topic ? topicLabel(locale, topic) : group.topic,
  });
}

/** One group's message in the thread under the discussion's card. */
export function groupThreadCard(
  locale: Locale,
  view: DiscussionView,
  group: DiscussionGroup,
): AdaptiveCard {
  const topic = topicOf(view.discussion, group.topic);
  const title = t(locale, 'teams.discussion.group.thread_heading', {
    group: group.key,
    topic: topic?.title ?? group.topic,
  });
  const summary = view.summaries.find((candidate) => candidate.groupKey === group.key);
  const body: CardElement[] = [
    textBlock(clipText(title, 300), { size: 'Medium', weight: 'Bolder' }),
    ...groupFacts(locale, view, group),
  ];
  if (summary !== undefined)
    body.push(
      textBlock(t(locale, 'teams.discussion.group.summary_in', { revision: summary.revision }), {
        color: 'Good',
      }),
    );
  return adaptiveCard(body, { fallbackText: title });
}

/** Which summary message: before the due time, at it, or to an ordstyrer taking over from a referent who left. */
type SummaryReminderKey = 'before' | 'due' | 'takeover';

/** The summary reminder to the group's writer, with "Skriv opsamling" (not at the due time). */
export function summaryReminderCard(
  locale: Locale,
  view: DiscussionView,
  groupKey: string,
  reminderKey: SummaryReminderKey,
): AdaptiveCard {
  const text = summaryReminderText(locale, view, groupKey, reminderKey);
  return adaptiveCard([textBlock(text, { weight: 'Bolder' })], {
    // At the due time the form has closed: the 'due' reminder only tells.
    actions: reminderKey === 'due' ? [] : [writeButton(locale, view.discussion.id)],
    fallbackText: text,
  });
}

export const summaryReminderText = (
  locale: Locale,
  view: DiscussionView,
  groupKey: string,
  reminderKey: SummaryReminderKey,
): string => {
  const due = whenText(locale, view.discussion.summariesDue);
  const title = view.discussion.title;
  if (reminderKey === 'takeover')
    return t(locale, 'discussion.present.dm.summary_takeover', { key: groupKey, title, when: due });
  return t(
    locale,
    reminderKey === 'due'
      ? 'teams.discussion.reminder.summary_due'
      : 'teams.discussion.reminder.summary_before',
    { group: groupKey, title, due },
  );
};

/** The sign-up reminder, with the topics' buttons and "Intet ønske". */
export function signUpReminderCard(
  locale: Locale,
  view: DiscussionView,
  invitation = false,
): AdaptiveCard {
  const { discussion } = view;
  const text = signUpReminderText(locale, view, invitation);
  const data = { discussionId: discussion.id };
  return adaptiveCard([textBlock(text, { weight: 'Bolder' })], {
    actions: [
      ...discussion.topics.map((topic) =>
        execute(
          clipText(topicLabel(locale, topic), 40),
          discussionVerbNames.chooseTopic,
          { ...data, topic: topic.key },
          { associatedInputs: 'none' },
        ),
      ),
      execute(
        t(locale, 'discussion.chat.button_no_preference'),
        discussionVerbNames.chooseTopic,
        { ...data, topic: '' },
        { associatedInputs: 'none' },
      ),
    ],
    fallbackText: text,
  });
}

/** The sign-up reminder's text; as an invitation, to a suppleant who holds an absent member's seat. */
export const signUpReminderText = (
  locale: Locale,
  view: DiscussionView,
  invitation = false,
): string => {
  const { title, signUpDeadline } = view.discussion;
  return invitation
    ? t(locale, 'discussion.present.dm.invitation', {
        title,
        when: whenText(locale, signUpDeadline),
      })
    : t(locale, 'teams.discussion.reminder.sign_up', {
        title,
        deadline: whenText(locale, signUpDeadline),
      });
};

/** To the secretary: the groups were formed at the deadline; "Se forslaget". */
export function proposalReadyCard(locale: Locale, view: DiscussionView): AdaptiveCard {
  const text = proposalReadyText(locale, view);
  return adaptiveCard([textBlock(text, { weight: 'Bolder' })], {
    actions: [
      execute(
        t(locale, 'discussion.chat.button_show_proposal'),
        discussionVerbNames.showProposal,
        { discussionId: view.discussion.id },
        { associatedInputs: 'none', style: 'positive' },
      ),
    ],
    fallbackText: text,
  });
}

export const proposalReadyText = (locale: Locale, view: DiscussionView): string =>
  view.proposal === undefined
    ? t(locale, 'discussion.present.dm.proposal_failed', { title: view.discussion.title })
    : t(locale, 'teams.discussion.reminder.proposal', { title: view.discussion.title });
