import type {
  DiscussionView,
  EditDiscussionInput,
} from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import {
  fieldsEditableIn,
  type EditableField,
} from '../../../domain/discussions/discussion-edits.ts';
import type { Discussion } from '../../../domain/discussions/discussion.ts';
import { setupInputOf } from './read-setup-card.ts';
import {
  editableFieldOf,
  setupFields,
  topicQuestionsField,
  topicSlots,
  topicTitleField,
  type SetupEdit,
  type SetupErrors,
  type SetupValues,
} from './setup-card.ts';

const dateOf = (local: string) => local.split('T')[0] ?? '';
const timeOf = (local: string) => local.split('T')[1] ?? '';

/** The discussion's set-up as the card's inputs show it. */
export function setupValuesOf(discussion: Discussion): SetupValues {
  const values: Record<string, string> = {
    title: discussion.title,
    sizing: discussion.sizing.kind,
    sizingValue: String(
      discussion.sizing.kind === 'count' ? discussion.sizing.groups : discussion.sizing.size,
    ),
    signUpDate: dateOf(discussion.signUpDeadline),
    signUpTime: timeOf(discussion.signUpDeadline),
    windowDate: dateOf(discussion.windowStart),
    windowStart: timeOf(discussion.windowStart),
    windowEnd: timeOf(discussion.windowEnd),
    dueDate: dateOf(discussion.summariesDue),
    dueTime: timeOf(discussion.summariesDue),
    rooms:
      discussion.rooms.kind === 'shared'
        ? discussion.rooms.url
        : discussion.rooms.kind === 'per_group'
          ? discussion.rooms.urls.join('\n')
          : '',
  };
  topicSlots.forEach((_key, index) => {
    const topic = discussion.topics[index];
    values[topicTitleField(index)] = topic?.title ?? '';
    values[topicQuestionsField(index)] = topic?.questions.join('\n') ?? '';
  });
  return values;
}

/** More of the topics' text than this, prefilled in inputs, would not fit a card. */
const topicsOnCardMax = 8_000;

/** Whether the card's topic inputs can hold the discussion's topics whole. */
export function topicsFitCard(discussion: Discussion): boolean {
  const chars = discussion.topics.reduce(
    (sum, topic) =>
      sum + topic.title.length + topic.questions.reduce((n, q) => n + q.length + 1, 0),
    0,
  );
  return discussion.topics.length <= topicSlots.length && chars <= topicsOnCardMax;
}

/**
 * What "Ret opsætning" may change on this card: what the status allows, and
 * the topics only when the card's inputs hold them whole (more topics than
 * its slots, or very long questions, set up elsewhere, are kept as they are
 * rather than cut).
 */
export function editOf(view: DiscussionView): SetupEdit {
  const { discussion, proposal } = view;
  const allowed = fieldsEditableIn(discussion.status);
  const editable = new Set<EditableField>(
    allowed.filter((field) => field !== 'topics' || topicsFitCard(discussion)),
  );
  const groups =
    proposal?.groups.length ??
    (discussion.sizing.kind === 'count' ? discussion.sizing.groups : undefined);
  return {
    discussion,
    sequence: discussion.sequence,
    editable,
    lockedNote: allowed.length > 0 && !allowed.includes('topics'),
    ...(groups === undefined ? {} : { groups }),
  };
}

/**
 * The card as it is to be saved: what was typed in its inputs, over the
 * discussion's values for what the card only shows. An input the client left
 * out counts as emptied (Teams sends every input the card has).
 */
export function editedValues(
  typed: SetupValues,
  discussion: Discussion,
  editable: ReadonlySet<EditableField>,
): SetupValues {
  const values: Record<string, string | undefined> = { ...setupValuesOf(discussion) };
  for (const field of setupFields) {
    const part = editableFieldOf(field);
    if (part !== undefined && editable.has(part)) values[field] = typed[field] ?? '';
  }
  return values;
}

/**
 * The use case's input from the card: only what the card may change (the
 * rest is left out, so it stays), or the fields the card itself can tell
 * are missing or malformed.
 */
export function editInputOf(
  locale: Locale,
  values: SetupValues,
  discussion: Discussion,
  editable: ReadonlySet<EditableField>,
  ref: { councilId: string; discussionId: string; actorId: string; seenSequence: number },
): { ok: true; input: EditDiscussionInput } | { ok: false; errors: SetupErrors } {
  const read = setupInputOf(locale, values, ref.councilId, ref.actorId);
  if (!read.ok) return read;
  const all = read.input;
  // The card has one date for the window: a window over midnight, left as it
  // was, is not sent back as one ending on its first day.
  const current = setupValuesOf(discussion);
  const windowKept = (['windowDate', 'windowStart', 'windowEnd'] as const).every(
    (field) => values[field]?.trim() === current[field],
  );
  const has = (field: EditableField) =>
    editable.has(field) && !(windowKept && (field === 'windowStart' || field === 'windowEnd'));
  return {
    ok: true,
    input: {
      ...ref,
      ...(has('title') ? { title: all.title } : {}),
      ...(has('topics') ? { topics: all.topics } : {}),
      ...(has('sizing') && all.groupCount !== undefined ? { groupCount: all.groupCount } : {}),
      ...(has('sizing') && all.groupSize !== undefined ? { groupSize: all.groupSize } : {}),
      ...(has('signUpDeadline') ? { signUpDeadline: all.signUpDeadline } : {}),
      ...(has('windowStart') ? { windowStart: all.windowStart } : {}),
      ...(has('windowEnd') ? { windowEnd: all.windowEnd } : {}),
      ...(has('summariesDue') ? { summariesDue: all.summariesDue } : {}),
      ...(has('roomLinks') ? { roomLinks: all.roomLinks } : {}),
    },
  };
}
