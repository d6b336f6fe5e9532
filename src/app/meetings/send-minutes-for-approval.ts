import { z } from 'zod';
import { fail, succeed, type Failure, type Result } from '../../domain/errors.ts';
import type { MeetingStatus } from '../../domain/meetings/meeting.ts';
import { instantOfMeetingTime } from '../../domain/meetings/meeting-time.ts';
import { localDateTimeOf, type MeetingRecord } from '../../domain/meetings/meeting-record.ts';
import { sendForApproval, type MinutesRound } from '../../domain/meetings/minutes-approval.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, localTimeField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { loadMeeting } from './load-meeting.ts';
import { localDateTimeField, meetingIdField } from './meeting-fields.ts';
import { loadManager } from './meeting-manager.ts';
import type { MinutesRefusal } from './ports.ts';
import { participantsOf, withBuiltAttendance } from './meeting-attendance.ts';
import { refusedRewrite } from './refused-rewrite.ts';
import type { Member } from '../../domain/council/roster.ts';

export const sendMinutesForApprovalInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
  meetingId: meetingIdField,
  /** Council-local 'YYYY-MM-DDTHH:mm': when the approval round ends. */
  deadline: localDateTimeField,
  /** When the meeting ended, 'HH:mm' (also 'HH.mm'): the referat's "Mødet sluttede kl. …". */
  endedAt: localTimeField.optional(),
});
export type SendMinutesForApprovalInput = z.input<typeof sendMinutesForApprovalInput>;

/** A store's refusal as the failure the status explains: another secretary got there first. */
export function minutesRefusal(refusal: MinutesRefusal): Failure {
  const status = refusal.status as MeetingStatus | undefined;
  if (status === undefined) return fail('meeting_not_found', 'meetingId');
  if (status === 'cancelled') return fail('meeting_cancelled', 'meetingId');
  if (status === 'minutes_sent') return fail('minutes_already_sent');
  if (status === 'minutes_approved') return fail('minutes_already_approved');
  return fail('minutes_not_sent');
}

/**
 * The secretariat sends the minutes to the members who took part, with a
 * deadline, once the meeting has begun: the meeting is then held and its
 * minutes out for approval. The council's channel gets the summary, and a
 * job marks the minutes approved at the deadline.
 */
export async function sendMinutesForApproval(
  deps: Pick<
    AppDeps,
    | 'councils'
    | 'rosters'
    | 'absences'
    | 'meetings'
    | 'meetingGuests'
    | 'minutesApprovals'
    | 'clock'
    | 'notifier'
    | 'meetingScheduler'
  >,
  raw: SendMinutesForApprovalInput,
): Promise<Result<{ record: MeetingRecord; round: MinutesRound; participants: Member[] }>> {
  const input = validate(sendMinutesForApprovalInput, raw);
  if (!input.ok) return input;
  const { councilId, actorId, meetingId, deadline } = input.value;
  const manager = await loadManager(deps, councilId, actorId);
  if (!manager.ok) return manager;
  const record = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!record.ok) return record;
  const now = deps.clock.now();
  const sent = sendForApproval(
    record.value.meeting,
    localDateTimeOf(now, manager.value.council.timeZone),
    deadline,
  );
  if (!sent.ok) return sent;
  // The referat sent for approval is the one approved: its attendance is kept
  // as it stands now, never rebuilt later from a roster that has changed.
  const built = await withBuiltAttendance(deps, record.value);
  const endedAt = input.value.endedAt?.replace('.', ':').padStart(5, '0');
  if (
    endedAt !== undefined &&
    `${built.meeting.start.slice(0, 10)}T${endedAt}` <= built.meeting.start
  )
    return fail('meeting_ended_before_start', 'endedAt');
  const frozen =
    endedAt === undefined ? built : { ...built, meeting: { ...built.meeting, endedAt } };
  if (
    frozen !== record.value &&
    !(await deps.meetings.saveMeeting(frozen, record.value.meeting.status))
  )
    return refusedRewrite(deps.meetings, councilId, meetingId);
  const round: MinutesRound = { sentAt: now.toISOString(), sentBy: actorId, deadline };
  const stored = await deps.minutesApprovals.sendForApproval(councilId, meetingId, round);
  if (!stored.ok) return minutesRefusal(stored);
  // The council is told (the summary in its channel), and the round closes by itself at the deadline.
  await deps.notifier.notify({ kind: 'meeting_minutes_sent', councilId, meetingId });
  await deps.meetingScheduler.scheduleMinutesDeadline(
    councilId,
    meetingId,
    deadline,
    instantOfMeetingTime(deadline, manager.value.council.timeZone),
  );
  const participants = await participantsOf(deps, frozen);
  return succeed({ record: { ...frozen, meeting: sent.value }, round, participants });
}
