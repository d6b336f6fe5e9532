import { z } from 'zod';
import type { Ballot } from '../../domain/hearings/ballot.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { checkBallot, choices, type Hearing } from '../../domain/hearings/hearing.ts';
import { claimSeat } from '../../domain/council/seat.ts';
import type { AppDeps } from '../deps.ts';
import { StoreUnavailableError, WriteOutcomeUnknownError } from '../ports.ts';
import { councilIdField, hearingIdField, memberIdField, reasonField } from '../input-fields.ts';
import { loadCouncil } from '../council/load-council.ts';
import { loadHearing } from './load-hearing.ts';
import { closeIfAllResponded } from './close-hearing.ts';
import { readSeatFacts, seatContextOf } from './seat-context.ts';
import { validate } from '../validate.ts';

export const castBallotInput = z.object({
  councilId: councilIdField,
  hearingId: hearingIdField,
  actorId: memberIdField,
  choice: z.enum(choices),
  reason: reasonField.optional(),
});
export type CastBallotInput = z.input<typeof castBallotInput>;

export interface CastReceipt {
  readonly ballot: Ballot;
  /** The seat's ballot before this one, when this was a change. */
  readonly previous?: Ballot;
  /** The hearing answered (its labels name the answers in the voter's confirmation). */
  readonly hearing: Hearing;
  /** Whose seat the ballot is for, by name: the member's, also when their substitute cast it. */
  readonly seatMemberName: string;
}

export interface CastBallotOptions {
  /**
   * Issue all five reads (council, hearing, roster, absences, recusals) in one
   * round trip, instead of the default two: council and hearing, then — once
   * the ballot passes the hearing's checks — the three the seat depends on, so
   * a refused ballot (e.g. a closed hearing) costs two reads, not five.
   * bench/cast-ballot.bench.ts measures both.
   */
  readonly readsInOneRoundTrip?: boolean;
}

/**
 * A member (or the substitute holding their seat) answers a hearing. The
 * store writes the ballot and its audit event atomically; everything else
 * (card refreshes, early close) is queued or follows from the store.
 */
export async function castBallot(
  deps: Pick<
    AppDeps,
    'clock' | 'councils' | 'rosters' | 'absences' | 'hearings' | 'notifier' | 'scheduler'
  >,
  raw: CastBallotInput,
  options: CastBallotOptions = {},
): Promise<Result<CastReceipt>> {
  const input = validate(castBallotInput, raw);
  if (!input.ok) return input;
  const { councilId, hearingId, actorId } = input.value;
  const now = deps.clock.now();

  const [council, hearing, seatFactsReadEarly] = await Promise.all([
    loadCouncil(deps.councils, councilId),
    loadHearing(deps.hearings, councilId, hearingId),
    options.readsInOneRoundTrip ? readSeatFacts(deps, councilId, hearingId) : undefined,
  ]);
  if (!council.ok) return council;
  if (!hearing.ok) return hearing;

  const checked = checkBallot(hearing.value, input.value, now);
  if (!checked.ok) return checked;
  const seatFacts = seatFactsReadEarly ?? (await readSeatFacts(deps, councilId, hearingId));
  const context = seatContextOf(seatFacts, council.value, hearing.value, now);
  const seat = claimSeat(actorId, context);
  if (!seat.ok) return seat;

  const ballot: Ballot = {
    seatId: seat.value.seatId,
    castBy: actorId,
    actingAs: seat.value.actingAs,
    ...checked.value,
    castAt: now.toISOString(),
  };
  const written = await writeBallot(deps, councilId, hearingId, ballot);
  if (written === 'unknown') return fail('outcome_unknown', undefined, { castAt: ballot.castAt });
  if (!written.ok) return fail(written.code);

  // The ballot is stored: from here on a lost Redis must not turn it into a
  // failure for the voter. A missed card refresh is made good by the next
  // change; a missed early close leaves the hearing to close at its deadline.
  await afterStored(async () => {
    await deps.notifier.notify({ kind: 'hearing_changed', councilId, hearingId });
    if (hearing.value.rules.closeWhenAllResponded) {
      await closeIfAllResponded(deps, council.value, hearing.value);
    }
  });
  const seatMemberName =
    context.members.find((member) => member.id === seat.value.seatId)?.name ?? seat.value.seatId;
  return succeed({
    ballot,
    ...(written.previous === undefined ? {} : { previous: written.previous }),
    hearing: hearing.value,
    seatMemberName,
  });
}

async function afterStored(work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof StoreUnavailableError)) throw error;
  }
}

/**
 * The write, or 'unknown' when it was sent and its answer lost: the failure
 * then carries the ballot's castAt, so the caller can read the seat and tell
 * this very ballot apart (findCastBallot).
 */
async function writeBallot(
  deps: Pick<AppDeps, 'hearings'>,
  councilId: string,
  hearingId: string,
  ballot: Ballot,
) {
  try {
    return await deps.hearings.castBallot(councilId, hearingId, ballot);
  } catch (error) {
    if (error instanceof WriteOutcomeUnknownError) return 'unknown' as const;
    throw error;
  }
}
