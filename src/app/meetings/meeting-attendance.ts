import { z } from 'zod';
import type { Council } from '../../domain/council/council.ts';
import type { Member } from '../../domain/council/roster.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import {
  buildAttendanceSheet,
  participantsNamed,
  type AttendanceSheet,
  type MeetingGuest,
} from '../../domain/meetings/attendance-sheet.ts';
import { hasBegun } from '../../domain/meetings/meeting.ts';
import { localDateTimeOf, type MeetingRecord } from '../../domain/meetings/meeting-record.ts';
import type { AppDeps } from '../deps.ts';
import { loadCouncil } from '../council/load-council.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { loadMeeting } from './load-meeting.ts';
import { meetingIdField } from './meeting-fields.ts';
import { loadManager } from './meeting-manager.ts';

type AttendanceDeps = Pick<AppDeps, 'rosters' | 'absences' | 'meetings' | 'meetingGuests'>;

/** The attendance sheet of a stored meeting as it stands: roster, afbud, "coming", guests. */
export async function readAttendanceSheet(
  deps: AttendanceDeps,
  record: MeetingRecord,
): Promise<{ sheet: AttendanceSheet; members: Member[]; guests: MeetingGuest[] }> {
  const { councilId, id } = record.meeting;
  const [members, absences, coming, guests] = await Promise.all([
    deps.rosters.roster(councilId),
    deps.absences.absences(councilId),
    deps.meetings.comingMembers(councilId, id),
    deps.meetingGuests.guests(councilId, id),
  ]);
  const sheet = buildAttendanceSheet({
    meeting: record.meeting,
    members,
    absences,
    comingMemberIds: new Set(coming.keys()),
    guests,
    items: record.items,
  });
  return { sheet, members, guests };
}

/** Imported minutes bring their own "På mødet deltog:"; a meeting run in Rådsbot has none. */
const hasImportedAttendance = (record: MeetingRecord): boolean => record.attendance.length > 0;

/**
 * The roster members who took part: those named in imported minutes, or
 * (for a meeting run in Rådsbot) those the roster and the afbud give.
 */
export async function participantsOf(
  deps: AttendanceDeps,
  record: MeetingRecord,
): Promise<Member[]> {
  if (hasImportedAttendance(record)) {
    const members = await deps.rosters.roster(record.meeting.councilId);
    const ids = participantsNamed(members, record.attendance);
    return members.filter((member) => ids.includes(member.id));
  }
  const { sheet, members } = await readAttendanceSheet(deps, record);
  return sheet.participantIds
    .map((id) => members.find((member) => member.id === id))
    .filter((member): member is Member => member !== undefined);
}

/**
 * The record as the referat prints it: a meeting run in Rådsbot that has
 * begun gets the attendance built from the roster, the afbud and the guests;
 * imported minutes keep theirs, and a meeting still ahead shows none.
 */
export async function withBuiltAttendance(
  deps: AttendanceDeps & Pick<AppDeps, 'councils' | 'clock'>,
  record: MeetingRecord,
): Promise<MeetingRecord> {
  if (hasImportedAttendance(record) || record.meeting.status === 'cancelled') return record;
  const council = await deps.councils.council(record.meeting.councilId);
  if (council === undefined) return record;
  if (!hasBegun(record.meeting, localDateTimeOf(deps.clock.now(), council.timeZone))) return record;
  const { sheet } = await readAttendanceSheet(deps, record);
  return { ...record, attendance: sheet.present };
}

export const meetingAttendanceInput = z.object({
  councilId: councilIdField,
  meetingId: meetingIdField,
});
export type MeetingAttendanceInput = z.input<typeof meetingAttendanceInput>;

export interface MeetingAttendance {
  readonly council: Council;
  readonly record: MeetingRecord;
  readonly sheet: AttendanceSheet;
  readonly guests: readonly MeetingGuest[];
}

/** Who comes, who sent afbud and which suppleant holds which seat, and "På mødet deltog:" as it stands. */
export async function meetingAttendance(
  deps: AttendanceDeps & Pick<AppDeps, 'councils'>,
  raw: MeetingAttendanceInput,
): Promise<Result<MeetingAttendance>> {
  const input = validate(meetingAttendanceInput, raw);
  if (!input.ok) return input;
  const council = await loadCouncil(deps.councils, input.value.councilId);
  if (!council.ok) return council;
  const record = await loadMeeting(deps.meetings, council.value.id, input.value.meetingId);
  if (!record.ok) return record;
  const { sheet, guests } = await readAttendanceSheet(deps, record.value);
  return succeed({ council: council.value, record: record.value, sheet, guests });
}

const nameField = z.string().trim().min(1).max(150);

export const addMeetingGuestInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
  meetingId: meetingIdField,
  guestName: nameField,
  organisation: nameField,
  note: z.string().trim().max(300).optional(),
  presenter: z.boolean().default(false),
});
export type AddMeetingGuestInput = z.input<typeof addMeetingGuestInput>;

/**
 * The secretariat adds a guest or presenter who is not on the roster (a
 * second time with the same name replaces the first).
 */
export async function addMeetingGuest(
  deps: AttendanceDeps & Pick<AppDeps, 'councils' | 'clock'>,
  raw: AddMeetingGuestInput,
): Promise<Result<{ guest: MeetingGuest; added: boolean; record: MeetingRecord }>> {
  const input = validate(addMeetingGuestInput, raw);
  if (!input.ok) return input;
  const { councilId, actorId, meetingId, guestName, organisation, note, presenter } = input.value;
  const manager = await loadManager(deps, councilId, actorId);
  if (!manager.ok) return manager;
  const record = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!record.ok) return record;
  if (record.value.meeting.status === 'cancelled') return fail('meeting_cancelled', 'meetingId');
  const guest: MeetingGuest = {
    name: guestName,
    organisation,
    ...(note === undefined || note === '' ? {} : { note }),
    presenter,
    addedAt: deps.clock.now().toISOString(),
    addedBy: actorId,
  };
  const added = await deps.meetingGuests.addGuest(councilId, meetingId, guest);
  return succeed({ guest, added, record: record.value });
}

export const removeMeetingGuestInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
  meetingId: meetingIdField,
  guestName: nameField,
});
export type RemoveMeetingGuestInput = z.input<typeof removeMeetingGuestInput>;

/** The secretariat takes a guest or presenter off the meeting again. */
export async function removeMeetingGuest(
  deps: AttendanceDeps & Pick<AppDeps, 'councils'>,
  raw: RemoveMeetingGuestInput,
): Promise<Result<{ name: string; record: MeetingRecord }>> {
  const input = validate(removeMeetingGuestInput, raw);
  if (!input.ok) return input;
  const { councilId, actorId, meetingId, guestName } = input.value;
  const manager = await loadManager(deps, councilId, actorId);
  if (!manager.ok) return manager;
  const record = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!record.ok) return record;
  if (!(await deps.meetingGuests.removeGuest(councilId, meetingId, guestName)))
    return fail('guest_not_found', undefined);
  return succeed({ name: guestName, record: record.value });
}
