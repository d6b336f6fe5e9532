import { z } from 'zod';
import { holdsSeat, substituteOf, type Member } from '../../domain/council/roster.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { hasAfbud } from '../../domain/meetings/meeting-audience.ts';
import type { MeetingRecord } from '../../domain/meetings/meeting-record.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { loadMember } from '../council/load-council.ts';
import { validate } from '../validate.ts';
import { meetingIdField } from './meeting-fields.ts';
import { loadUpcomingMeeting, type AfbudDeps } from './send-meeting-afbud.ts';

export const markComingInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
  meetingId: meetingIdField,
});
export type MarkComingInput = z.input<typeof markComingInput>;

export interface MarkedComing {
  readonly record: MeetingRecord;
  readonly member: Member;
  /** The member had sent afbud for the meeting and took it back by saying they come. */
  readonly withdrewAfbud: boolean;
}

/**
 * "I am coming": the answer the afbud deadline reminder waits for. It takes
 * back the member's afbud for the meeting; a suppleant says it only while
 * they hold the seat.
 */
export async function markComing(
  deps: AfbudDeps & Pick<AppDeps, 'notifier'>,
  raw: MarkComingInput,
): Promise<Result<MarkedComing>> {
  const input = validate(markComingInput, raw);
  if (!input.ok) return input;
  const { councilId, actorId, meetingId } = input.value;
  const meeting = await loadUpcomingMeeting(deps, councilId, meetingId);
  if (!meeting.ok) return meeting;
  const { record, now } = meeting.value;
  const member = await loadMember(deps.rosters, councilId, actorId);
  if (!member.ok) return member;
  const { role, substituteFor } = member.value;
  if (role === 'suppleant') {
    const absences = await deps.absences.absences(councilId);
    if (substituteFor === undefined || !hasAfbud(absences, substituteFor, record.meeting))
      return fail('substitute_not_called');
  } else if (!holdsSeat(member.value) && role !== 'tilforordnet') return fail('not_invited');
  const withdrewAfbud =
    role !== 'suppleant' &&
    (await deps.absences.withdrawAbsence(councilId, actorId, {
      kind: 'meeting',
      meetingId: record.meeting.id,
    }));
  await deps.meetings.markComing(councilId, record.meeting.id, actorId, now);
  if (withdrewAfbud) {
    // The seat went back: the suppleant who held it hears so at once, as when afbud is withdrawn.
    const substitute = substituteOf(await deps.rosters.roster(councilId), actorId);
    if (substitute !== undefined)
      await deps.notifier.notify({
        kind: 'meeting_seat_returned',
        councilId,
        meetingId: record.meeting.id,
        memberId: substitute.id,
        absentMemberId: actorId,
        at: now.toISOString(),
      });
  }
  return succeed({ record, member: member.value, withdrewAfbud });
}
