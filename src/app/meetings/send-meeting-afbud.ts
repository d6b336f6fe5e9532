import { z } from 'zod';
import type { Absence } from '../../domain/council/absence.ts';
import type { Council } from '../../domain/council/council.ts';
import { mayManageHearings, substituteOf, type Member } from '../../domain/council/roster.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { hasBegun } from '../../domain/meetings/meeting.ts';
import { localDateTimeOf, type MeetingRecord } from '../../domain/meetings/meeting-record.ts';
import type { AppDeps } from '../deps.ts';
import { loadCouncil, loadMember } from '../council/load-council.ts';
import { councilIdField, memberIdField, reasonField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { loadMeeting } from './load-meeting.ts';
import { meetingIdField } from './meeting-fields.ts';

export type AfbudDeps = Pick<AppDeps, 'clock' | 'councils' | 'rosters' | 'absences' | 'meetings'>;

export const meetingAfbudInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
  meetingId: meetingIdField,
  /** The secretariat registers the afbud of this member (who phoned or mailed). */
  onBehalfOf: memberIdField.optional(),
});

/** What an afbud for a meeting is about: the council, the meeting, the member and their suppleant. */
export interface AfbudContext {
  readonly council: Council;
  readonly record: MeetingRecord;
  readonly member: Member;
  readonly substitute?: Member;
  readonly now: Date;
  /** Council-local 'YYYY-MM-DDTHH:mm'. */
  readonly localNow: string;
}

/** The council and a meeting that has not begun yet, with "now" in council time. */
export async function loadUpcomingMeeting(
  deps: Pick<AppDeps, 'clock' | 'councils' | 'meetings'>,
  councilId: string,
  meetingId: string,
): Promise<Result<Pick<AfbudContext, 'council' | 'record' | 'now' | 'localNow'>>> {
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const record = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!record.ok) return record;
  const { status } = record.value.meeting;
  if (status === 'cancelled') return fail('meeting_cancelled', 'meetingId');
  const now = deps.clock.now();
  const localNow = localDateTimeOf(now, council.value.timeZone);
  const ahead = status === 'planned' || status === 'agenda_published';
  if (!ahead || hasBegun(record.value.meeting, localNow)) return fail('meeting_already_begun');
  return succeed({ council: council.value, record: record.value, now, localNow });
}

/**
 * Checks everything an afbud (or taking it back) needs: the member is on the
 * roster and not a suppleant, the actor may speak for them, and the meeting
 * is neither cancelled nor begun.
 */
export async function loadAfbudContext(
  deps: AfbudDeps,
  input: z.output<typeof meetingAfbudInput>,
): Promise<Result<AfbudContext>> {
  const { councilId, actorId, meetingId, onBehalfOf } = input;
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const actor = await loadMember(deps.rosters, councilId, actorId);
  if (!actor.ok) return actor;
  const memberId = onBehalfOf ?? actorId;
  if (memberId !== actorId && !mayManageHearings(actor.value))
    return fail('not_allowed_to_manage_meetings', 'onBehalfOf');
  const roster = await deps.rosters.roster(councilId);
  const member = roster.find((candidate) => candidate.id === memberId);
  if (member === undefined) return fail('not_on_roster', 'onBehalfOf');
  // A suppleant only comes when their member is away; their "afbud" would hand the seat to nobody.
  if (member.role === 'suppleant') return fail('afbud_by_substitute');
  const meeting = await loadUpcomingMeeting(deps, councilId, meetingId);
  if (!meeting.ok) return meeting;
  const substitute = substituteOf(roster, member.id);
  return succeed({ ...meeting.value, member, ...(substitute === undefined ? {} : { substitute }) });
}

export const sendMeetingAfbudInput = meetingAfbudInput.extend({ reason: reasonField.optional() });
export type SendMeetingAfbudInput = z.input<typeof sendMeetingAfbudInput>;

export interface SentMeetingAfbud extends AfbudContext {
  readonly absence: Absence;
  /** False when the member had already sent afbud for the meeting: nothing new was stored. */
  readonly added: boolean;
  /** The afbud deadline had passed: the secretariat should hear it by phone or mail too. */
  readonly afterDeadline: boolean;
}

/**
 * Afbud for a meeting: the member will not come, and their suppleant holds
 * the seat in the meeting and in the hearings on its agenda. Taken until the
 * meeting begins, also after the afbud deadline; a repeat changes nothing.
 */
export async function sendMeetingAfbud(
  deps: AfbudDeps & Pick<AppDeps, 'notifier' | 'afbudFollowers'>,
  raw: SendMeetingAfbudInput,
): Promise<Result<SentMeetingAfbud>> {
  const input = validate(sendMeetingAfbudInput, raw);
  if (!input.ok) return input;
  const context = await loadAfbudContext(deps, input.value);
  if (!context.ok) return context;
  const { council, record, member, now, localNow } = context.value;
  const reason = input.value.reason;
  const absence: Absence = {
    memberId: member.id,
    scope: { kind: 'meeting', meetingId: record.meeting.id },
    registeredAt: now.toISOString(),
    ...(reason === undefined || reason === '' ? {} : { reason }),
  };
  const added = await deps.absences.addAbsenceOnce(council.id, absence);
  const { substitute } = context.value;
  // Queued in the same step as the afbud is stored: the suppleant hears at once that the seat
  // is theirs. A repeat queues it again under the stored afbud's time, so a notice lost to a
  // crash right after the store is sent then, and one already queued is the same job.
  if (substitute !== undefined) {
    const stored = added ? absence : await storedMeetingAfbud(deps, council.id, member.id, record);
    await deps.notifier.notify({
      kind: 'meeting_seat_substituted',
      councilId: council.id,
      meetingId: record.meeting.id,
      memberId: substitute.id,
      absentMemberId: member.id,
      at: (stored ?? absence).registeredAt,
    });
  }
  // Afbud answers the meeting's question too: the member is no longer coming.
  await deps.meetings.unmarkComing(council.id, record.meeting.id, member.id);
  await deps.afbudFollowers?.tell({
    councilId: council.id,
    meetingId: record.meeting.id,
    memberId: member.id,
    change: 'sent',
  });
  const deadline = record.meeting.afbudDeadline;
  return succeed({
    ...context.value,
    absence,
    added,
    afterDeadline: deadline !== undefined && localNow > deadline,
  });
}

/** The member's afbud for this meeting as stored (the first one sent). */
async function storedMeetingAfbud(
  deps: Pick<AppDeps, 'absences'>,
  councilId: string,
  memberId: string,
  record: MeetingRecord,
): Promise<Absence | undefined> {
  const absences = await deps.absences.absences(councilId);
  return absences.find(
    (candidate) =>
      candidate.memberId === memberId &&
      candidate.scope.kind === 'meeting' &&
      candidate.scope.meetingId === record.meeting.id,
  );
}
