import { z } from 'zod';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { skippedMeetingTime } from '../../domain/meetings/meeting-time.ts';
import type { MeetingRecord } from '../../domain/meetings/meeting-record.ts';
import type { PlannedMeetingReminder } from '../../domain/meetings/meeting-reminder-plan.ts';
import { movedTimes, moveMeetingTimes } from '../../domain/meetings/meeting-move.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { refusedRewrite } from './refused-rewrite.ts';
import { loadMeeting } from './load-meeting.ts';
import { localDateTimeField, meetingIdField } from './meeting-fields.ts';
import { loadManager } from './meeting-manager.ts';
import { scheduleMeetingReminders } from './schedule-meeting-reminders.ts';

/** 'HH:mm' on the start's day, or a whole council-local 'YYYY-MM-DDTHH:mm'. */
const endField = z.union([
  z
    .string()
    .trim()
    .regex(/^([01]?\d|2[0-3]):[0-5]\d$/, { error: 'invalid_date_time' }),
  localDateTimeField,
]);

export const moveMeetingInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
  meetingId: meetingIdField,
  /** Council-local 'YYYY-MM-DDTHH:mm'; alone, the meeting keeps its length. */
  start: localDateTimeField.optional(),
  end: endField.optional(),
  afbudDeadline: localDateTimeField.optional(),
});
export type MoveMeetingInput = z.input<typeof moveMeetingInput>;

export interface MovedMeeting {
  readonly record: MeetingRecord;
  readonly reminders: readonly PlannedMeetingReminder[];
}

/**
 * The secretariat or the chair group moves a meeting before it is held; its
 * reminders move with it and the invitation's revision goes up.
 */
export async function moveMeeting(
  deps: Pick<AppDeps, 'councils' | 'rosters' | 'meetings' | 'clock' | 'meetingScheduler'>,
  raw: MoveMeetingInput,
): Promise<Result<MovedMeeting>> {
  const input = validate(moveMeetingInput, raw);
  if (!input.ok) return input;
  const { councilId, actorId, meetingId, ...asked } = input.value;
  if (asked.start === undefined && asked.end === undefined && asked.afbudDeadline === undefined)
    return fail('meeting_nothing_to_move', 'start');
  const manager = await loadManager(deps, councilId, actorId);
  if (!manager.ok) return manager;
  const record = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!record.ok) return record;
  const times = movedTimes(record.value.meeting, asked);
  const moved = moveMeetingTimes(record.value.meeting, times);
  if (!moved.ok) return moved;
  const skipped = skippedMeetingTime(times, manager.value.council.timeZone);
  if (skipped !== undefined)
    return fail('meeting_time_skipped', skipped.field, { time: skipped.time });
  const updated = { ...record.value, meeting: moved.value };
  // The store refuses a meeting cancelled, or whose status changed, since it was read.
  if (!(await deps.meetings.saveMeeting(updated, record.value.meeting.status)))
    return refusedRewrite(deps.meetings, councilId, meetingId);
  const reminders = await scheduleMeetingReminders(
    deps,
    moved.value,
    manager.value.council.timeZone,
  );
  return succeed({ record: updated, reminders });
}
