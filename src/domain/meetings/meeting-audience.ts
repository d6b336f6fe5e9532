import { isAbsent, type Absence, type AbsenceOccasion } from '../council/absence.ts';
import { holdsSeat, type Member } from '../council/roster.ts';
import type { Meeting } from './meeting.ts';

/**
 * Who a meeting concerns, from the roster and the afbud registered. A seat
 * holder with afbud for the meeting (or for a period that takes in its day)
 * hands the seat to their suppleant for the meeting and the hearings on its
 * agenda.
 */
export const meetingOccasion = (meeting: Pick<Meeting, 'id' | 'start'>): AbsenceOccasion => ({
  meetingId: meeting.id,
  localDate: meeting.start.slice(0, 10),
});

/** The member has sent afbud for this meeting (or is away on its day). */
export const hasAfbud = (
  absences: readonly Absence[],
  memberId: string,
  meeting: Pick<Meeting, 'id' | 'start'>,
): boolean => isAbsent(absences, memberId, meetingOccasion(meeting));

/**
 * Everyone the meeting is for: the seat holders and the tilforordnede, and
 * the suppleant of each seat holder with afbud. The secretariat runs the
 * meeting and is not invited to it.
 */
export function meetingInvitees(
  members: readonly Member[],
  absences: readonly Absence[],
  meeting: Pick<Meeting, 'id' | 'start'>,
): Member[] {
  return members.filter((member) => {
    if (holdsSeat(member) || member.role === 'tilforordnet') return true;
    return (
      member.role === 'suppleant' &&
      member.substituteFor !== undefined &&
      hasAfbud(absences, member.substituteFor, meeting)
    );
  });
}

/**
 * The invitees who have neither said they are coming nor sent afbud: those
 * the afbud deadline reminder is for.
 */
export function unansweredInvitees(
  members: readonly Member[],
  absences: readonly Absence[],
  comingMemberIds: ReadonlySet<string>,
  meeting: Pick<Meeting, 'id' | 'start'>,
): Member[] {
  return meetingInvitees(members, absences, meeting).filter(
    (member) => !comingMemberIds.has(member.id) && !hasAfbud(absences, member.id, meeting),
  );
}
