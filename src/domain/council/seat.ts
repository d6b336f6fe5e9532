import { isAbsent, type Absence } from './absence.ts';
import { fail, succeed, type Result } from '../errors.ts';
import { holdsSeat, substituteOf, type Member } from './roster.ts';

/**
 * Who answers for a seat in a hearing. One seat, one ballot: the seat's id is
 * its member's id, whether the member or their substitute casts it.
 */
export interface SeatClaim {
  readonly seatId: string;
  readonly actingAs: 'member' | 'substitute';
}

export interface SeatContext {
  readonly members: readonly Member[];
  readonly absences: readonly Absence[];
  /** Members who declared inhabilitet (conflict of interest) in this hearing. */
  readonly recusedMemberIds: ReadonlySet<string>;
  readonly hearingId: string;
  /** The meeting whose agenda the hearing is on: afbud for that meeting covers it too. */
  readonly meetingId?: string;
  /** Today in the council's time zone, YYYY-MM-DD. */
  readonly localDate: string;
}

const occasionOf = (context: SeatContext) => ({
  hearingId: context.hearingId,
  localDate: context.localDate,
  ...(context.meetingId === undefined ? {} : { meetingId: context.meetingId }),
});

export function claimSeat(actorId: string, context: SeatContext): Result<SeatClaim> {
  const actor = context.members.find((member) => member.id === actorId);
  if (actor === undefined) return fail('not_on_roster');

  if (holdsSeat(actor)) {
    if (context.recusedMemberIds.has(actor.id)) return fail('recused');
    const away = isAbsent(context.absences, actor.id, occasionOf(context));
    // Afbud only hands the seat over when there is someone to hand it to.
    if (away && substituteOf(context.members, actor.id) !== undefined) {
      return fail('seat_held_by_substitute');
    }
    return succeed({ seatId: actor.id, actingAs: 'member' });
  }

  if (actor.role === 'suppleant' && actor.substituteFor !== undefined) {
    const seatId = actor.substituteFor;
    if (context.recusedMemberIds.has(seatId)) return fail('recused');
    if (!isAbsent(context.absences, seatId, occasionOf(context))) {
      return fail('substitute_not_active');
    }
    return succeed({ seatId, actingAs: 'substitute' });
  }

  return fail('no_voting_right');
}

/** Seats that take part in a hearing: every seat but those whose member is recused. */
export const eligibleSeatIds = (
  members: readonly Member[],
  recusedMemberIds: ReadonlySet<string>,
): string[] =>
  members
    .filter((member) => holdsSeat(member) && !recusedMemberIds.has(member.id))
    .map((m) => m.id);

/** Who should be reminded for a seat: the member, or the substitute during afbud. */
export function seatHolder(seatId: string, context: SeatContext): Member | undefined {
  const member = context.members.find((candidate) => candidate.id === seatId);
  if (member === undefined) return undefined;
  const substitute = substituteOf(context.members, seatId);
  if (substitute !== undefined && isAbsent(context.absences, seatId, occasionOf(context))) {
    return substitute;
  }
  return member;
}
