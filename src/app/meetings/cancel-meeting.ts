import { z } from 'zod';
import { fail, type Result } from '../../domain/errors.ts';
import { cancel } from '../../domain/meetings/meeting.ts';
import type { MeetingRecord } from '../../domain/meetings/meeting-record.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { loadMeeting } from './load-meeting.ts';
import { meetingIdField } from './meeting-fields.ts';
import { loadManager } from './meeting-manager.ts';

export const cancelMeetingInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
  meetingId: meetingIdField,
  /** Check everything, cancel nothing: a surface asks "are you sure?" only when it would work. */
  onlyCheck: z.boolean().default(false),
});
export type CancelMeetingInput = z.input<typeof cancelMeetingInput>;

/** Cancels a meeting before it is held, recording who and when, and its reminders go. It cannot be undone. */
export async function cancelMeeting(
  deps: Pick<AppDeps, 'councils' | 'rosters' | 'meetings' | 'clock' | 'meetingScheduler'>,
  raw: CancelMeetingInput,
): Promise<Result<MeetingRecord>> {
  const input = validate(cancelMeetingInput, raw);
  if (!input.ok) return input;
  const { councilId, actorId, meetingId, onlyCheck } = input.value;
  const manager = await loadManager(deps, councilId, actorId);
  if (!manager.ok) return manager;
  const record = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!record.ok) return record;
  if (record.value.meeting.status === 'cancelled') return fail('meeting_cancelled', 'meetingId');
  const now = deps.clock.now();
  const cancelled = cancel(record.value.meeting, actorId, now);
  if (!cancelled.ok) return cancelled;
  if (onlyCheck) return { ok: true, value: record.value };
  // The store checks the status again, atomically: of two cancels at once, one wins.
  if (!(await deps.meetings.markCancelled(councilId, meetingId, now, actorId)))
    return fail('meeting_cancelled', 'meetingId');
  // Only a published meeting has reminders; a stale one that runs anyway finds it cancelled.
  if (record.value.meeting.status === 'agenda_published')
    await deps.meetingScheduler.cancelReminders(cancelled.value);
  return { ok: true, value: { ...record.value, meeting: cancelled.value } };
}
