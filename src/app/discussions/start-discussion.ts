import { z } from 'zod';
import {
  checkDiscussionTimes,
  keyTopics,
  roomLinksOf,
  sizingOf,
} from '../../domain/discussions/discussion-setup.ts';
import { localTimeOf } from '../../domain/discussions/discussion-time.ts';
import type { Discussion } from '../../domain/discussions/discussion.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { itemNumbered, loadMeeting } from '../meetings/index.ts';
import { validate } from '../validate.ts';
import type { StartDiscussionInput } from './discussion-types.ts';
import {
  discussionTimeField,
  discussionTitleField,
  groupCountField,
  groupSizeField,
  itemNumberField,
  meetingRefField,
  roomLinksField,
  topicsField,
} from './discussion-fields.ts';
import { inviteSuppleants } from './follow-afbud.ts';
import { loadDiscussionManager } from './load-discussion.ts';
import { scheduleSignUpJobs } from './schedule-discussion-jobs.ts';

const startDiscussionInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
  title: discussionTitleField,
  meetingId: meetingRefField.optional(),
  itemNumber: itemNumberField.optional(),
  topics: topicsField,
  groupCount: groupCountField.optional(),
  groupSize: groupSizeField.optional(),
  signUpDeadline: discussionTimeField,
  windowStart: discussionTimeField,
  windowEnd: discussionTimeField,
  summariesDue: discussionTimeField,
  roomLinks: roomLinksField.default([]),
});

/** The secretariat or the chair group sets a discussion up, on its own or from a D item. */
export async function startDiscussion(
  deps: Pick<
    AppDeps,
    | 'councils'
    | 'rosters'
    | 'absences'
    | 'meetings'
    | 'discussions'
    | 'discussionScheduler'
    | 'notifier'
    | 'ids'
    | 'clock'
  >,
  raw: StartDiscussionInput,
): Promise<Result<Discussion>> {
  const input = validate(startDiscussionInput, raw);
  if (!input.ok) return input;
  const value = input.value;
  const manager = await loadDiscussionManager(deps, value.councilId, value.actorId);
  if (!manager.ok) return manager;
  const onItem = await checkDiscussionItem(deps, value.councilId, value);
  if (!onItem.ok) return onItem;
  const topics = keyTopics(value.topics);
  if (!topics.ok) return topics;
  const { timeZone } = manager.value.council;
  const now = deps.clock.now();
  const times = checkDiscussionTimes(value, localTimeOf(now, timeZone));
  if (!times.ok) return times;
  const sizing = sizingOf(value.groupCount, value.groupSize);
  if (!sizing.ok) return sizing;
  const rooms = roomLinksOf(value.roomLinks, sizing.value);
  if (!rooms.ok) return rooms;

  const discussion: Discussion = {
    id: deps.ids.newId('d'),
    councilId: value.councilId,
    title: value.title,
    ...(value.meetingId === undefined ? {} : { meetingId: value.meetingId }),
    ...(value.itemNumber === undefined ? {} : { itemNumber: value.itemNumber }),
    topics: topics.value,
    sizing: sizing.value,
    signUpDeadline: value.signUpDeadline,
    windowStart: value.windowStart,
    windowEnd: value.windowEnd,
    summariesDue: value.summariesDue,
    rooms: rooms.value,
    status: 'sign_up',
    createdBy: value.actorId,
    createdAt: now.toISOString(),
    sequence: 1,
  };
  await deps.discussions.saveDiscussion(discussion);
  await scheduleSignUpJobs(deps, discussion, timeZone);
  if (discussion.meetingId !== undefined) await inviteSuppleants(deps, discussion);
  await deps.notifier.notify({
    kind: 'discussion_changed',
    councilId: discussion.councilId,
    discussionId: discussion.id,
  });
  return succeed(discussion);
}

/**
 * A discussion on an agenda item: the meeting and the item must exist, the
 * item must be one the council discusses (kind D), and it must not have one
 * already (a cancelled one aside).
 */
export async function checkDiscussionItem(
  deps: Pick<AppDeps, 'meetings' | 'discussions'>,
  councilId: string,
  input: { meetingId?: string | undefined; itemNumber?: string | undefined },
): Promise<Result<true>> {
  if (input.meetingId === undefined && input.itemNumber === undefined) return succeed(true);
  if (input.meetingId === undefined)
    return fail('invalid_input', 'meetingId', { problem: 'required' });
  if (input.itemNumber === undefined)
    return fail('invalid_input', 'itemNumber', { problem: 'required' });
  const meeting = await loadMeeting(deps.meetings, councilId, input.meetingId);
  if (!meeting.ok) return meeting;
  if (meeting.value.meeting.status === 'cancelled') return fail('meeting_cancelled', 'meetingId');
  const item = itemNumbered(meeting.value, input.itemNumber);
  if (item === undefined)
    return fail('agenda_item_not_on_meeting', 'itemNumber', {
      item: input.itemNumber,
      title: meeting.value.meeting.title,
    });
  if (!item.kinds.includes('D'))
    return fail('discussion_item_not_discussion', 'itemNumber', { item: input.itemNumber });
  // One discussion per item: a second "Start gruppedrøftelse" would split the sign-ups.
  const existing = (await deps.discussions.discussions(councilId)).find(
    (discussion) =>
      discussion.meetingId === input.meetingId &&
      discussion.itemNumber === input.itemNumber &&
      discussion.status !== 'cancelled',
  );
  if (existing !== undefined)
    return fail('discussion_already_on_item', 'itemNumber', {
      item: input.itemNumber,
      title: existing.title,
      status: existing.status,
    });
  return succeed(true);
}
