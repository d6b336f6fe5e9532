import { z } from 'zod';
import type { Member } from '../../domain/council/roster.ts';
import { succeed, type Result } from '../../domain/errors.ts';
import type { MeetingRecord } from '../../domain/meetings/meeting-record.ts';
import {
  approvalStatus,
  mayApprove,
  type ApprovalStatus,
  type MinutesApproval,
  type MinutesRound,
} from '../../domain/meetings/minutes-approval.ts';
import type { AppDeps } from '../deps.ts';
import { loadCouncil, loadMember } from '../council/load-council.ts';
import { councilIdField, memberIdField, reasonField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { loadMeeting } from './load-meeting.ts';
import { participantsOf } from './meeting-attendance.ts';
import { meetingIdField } from './meeting-fields.ts';
import { minutesRefusal } from './send-minutes-for-approval.ts';

type ApprovalDeps = Pick<
  AppDeps,
  'councils' | 'rosters' | 'absences' | 'meetings' | 'meetingGuests' | 'minutesApprovals' | 'clock'
>;

export const approveMinutesInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
  meetingId: meetingIdField,
  /** A remark to the minutes. */
  comment: reasonField.optional(),
});
export type ApproveMinutesInput = z.input<typeof approveMinutesInput>;

export interface ApprovedMinutes {
  readonly record: MeetingRecord;
  readonly member: Member;
  /** The approval that counts: the first one. */
  readonly approval: MinutesApproval;
  /** False for a repeat: the first approval (and its remark) stays. */
  readonly added: boolean;
}

/** A member who took part approves the minutes, once, with an optional remark. */
export async function approveMinutes(
  deps: ApprovalDeps & Pick<AppDeps, 'notifier'>,
  raw: ApproveMinutesInput,
): Promise<Result<ApprovedMinutes>> {
  const input = validate(approveMinutesInput, raw);
  if (!input.ok) return input;
  const { councilId, actorId, meetingId, comment } = input.value;
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const member = await loadMember(deps.rosters, councilId, actorId);
  if (!member.ok) return member;
  const record = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!record.ok) return record;
  const participants = await participantsOf(deps, record.value);
  const allowed = mayApprove(
    record.value.meeting,
    participants.map((participant) => participant.id),
    actorId,
  );
  if (!allowed.ok) return allowed;
  const approval: MinutesApproval = {
    memberId: actorId,
    approvedAt: deps.clock.now().toISOString(),
    ...(comment === undefined || comment === '' ? {} : { comment }),
  };
  const stored = await deps.minutesApprovals.approve(councilId, meetingId, approval);
  if (!stored.ok) return minutesRefusal(stored);
  // The summary in the channel counts the approvals: it is brought up to date.
  if (stored.added)
    await deps.notifier.notify({ kind: 'meeting_minutes_changed', councilId, meetingId });
  const first = stored.added
    ? approval
    : ((await deps.minutesApprovals.approvals(councilId, meetingId)).find(
        (earlier) => earlier.memberId === actorId,
      ) ?? approval);
  return succeed({
    record: record.value,
    member: member.value,
    approval: first,
    added: stored.added,
  });
}

export const minutesApprovalStatusInput = z.object({
  councilId: councilIdField,
  meetingId: meetingIdField,
});
export type MinutesApprovalStatusInput = z.input<typeof minutesApprovalStatusInput>;

export interface MinutesApprovalView extends ApprovalStatus {
  readonly record: MeetingRecord;
  readonly round?: MinutesRound;
}

/** For the secretary: the round, who has approved (with their remarks) and who has not. */
export async function minutesApprovalStatus(
  deps: ApprovalDeps,
  raw: MinutesApprovalStatusInput,
): Promise<Result<MinutesApprovalView>> {
  const input = validate(minutesApprovalStatusInput, raw);
  if (!input.ok) return input;
  const { councilId, meetingId } = input.value;
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const record = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!record.ok) return record;
  const [participants, round, approvals] = await Promise.all([
    participantsOf(deps, record.value),
    deps.minutesApprovals.round(councilId, meetingId),
    deps.minutesApprovals.approvals(councilId, meetingId),
  ]);
  return succeed({
    record: record.value,
    ...(round === undefined ? {} : { round }),
    ...approvalStatus(participants, approvals),
  });
}
