import type { Member } from '../council/roster.ts';
import { fail, succeed, type Result } from '../errors.ts';
import { hasBegun, isLocalDateTime, moveTo, type Meeting } from './meeting.ts';

/**
 * Approving the minutes (godkendelse af referatet): once the meeting has
 * begun the secretariat sends the minutes with a deadline; each member who
 * took part approves once, perhaps with a remark; the secretariat then marks
 * them approved, for good.
 */

/** The round of approval a meeting's minutes are in. Times are ISO instants; the deadline is council-local. */
export interface MinutesRound {
  readonly sentAt: string;
  readonly sentBy: string;
  /** Council-local 'YYYY-MM-DDTHH:mm'. */
  readonly deadline: string;
  readonly closedAt?: string;
  readonly closedBy?: string;
}

export interface MinutesApproval {
  readonly memberId: string;
  readonly approvedAt: string;
  /** A remark to the minutes ("Pkt. 2.1: mit indlæg var om voksenlærlinge"). */
  readonly comment?: string;
}

/**
 * The meeting with its minutes sent for approval, by way of "held" when it
 * was still planned or had its agenda published. `now` is council-local.
 */
export function sendForApproval(meeting: Meeting, now: string, deadline: string): Result<Meeting> {
  if (meeting.status === 'cancelled') return fail('meeting_cancelled', 'meetingId');
  if (meeting.status === 'minutes_sent') return fail('minutes_already_sent');
  if (meeting.status === 'minutes_approved') return fail('minutes_already_approved');
  if (!hasBegun(meeting, now)) return fail('meeting_not_begun');
  if (!isLocalDateTime(deadline) || deadline <= now)
    return fail('minutes_deadline_invalid', 'deadline');
  const held = meeting.status === 'held' ? succeed(meeting) : moveTo(meeting, 'held');
  return held.ok ? moveTo(held.value, 'minutes_sent') : held;
}

/** May this member approve the minutes now? Only while they are out, and only who took part. */
export function mayApprove(
  meeting: Pick<Meeting, 'status'>,
  participantIds: readonly string[],
  memberId: string,
): Result<true> {
  if (meeting.status === 'minutes_approved') return fail('minutes_already_approved');
  if (meeting.status !== 'minutes_sent') return fail('minutes_not_sent');
  if (!participantIds.includes(memberId)) return fail('not_a_participant');
  return succeed(true);
}

/** The meeting with its minutes approved: only from "sent for approval". */
export function closeApproval(meeting: Meeting): Result<Meeting> {
  if (meeting.status === 'minutes_approved') return fail('minutes_already_approved');
  if (meeting.status !== 'minutes_sent') return fail('minutes_not_sent');
  return moveTo(meeting, 'minutes_approved');
}

export interface ApprovalStatus {
  readonly approved: ReadonlyArray<{ readonly member: Member; readonly approval: MinutesApproval }>;
  readonly waiting: readonly Member[];
}

/** Who has approved (in the order they did) and who has not yet, among those who took part. */
export function approvalStatus(
  participants: readonly Member[],
  approvals: readonly MinutesApproval[],
): ApprovalStatus {
  const byMember = new Map(approvals.map((approval) => [approval.memberId, approval]));
  const approved = participants
    .filter((member) => byMember.has(member.id))
    .map((member) => ({ member, approval: byMember.get(member.id)! }))
    .sort((a, b) => a.approval.approvedAt.localeCompare(b.approval.approvedAt));
  return { approved, waiting: participants.filter((member) => !byMember.has(member.id)) };
}
