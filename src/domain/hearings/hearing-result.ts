import type { Ballot } from './ballot.ts';
import type { HearingMode, HearingRules } from './hearing-rules.ts';

export const outcomes = ['adopted', 'rejected', 'no_quorum', 'noted'] as const;
/** vedtaget / forkastet / ikke beslutningsdygtig; 'noted' for a comments-only hearing. */
export type Outcome = (typeof outcomes)[number];

export interface Tally {
  readonly for: number;
  readonly against: number;
  readonly abstain: number;
  readonly objections: number;
  readonly comments: number;
  /** Eligible seats with a ballot. */
  readonly responded: number;
  /** Seats taking part (all seats less the recused). */
  readonly eligible: number;
}

export interface HearingResult {
  readonly outcome: Outcome;
  readonly tally: Tally;
}

/**
 * The tally is always derived from the stored ballots. A ballot whose seat is
 * no longer eligible (recused after voting) does not count.
 */
export function tallyBallots(
  ballots: readonly Ballot[],
  eligibleSeatIds: readonly string[],
): Tally {
  const eligible = new Set(eligibleSeatIds);
  const counts = { for: 0, against: 0, abstain: 0, objections: 0, comments: 0, responded: 0 };
  const seen = new Set<string>();
  for (const ballot of ballots) {
    if (!eligible.has(ballot.seatId) || seen.has(ballot.seatId)) continue;
    seen.add(ballot.seatId);
    counts.responded += 1;
    if (ballot.choice === 'for') counts.for += 1;
    else if (ballot.choice === 'against') counts.against += 1;
    else if (ballot.choice === 'abstain') counts.abstain += 1;
    else if (ballot.choice === 'objection') counts.objections += 1;
    else counts.comments += 1;
  }
  return { ...counts, eligible: eligible.size };
}

export const hasQuorum = (tally: Tally, quorum: number): boolean =>
  tally.eligible > 0 && tally.responded >= Math.ceil(quorum * tally.eligible - 1e-9);

/**
 * - simple: more For than Imod among votes cast (a tie is not a majority);
 * - absolute: For from more than half of the eligible seats;
 * - two_thirds: For from at least two thirds of the For and Imod votes cast.
 * Undlader counts towards quorum, never towards a majority.
 */
export function hasMajority(tally: Tally, rules: HearingRules): boolean {
  switch (rules.majority) {
    case 'simple':
      return tally.for > tally.against;
    case 'absolute':
      return tally.for * 2 > tally.eligible;
    case 'two_thirds':
      return tally.for > 0 && tally.for * 3 >= (tally.for + tally.against) * 2;
  }
}

export function decideOutcome(mode: HearingMode, rules: HearingRules, tally: Tally): Outcome {
  switch (mode) {
    case 'comments':
      return 'noted';
    case 'silence':
      // Silence is consent: no quorum applies, one objection stops it.
      return tally.objections > 0 ? 'rejected' : 'adopted';
    case 'vote':
      if (!hasQuorum(tally, rules.quorum)) return 'no_quorum';
      return hasMajority(tally, rules) ? 'adopted' : 'rejected';
  }
}

export function resultOf(
  mode: HearingMode,
  rules: HearingRules,
  ballots: readonly Ballot[],
  eligibleSeatIds: readonly string[],
): HearingResult {
  const tally = tallyBallots(ballots, eligibleSeatIds);
  return { outcome: decideOutcome(mode, rules, tally), tally };
}

/** Early close is allowed once every eligible seat has answered. */
export const everySeatResponded = (tally: Tally): boolean =>
  tally.eligible > 0 && tally.responded === tally.eligible;
