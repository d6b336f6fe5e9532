import type { Ballot } from '../../domain/hearings/ballot.ts';
import { succeed, type Result } from '../../domain/errors.ts';
import type { Hearing } from '../../domain/hearings/hearing.ts';
import type { Choice } from '../../domain/hearings/hearing-rules.ts';
import type { AppDeps } from '../deps.ts';
import { loadHearing } from './load-hearing.ts';

export interface FindCastBallotInput {
  readonly councilId: string;
  readonly hearingId: string;
  readonly actorId: string;
  readonly choice: Choice;
  /** The castAt of the ballot whose write went unanswered (the `outcome_unknown` failure's param). */
  readonly castAt: string;
}

export interface FoundCastBallot {
  readonly hearing: Hearing;
  /** That very ballot, when the seat holds it; undefined when it was not stored (or already replaced). */
  readonly ballot?: Ballot;
}

/**
 * After a cast whose answer was lost with the connection: did it reach the
 * store? The seat's ballot is it when voter, choice and castAt all match. A
 * store outage is the `store_unavailable` failure: ask again later.
 */
export async function findCastBallot(
  deps: Pick<AppDeps, 'hearings'>,
  input: FindCastBallotInput,
): Promise<Result<FoundCastBallot>> {
  const hearing = await loadHearing(deps.hearings, input.councilId, input.hearingId);
  if (!hearing.ok) return hearing;
  const ballots = await deps.hearings.ballots(input.councilId, input.hearingId);
  const ballot = ballots.find(
    (candidate) =>
      candidate.castBy === input.actorId &&
      candidate.choice === input.choice &&
      candidate.castAt === input.castAt,
  );
  return succeed({ hearing: hearing.value, ...(ballot ? { ballot } : {}) });
}
