import type { Council } from '../../domain/council/council.ts';
import { localDateOf } from '../../domain/council/council-time.ts';
import type { SeatContext } from '../../domain/council/seat.ts';
import type { Hearing } from '../../domain/hearings/hearing.ts';
import type { AbsenceStore, RosterStore } from '../council/ports.ts';
import type { HearingStore } from './ports.ts';

type SeatStores = { rosters: RosterStore; absences: AbsenceStore; hearings: HearingStore };

/** What the seats of a hearing depend on, read together: the roster, absences and recusals. */
export type SeatFacts = Pick<SeatContext, 'members' | 'absences' | 'recusedMemberIds'>;

export async function readSeatFacts(
  deps: SeatStores,
  councilId: string,
  hearingId: string,
): Promise<SeatFacts> {
  const [members, absences, recusedMemberIds] = await Promise.all([
    deps.rosters.roster(councilId),
    deps.absences.absences(councilId),
    deps.hearings.recusedMemberIds(councilId, hearingId),
  ]);
  return { members, absences, recusedMemberIds };
}

/** The hearing as far as seats care: which it is, and the meeting whose agenda holds it. */
export type SeatHearing = Pick<Hearing, 'id' | 'meetingId'>;

/**
 * The facts on the council's day: who holds which seat depends on today's
 * absences, and on afbud for the meeting the hearing belongs to.
 */
export const seatContextOf = (
  facts: SeatFacts,
  council: Council,
  hearing: SeatHearing,
  now: Date,
): SeatContext => ({
  ...facts,
  hearingId: hearing.id,
  ...(hearing.meetingId === undefined ? {} : { meetingId: hearing.meetingId }),
  localDate: localDateOf(now, council.timeZone),
});

/** Everything needed to say who holds which seat in a hearing today. */
export async function loadSeatContext(
  deps: SeatStores,
  council: Council,
  hearing: SeatHearing,
  now: Date,
): Promise<SeatContext> {
  return seatContextOf(await readSeatFacts(deps, council.id, hearing.id), council, hearing, now);
}
