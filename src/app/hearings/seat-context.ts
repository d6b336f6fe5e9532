import type { Council } from '../../domain/council/council.ts';
import { localDateOf } from '../../domain/council/council-time.ts';
import type { SeatContext } from '../../domain/council/seat.ts';
import type { AbsenceStore, RosterStore } from '../council/ports.ts';
import type { HearingStore } from './ports.ts';

/** Everything needed to say who holds which seat in a hearing today. */
export async function loadSeatContext(
  deps: { rosters: RosterStore; absences: AbsenceStore; hearings: HearingStore },
  council: Council,
  hearingId: string,
  now: Date,
): Promise<SeatContext> {
  const [members, absences, recusedMemberIds] = await Promise.all([
    deps.rosters.roster(council.id),
    deps.absences.absences(council.id),
    deps.hearings.recusedMemberIds(council.id, hearingId),
  ]);
  return {
    members,
    absences,
    recusedMemberIds,
    hearingId,
    localDate: localDateOf(now, council.timeZone),
  };
}
