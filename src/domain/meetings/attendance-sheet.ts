import { covers, type Absence } from '../council/absence.ts';
import { holdsSeat, substituteOf, type Member } from '../council/roster.ts';
import type { AgendaItem } from './agenda-item.ts';
import { formatAgendaNumber } from './agenda-number.ts';
import { addAttendee, type AttendanceGroup } from './attendance.ts';
import { meetingOccasion } from './meeting-audience.ts';
import type { Meeting } from './meeting.ts';

/**
 * Who takes part in a meeting run in Rådsbot, at any moment: built from the
 * roster, the afbud registered for the meeting, who said they are coming,
 * and the guests and presenters the secretariat added.
 */

/** Someone the secretariat adds who is not on the roster: a guest, a backing rep or a presenter. */
export interface MeetingGuest {
  readonly name: string;
  /** The organisation or group they are printed under: "FH", "Baglande repræsentanter", "STAR". */
  readonly organisation: string;
  /** "bagland", "under punkt 2.1.1". */
  readonly note?: string;
  /** Printed among the oplægsholdere, with their organisation as a note. */
  readonly presenter: boolean;
  readonly addedAt: string;
  readonly addedBy: string;
}

/** A member who sent afbud, and who holds their seat meanwhile (nobody when they have no suppleant). */
export interface AfbudEntry {
  readonly member: Member;
  readonly reason?: string;
  readonly substitute?: Member;
}

export interface AttendanceSheet {
  /** Invitees who said they are coming. */
  readonly coming: readonly Member[];
  readonly afbud: readonly AfbudEntry[];
  /** Invitees who have neither said they are coming nor sent afbud. */
  readonly unanswered: readonly Member[];
  /** "På mødet deltog:" as it stands now: everyone expected, grouped as the minutes print it. */
  readonly present: readonly AttendanceGroup[];
  /** The roster members taking part (not the secretariat): those who approve the minutes. */
  readonly participantIds: readonly string[];
}

/** The group names the minutes print, as the importer reads them back. */
export const attendanceGroupNames = {
  observers: 'Tilforordnede',
  secretariat: 'sekretariatet',
  presenters: 'Oplægsholdere',
} as const;

export interface AttendanceFacts {
  readonly meeting: Pick<Meeting, 'id' | 'start'>;
  readonly members: readonly Member[];
  readonly absences: readonly Absence[];
  readonly comingMemberIds: ReadonlySet<string>;
  readonly guests: readonly MeetingGuest[];
  readonly items: readonly AgendaItem[];
}

const sameName = (a: string, b: string): boolean =>
  a.trim().toLocaleLowerCase('da') === b.trim().toLocaleLowerCase('da');

export function buildAttendanceSheet(facts: AttendanceFacts): AttendanceSheet {
  const { members, absences, comingMemberIds, meeting } = facts;
  const occasion = meetingOccasion(meeting);
  const afbudOf = (member: Member): Absence | undefined =>
    absences.find((absence) => absence.memberId === member.id && covers(absence, occasion));

  const coming: Member[] = [];
  const afbud: AfbudEntry[] = [];
  const unanswered: Member[] = [];
  const participantIds: string[] = [];
  let organisations: AttendanceGroup[] = [];
  let observers: AttendanceGroup[] = [];
  let secretariat: AttendanceGroup[] = [];

  for (const member of members) {
    const away = afbudOf(member);
    if (member.role === 'sekretariat') {
      if (away === undefined)
        secretariat = addAttendee(secretariat, attendanceGroupNames.secretariat, {
          name: member.name,
        });
      continue;
    }
    if (!holdsSeat(member) && member.role !== 'tilforordnet') continue;
    if (away !== undefined) {
      const substitute = holdsSeat(member) ? substituteOf(members, member.id) : undefined;
      afbud.push({
        member,
        ...(away.reason === undefined ? {} : { reason: away.reason }),
        ...(substitute === undefined ? {} : { substitute }),
      });
      if (substitute !== undefined) {
        participantIds.push(substitute.id);
        organisations = addAttendee(organisations, substitute.organisation, {
          name: substitute.name,
          note: `suppleant for ${member.name}`,
        });
        (comingMemberIds.has(substitute.id) ? coming : unanswered).push(substitute);
      }
      continue;
    }
    (comingMemberIds.has(member.id) ? coming : unanswered).push(member);
    participantIds.push(member.id);
    if (member.role === 'tilforordnet')
      observers = addAttendee(observers, attendanceGroupNames.observers, {
        name: member.name,
        note: member.organisation,
      });
    else organisations = addAttendee(organisations, member.organisation, { name: member.name });
  }

  let guests: AttendanceGroup[] = [];
  let presenters: AttendanceGroup[] = [];
  for (const guest of facts.guests) {
    if (guest.presenter) {
      const note = [guest.organisation, guest.note].filter((part) => part).join('; ');
      presenters = addAttendee(presenters, attendanceGroupNames.presenters, {
        name: guest.name,
        ...(note === '' ? {} : { note }),
      });
    } else {
      // A guest under an organisation of the roster ("FH", note "bagland") joins its group.
      const person = { name: guest.name, ...(guest.note ? { note: guest.note } : {}) };
      if (organisations.some((group) => group.organisation === guest.organisation))
        organisations = addAttendee(organisations, guest.organisation, person);
      else guests = addAttendee(guests, guest.organisation, person);
    }
  }
  // The agenda's presenters who are neither on the roster nor added: at their item only.
  const listed = [...members.map((member) => member.name), ...facts.guests.map((g) => g.name)];
  for (const item of facts.items) {
    for (const name of item.presenters) {
      if (listed.some((other) => sameName(other, name))) continue;
      listed.push(name);
      presenters = addAttendee(presenters, attendanceGroupNames.presenters, {
        name,
        note: `under punkt ${formatAgendaNumber(item.number)}`,
      });
    }
  }

  return {
    coming,
    afbud,
    unanswered,
    present: [...organisations, ...observers, ...guests, ...secretariat, ...presenters],
    participantIds,
  };
}

/**
 * The roster members (not the secretariat) named in an attendance list:
 * those who took part in a meeting whose minutes were imported.
 */
export const participantsNamed = (
  members: readonly Member[],
  attendance: readonly AttendanceGroup[],
): string[] => {
  const names = attendance.flatMap((group) => group.people.map((person) => person.name));
  return members
    .filter(
      (member) =>
        member.role !== 'sekretariat' && names.some((name) => sameName(name, member.name)),
    )
    .map((member) => member.id);
};
