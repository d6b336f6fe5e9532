import { z } from 'zod';
import { succeed, type Result } from '../../domain/errors.ts';
import type { MeetingRecord } from '../../domain/meetings/meeting-record.ts';
import { closeApproval } from '../../domain/meetings/minutes-approval.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { loadMeeting } from './load-meeting.ts';
import { meetingIdField } from './meeting-fields.ts';
import { loadManager } from './meeting-manager.ts';
import { minutesRefusal } from './send-minutes-for-approval.ts';

export const closeMinutesApprovalInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
  meetingId: meetingIdField,
  /** Check everything, change nothing: a surface asks "are you sure?" only when it would work. */
  onlyCheck: z.boolean().default(false),
});
export type CloseMinutesApprovalInput = z.input<typeof closeMinutesApprovalInput>;

/** The secretariat marks the minutes approved. It cannot be undone. */
export async function closeMinutesApproval(
  deps: Pick<
    AppDeps,
    'councils' | 'rosters' | 'meetings' | 'minutesApprovals' | 'clock' | 'notifier'
  >,
  raw: CloseMinutesApprovalInput,
): Promise<Result<MeetingRecord>> {
  const input = validate(closeMinutesApprovalInput, raw);
  if (!input.ok) return input;
  const { councilId, actorId, meetingId, onlyCheck } = input.value;
  const manager = await loadManager(deps, councilId, actorId);
  if (!manager.ok) return manager;
  const record = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!record.ok) return record;
  const closed = closeApproval(record.value.meeting);
  if (!closed.ok) return closed;
  if (onlyCheck) return succeed(record.value);
  const stored = await deps.minutesApprovals.closeApproval(
    councilId,
    meetingId,
    deps.clock.now(),
    actorId,
  );
  if (!stored.ok) return minutesRefusal(stored);
  await deps.notifier.notify({ kind: 'meeting_minutes_approved', councilId, meetingId });
  return succeed({ ...record.value, meeting: closed.value });
}

/** What the deadline job did: closed the round, or why it left it. */
export type MinutesDeadlineRun = 'closed' | 'not_sent' | 'deadline_moved' | 'gone';

/**
 * At the deadline the minutes are approved by themselves. A job for another
 * round (its deadline is not the round's), a round already closed by hand, or
 * a meeting that is gone makes it do nothing, so repeats are harmless.
 */
export async function closeMinutesAtDeadline(
  deps: Pick<AppDeps, 'meetings' | 'minutesApprovals' | 'clock' | 'notifier'>,
  councilId: string,
  meetingId: string,
  deadline: string,
): Promise<MinutesDeadlineRun> {
  const record = await deps.meetings.meeting(councilId, meetingId);
  if (record === undefined) return 'gone';
  if (record.meeting.status !== 'minutes_sent') return 'not_sent';
  const round = await deps.minutesApprovals.round(councilId, meetingId);
  if (round?.deadline !== deadline) return 'deadline_moved';
  const stored = await deps.minutesApprovals.closeApproval(
    councilId,
    meetingId,
    deps.clock.now(),
    'deadline',
  );
  if (!stored.ok) return 'not_sent';
  await deps.notifier.notify({ kind: 'meeting_minutes_approved', councilId, meetingId });
  return 'closed';
}
