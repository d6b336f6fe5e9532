import { fail, succeed, type Result } from '../errors.ts';
import type { DiscussionTopic, GroupSizing, RoomLinks } from './discussion.ts';

/**
 * The set-up rules that no single field can check: the topics get their
 * keys in order, the times run in order, and the room links fit the groups.
 */
export const maxTopics = 6;
export const maxQuestions = 8;
export const maxGroupCount = 50;
export const minGroupSize = 2;
export const maxGroupSize = 30;

const topicKeys = 'ABCDEF';

/** The topics as given, keyed A, B, … in their order. */
export function keyTopics(
  topics: readonly { title: string; questions: readonly string[] }[],
): Result<DiscussionTopic[]> {
  if (topics.length === 0) return fail('discussion_without_topics', 'topics');
  if (topics.length > maxTopics)
    return fail('invalid_input', 'topics', { problem: 'too_big', limit: maxTopics });
  return succeed(
    topics.map((topic, index) => ({
      key: topicKeys[index] ?? String(index + 1),
      title: topic.title,
      questions: [...topic.questions],
    })),
  );
}

export interface DiscussionTimes {
  readonly signUpDeadline: string;
  readonly windowStart: string;
  readonly windowEnd: string;
  readonly summariesDue: string;
}

/**
 * now < sign-up deadline ≤ window start < window end ≤ summaries due, all
 * council-local 'YYYY-MM-DDTHH:mm' (which compare correctly as text). The
 * failure names the field that is out of order.
 */
export function checkDiscussionTimes(times: DiscussionTimes, nowLocal: string): Result<true> {
  const outOfOrder = (field: keyof DiscussionTimes) =>
    fail('discussion_times_out_of_order', field, { field, time: times[field] });
  if (times.signUpDeadline <= nowLocal) return outOfOrder('signUpDeadline');
  if (times.windowStart < times.signUpDeadline) return outOfOrder('windowStart');
  if (times.windowEnd <= times.windowStart) return outOfOrder('windowEnd');
  if (times.summariesDue < times.windowEnd) return outOfOrder('summariesDue');
  return succeed(true);
}

/** Exactly one of a number of groups in all (1–50) or a target size (2–30). */
export function sizingOf(groupCount?: number, groupSize?: number): Result<GroupSizing> {
  if (groupCount !== undefined && groupSize !== undefined)
    return fail('invalid_input', 'groupSize', { problem: 'one_of_count_or_size' });
  if (groupCount !== undefined) return succeed({ kind: 'count', groups: groupCount });
  if (groupSize !== undefined) return succeed({ kind: 'size', size: groupSize });
  return fail('invalid_input', 'groupCount', { problem: 'required' });
}

/**
 * None; one shared by every group; or one per group. With a number of
 * groups, one per group must be exactly that many; with a target size the
 * number of groups is known only when they are formed, so announcing checks.
 */
export function roomLinksOf(urls: readonly string[], sizing: GroupSizing): Result<RoomLinks> {
  if (urls.length === 0) return succeed({ kind: 'none' });
  if (urls.length === 1) return succeed({ kind: 'shared', url: urls[0]! });
  if (sizing.kind === 'count' && urls.length !== sizing.groups)
    return fail('discussion_room_links_mismatch', 'roomLinks', {
      links: urls.length,
      groups: sizing.groups,
    });
  return succeed({ kind: 'per_group', urls: [...urls] });
}

/** Whether the room links fit the groups formed: one per group when given per group. */
export function roomLinksFit(rooms: RoomLinks, groupCount: number): Result<true> {
  if (rooms.kind === 'per_group' && rooms.urls.length !== groupCount)
    return fail('discussion_room_links_mismatch', 'roomLinks', {
      links: rooms.urls.length,
      groups: groupCount,
    });
  return succeed(true);
}

/** The room link of the group at `index` in the groups' order, if any. */
export function roomLinkOf(rooms: RoomLinks, index: number): string | undefined {
  if (rooms.kind === 'shared') return rooms.url;
  if (rooms.kind === 'per_group') return rooms.urls[index];
  return undefined;
}
