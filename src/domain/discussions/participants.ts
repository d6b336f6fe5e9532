import { covers, type Absence, type AbsenceOccasion } from '../council/absence.ts';
import { holdsSeat, substituteOf, type Member } from '../council/roster.ts';
import type { Discussion } from './discussion.ts';

/**
 * Who takes part in a group discussion. The seat holders (formand,
 * næstformand, medlem) and the tilforordnede: they sit at the council's
 * table and take part in its discussions, though without a vote, and a
 * discussion is talk, not a vote. Not the secretariat: it runs the
 * discussion. A suppleant takes part only in place of a seat holder with
 * afbud, as at the meeting itself (src/domain/meetings/attendance-sheet.ts).
 */
export interface DiscussionPerson {
  readonly memberId: string;
  readonly name: string;
  readonly organisation: string;
  /** A suppleant's: the absent member whose seat they hold. */
  readonly forMemberId?: string;
}

export interface DiscussionRoll {
  /** In roster order, each suppleant where the member they stand in for would be. */
  readonly participants: readonly DiscussionPerson[];
  /** Members who would take part but sent afbud. */
  readonly afbudIds: readonly string[];
}

/**
 * The afbud that count: for the meeting the discussion belongs to (and a
 * period that takes in its day); on its own, a period that takes in the
 * window's first day.
 */
export const discussionOccasion = (
  discussion: Pick<Discussion, 'meetingId' | 'windowStart'>,
  meetingStart?: string,
): AbsenceOccasion => ({
  ...(discussion.meetingId === undefined ? {} : { meetingId: discussion.meetingId }),
  localDate: (meetingStart ?? discussion.windowStart).slice(0, 10),
});

const takesPart = (member: Member): boolean => holdsSeat(member) || member.role === 'tilforordnet';

export function discussionRoll(
  members: readonly Member[],
  absences: readonly Absence[],
  occasion: AbsenceOccasion,
): DiscussionRoll {
  const participants: DiscussionPerson[] = [];
  const afbudIds: string[] = [];
  const away = (member: Member) =>
    absences.some((absence) => absence.memberId === member.id && covers(absence, occasion));
  for (const member of members) {
    if (!takesPart(member)) continue;
    if (!away(member)) {
      participants.push(person(member));
      continue;
    }
    afbudIds.push(member.id);
    const substitute = holdsSeat(member) ? substituteOf(members, member.id) : undefined;
    if (substitute !== undefined && !away(substitute))
      participants.push({ ...person(substitute), forMemberId: member.id });
  }
  return { participants, afbudIds };
}

const person = (member: Member): DiscussionPerson => ({
  memberId: member.id,
  name: member.name,
  organisation: member.organisation,
});
