import { z } from 'zod';
import type { Council } from '../../domain/council/council.ts';
import type { Member } from '../../domain/council/roster.ts';
import { succeed, type Result } from '../../domain/errors.ts';
import type { AttendanceSheet } from '../../domain/meetings/attendance-sheet.ts';
import {
  localDateTimeOf,
  upcomingFirst,
  type MeetingRecord,
} from '../../domain/meetings/meeting-record.ts';
import type { MinutesRound } from '../../domain/meetings/minutes-approval.ts';
import type { AppDeps } from '../deps.ts';
import { loadCouncil, loadMember } from '../council/load-council.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { participantsOf, readAttendanceSheet } from './meeting-attendance.ts';

export const nextMeetingForMemberInput = z.object({
  councilId: councilIdField,
  memberId: memberIdField,
});
export type NextMeetingForMemberInput = z.input<typeof nextMeetingForMemberInput>;

/** Where the member stands for the meeting. */
export type MemberMeetingStatus =
  | { readonly kind: 'coming' }
  | { readonly kind: 'unanswered' }
  /** They sent afbud; the suppleant (if any) holds the seat. */
  | { readonly kind: 'afbud'; readonly reason?: string; readonly substitute?: Member }
  /** A suppleant holding the seat of a member who sent afbud. */
  | { readonly kind: 'holds_seat'; readonly seatOf: Member; readonly coming: boolean }
  /** A suppleant whose member comes: the seat is the member's. */
  | { readonly kind: 'standby' }
  /** The secretariat and anyone else not invited as a participant. */
  | { readonly kind: 'not_invited' };

export interface NextMeeting {
  readonly record: MeetingRecord;
  readonly status: MemberMeetingStatus;
  /** Afbud and "coming" can still change: the meeting has not begun. */
  readonly open: boolean;
}

export interface MinutesAwaiting {
  readonly record: MeetingRecord;
  readonly round?: MinutesRound;
}

export interface NextMeetingForMember {
  readonly council: Council;
  readonly member: Member;
  /** The next meeting not cancelled and not yet held, in council time; none when nothing is planned. */
  readonly next?: NextMeeting;
  /** Minutes sent for approval that this member took part in and has not approved yet. */
  readonly minutesAwaiting: readonly MinutesAwaiting[];
}

const notHeld = new Set(['planned', 'agenda_published']);

/** What a member's "næste møde" (and their App Home) shows: the next meeting and the minutes waiting for them. */
export async function nextMeetingForMember(
  deps: Pick<
    AppDeps,
    | 'councils'
    | 'rosters'
    | 'absences'
    | 'meetings'
    | 'meetingGuests'
    | 'minutesApprovals'
    | 'clock'
  >,
  raw: NextMeetingForMemberInput,
): Promise<Result<NextMeetingForMember>> {
  const input = validate(nextMeetingForMemberInput, raw);
  if (!input.ok) return input;
  const { councilId, memberId } = input.value;
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const member = await loadMember(deps.rosters, councilId, memberId);
  if (!member.ok) return member;
  const now = localDateTimeOf(deps.clock.now(), council.value.timeZone);
  const records = await deps.meetings.meetings(councilId);
  // A meeting under way still counts as the next one until it ends.
  const record = upcomingFirst(
    records.filter((candidate) => notHeld.has(candidate.meeting.status)),
    now,
  ).find((candidate) => candidate.meeting.end > now);
  const [next, minutesAwaiting] = await Promise.all([
    record === undefined ? undefined : nextMeeting(deps, record, member.value, now),
    awaitingApproval(deps, councilId, records, member.value.id),
  ]);
  return succeed({
    council: council.value,
    member: member.value,
    ...(next === undefined ? {} : { next }),
    minutesAwaiting,
  });
}

async function nextMeeting(
  deps: Parameters<typeof readAttendanceSheet>[0],
  record: MeetingRecord,
  member: Member,
  now: string,
): Promise<NextMeeting> {
  const { sheet } = await readAttendanceSheet(deps, record);
  return { record, status: statusIn(sheet, member), open: now < record.meeting.start };
}

/** The member's line on the attendance sheet. */
export function statusIn(sheet: AttendanceSheet, member: Member): MemberMeetingStatus {
  const own = sheet.afbud.find((entry) => entry.member.id === member.id);
  if (own !== undefined)
    return {
      kind: 'afbud',
      ...(own.reason === undefined ? {} : { reason: own.reason }),
      ...(own.substitute === undefined ? {} : { substitute: own.substitute }),
    };
  const held = sheet.afbud.find((entry) => entry.substitute?.id === member.id);
  if (held !== undefined)
    return {
      kind: 'holds_seat',
      seatOf: held.member,
      coming: sheet.coming.some((other) => other.id === member.id),
    };
  if (sheet.coming.some((other) => other.id === member.id)) return { kind: 'coming' };
  if (sheet.unanswered.some((other) => other.id === member.id)) return { kind: 'unanswered' };
  return member.role === 'suppleant' ? { kind: 'standby' } : { kind: 'not_invited' };
}

async function awaitingApproval(
  deps: Pick<AppDeps, 'rosters' | 'absences' | 'meetings' | 'meetingGuests' | 'minutesApprovals'>,
  councilId: string,
  records: readonly MeetingRecord[],
  memberId: string,
): Promise<MinutesAwaiting[]> {
  const sent = records
    .filter((record) => record.meeting.status === 'minutes_sent')
    .sort((a, b) => a.meeting.start.localeCompare(b.meeting.start));
  const checked = await Promise.all(
    sent.map(async (record): Promise<MinutesAwaiting | undefined> => {
      const id = record.meeting.id;
      const [participants, approvals, round] = await Promise.all([
        participantsOf(deps, record),
        deps.minutesApprovals.approvals(councilId, id),
        deps.minutesApprovals.round(councilId, id),
      ]);
      if (!participants.some((participant) => participant.id === memberId)) return undefined;
      if (approvals.some((approval) => approval.memberId === memberId)) return undefined;
      return { record, ...(round === undefined ? {} : { round }) };
    }),
  );
  return checked.filter((entry): entry is MinutesAwaiting => entry !== undefined);
}
