import { z } from 'zod';
import type { Council } from '../../domain/council/council.ts';
import { holdsSeat, substituteOf, type Member } from '../../domain/council/roster.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { hasAfbud, meetingInvitees } from '../../domain/meetings/meeting-audience.ts';
import { hasBegun } from '../../domain/meetings/meeting.ts';
import { localDateTimeOf, type MeetingRecord } from '../../domain/meetings/meeting-record.ts';
import type { AppDeps } from '../deps.ts';
import { loadCouncil } from '../council/load-council.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { loadMeeting } from './load-meeting.ts';
import { meetingIdField } from './meeting-fields.ts';

export const memberMeetingViewInput = z.object({
  councilId: councilIdField,
  meetingId: meetingIdField,
  memberId: memberIdField,
});
export type MemberMeetingViewInput = z.input<typeof memberMeetingViewInput>;

/** A meeting as one member stands to it: what a reminder or a seat message to them says. */
export interface MemberMeetingView {
  readonly council: Council;
  readonly record: MeetingRecord;
  readonly member: Member;
  /** The member is invited: a seat holder, a tilforordnet, or a suppleant holding a seat. */
  readonly invited: boolean;
  /** The member has sent afbud for the meeting (or is away on its day). */
  readonly hasAfbud: boolean;
  /** The member said they are coming. */
  readonly coming: boolean;
  /** For a suppleant: the member whose suppleant they are, away or not. */
  readonly seatOwner?: Member;
  /** A suppleant holding this member's seat for the meeting. */
  readonly holdsSeatOf?: Member;
  /** Who holds the member's seat when they send afbud. */
  readonly substitute?: Member;
  /** The meeting has begun (council time): afbud is no longer taken. */
  readonly begun: boolean;
  /** The member may send afbud now: a seat holder or tilforordnet, the meeting ahead and not begun. */
  readonly mayAfbud: boolean;
}

/**
 * The meeting as `memberId` stands to it now: invited or not, afbud or not,
 * whose seat a suppleant holds, and whether afbud is still taken. Read fresh
 * when a direct message is delivered, so a late one says what holds then.
 */
export async function memberMeetingView(
  deps: Pick<AppDeps, 'clock' | 'councils' | 'rosters' | 'absences' | 'meetings'>,
  raw: MemberMeetingViewInput,
): Promise<Result<MemberMeetingView>> {
  const input = validate(memberMeetingViewInput, raw);
  if (!input.ok) return input;
  const { councilId, meetingId, memberId } = input.value;
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const record = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!record.ok) return record;
  const [members, absences, coming] = await Promise.all([
    deps.rosters.roster(councilId),
    deps.absences.absences(councilId),
    deps.meetings.comingMembers(councilId, meetingId),
  ]);
  const member = members.find((candidate) => candidate.id === memberId);
  if (member === undefined) return fail('not_on_roster', 'memberId');
  const { meeting } = record.value;
  const begun = hasBegun(meeting, localDateTimeOf(deps.clock.now(), council.value.timeZone));
  const ahead = meeting.status === 'planned' || meeting.status === 'agenda_published';
  const absent = hasAfbud(absences, member.id, meeting);
  const holder =
    member.role === 'suppleant' && member.substituteFor !== undefined
      ? members.find((candidate) => candidate.id === member.substituteFor)
      : undefined;
  const holdsSeatOf =
    holder !== undefined && hasAfbud(absences, holder.id, meeting) ? holder : undefined;
  const substitute = substituteOf(members, member.id);
  return succeed({
    council: council.value,
    record: record.value,
    member,
    invited: meetingInvitees(members, absences, meeting).some((m) => m.id === member.id),
    hasAfbud: absent,
    coming: coming.has(member.id),
    ...(holder === undefined ? {} : { seatOwner: holder }),
    ...(holdsSeatOf === undefined ? {} : { holdsSeatOf }),
    ...(substitute === undefined ? {} : { substitute }),
    begun,
    // A tilforordnet is invited in their own right and may send afbud too; a suppleant never does.
    mayAfbud: ahead && !begun && (holdsSeat(member) || member.role === 'tilforordnet'),
  });
}
