import { fail, succeed, type Result } from '../errors.ts';
import type {
  Discussion,
  DiscussionStatus,
  DiscussionTopic,
  GroupSizing,
  RoomLinks,
} from './discussion.ts';

/**
 * What the secretariat may change after setting a discussion up, and when.
 * In sign-up everything (a proposal already formed is formed again when its
 * frame changes); once the groups are announced only what does not undo
 * them: the title, the discussion window, when summaries are due and the
 * room links. After the opsamling, or once cancelled, nothing.
 */
export const editableFields = [
  'title',
  'topics',
  'sizing',
  'signUpDeadline',
  'windowStart',
  'windowEnd',
  'summariesDue',
  'roomLinks',
] as const;
export type EditableField = (typeof editableFields)[number];

const afterAnnouncing: readonly EditableField[] = [
  'title',
  'windowStart',
  'windowEnd',
  'summariesDue',
  'roomLinks',
];

/** The fields a discussion in this status may still change; none once compiled or cancelled. */
export function fieldsEditableIn(status: DiscussionStatus): readonly EditableField[] {
  if (status === 'sign_up') return editableFields;
  if (status === 'announced') return afterAnnouncing;
  return [];
}

/** The set-up as an edit gives it: each part left out stays as it is. */
export interface DiscussionChanges {
  readonly title?: string;
  readonly topics?: readonly DiscussionTopic[];
  readonly sizing?: GroupSizing;
  readonly signUpDeadline?: string;
  readonly windowStart?: string;
  readonly windowEnd?: string;
  readonly summariesDue?: string;
  readonly rooms?: RoomLinks;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The discussion with the changes applied, and which fields really changed
 * (a field given with the value it has is no change). A change the status
 * no longer allows is refused, naming the field; so is taking away a topic
 * members have chosen (their choice would silently become "no preference").
 * The times and room links are checked by the caller, against the clock and
 * the groups.
 */
export function applyDiscussionChanges(
  discussion: Discussion,
  changes: DiscussionChanges,
  signUpsByTopic: Readonly<Record<string, number>>,
): Result<{ discussion: Discussion; changed: EditableField[] }> {
  const candidates: [EditableField, unknown, unknown][] = [
    ['title', changes.title, discussion.title],
    ['topics', changes.topics, discussion.topics],
    ['sizing', changes.sizing, discussion.sizing],
    ['signUpDeadline', changes.signUpDeadline, discussion.signUpDeadline],
    ['windowStart', changes.windowStart, discussion.windowStart],
    ['windowEnd', changes.windowEnd, discussion.windowEnd],
    ['summariesDue', changes.summariesDue, discussion.summariesDue],
    ['roomLinks', changes.rooms, discussion.rooms],
  ];
  const changed = candidates
    .filter(([, given, now]) => given !== undefined && !sameJson(given, now))
    .map(([field]) => field);
  const allowed = fieldsEditableIn(discussion.status);
  if (allowed.length === 0) return fail('discussion_edit_closed');
  const locked = changed.find((field) => !allowed.includes(field));
  if (locked !== undefined) return fail('discussion_field_locked', locked, { field: locked });

  if (changes.topics !== undefined) {
    // Topics are keyed by their place: taking one out of the middle would hand
    // its sign-ups to the topic that moves up. A chosen topic must stay where it is.
    const newTopics = changes.topics;
    const dropped = discussion.topics.find((topic) => {
      if ((signUpsByTopic[topic.key] ?? 0) === 0) return false;
      const atKey = newTopics.find((candidate) => candidate.key === topic.key);
      const movedTo = newTopics.find(
        (candidate) => candidate.key !== topic.key && candidate.title === topic.title,
      );
      return atKey === undefined || movedTo !== undefined;
    });
    if (dropped !== undefined)
      return fail('discussion_topic_has_sign_ups', 'topics', {
        topic: dropped.key,
        count: signUpsByTopic[dropped.key] ?? 0,
      });
  }

  return succeed({
    discussion: {
      ...discussion,
      ...(changes.title === undefined ? {} : { title: changes.title }),
      ...(changes.topics === undefined ? {} : { topics: changes.topics }),
      ...(changes.sizing === undefined ? {} : { sizing: changes.sizing }),
      ...(changes.signUpDeadline === undefined ? {} : { signUpDeadline: changes.signUpDeadline }),
      ...(changes.windowStart === undefined ? {} : { windowStart: changes.windowStart }),
      ...(changes.windowEnd === undefined ? {} : { windowEnd: changes.windowEnd }),
      ...(changes.summariesDue === undefined ? {} : { summariesDue: changes.summariesDue }),
      ...(changes.rooms === undefined ? {} : { rooms: changes.rooms }),
    },
    changed,
  });
}

/**
 * Once announced the sign-up deadline has passed: the window may already be
 * under way, but it must still end after it starts, and the summaries must
 * be due after it ends and not already be overdue.
 */
export function checkAnnouncedTimes(
  times: Pick<Discussion, 'windowStart' | 'windowEnd' | 'summariesDue'>,
  nowLocal: string,
): Result<true> {
  const outOfOrder = (field: 'windowEnd' | 'summariesDue') =>
    fail('discussion_times_out_of_order', field, { field, time: times[field] });
  if (times.windowEnd <= times.windowStart) return outOfOrder('windowEnd');
  if (times.summariesDue < times.windowEnd) return outOfOrder('summariesDue');
  // Already passed: the due job would compile at once. The text says why, not "in order".
  if (times.summariesDue <= nowLocal)
    return fail('discussion_times_out_of_order', 'summariesDue', {
      field: 'summariesDuePassed',
      time: times.summariesDue,
    });
  return succeed(true);
}
