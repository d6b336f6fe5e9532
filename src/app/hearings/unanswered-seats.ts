import type { Ballot } from '../../domain/hearings/ballot.ts';
import type { Member } from '../../domain/council/roster.ts';
import { eligibleSeatIds, seatHolder, type SeatContext } from '../../domain/council/seat.ts';

export interface UnansweredSeat {
  readonly seat: Member;
  /** Who answers for the seat today: the member, or their substitute during afbud. */
  readonly holder: Member;
}

/** The seats taking part (not recused) that have no ballot yet, with who holds each today. */
export function unansweredSeats(
  context: SeatContext,
  ballots: readonly Ballot[],
): UnansweredSeat[] {
  const responded = new Set(ballots.map((ballot) => ballot.seatId));
  return eligibleSeatIds(context.members, context.recusedMemberIds)
    .filter((seatId) => !responded.has(seatId))
    .flatMap((seatId) => {
      const seat = context.members.find((member) => member.id === seatId);
      const holder = seatHolder(seatId, context);
      return seat === undefined || holder === undefined ? [] : [{ seat, holder }];
    });
}
