import type { Ballot } from './ballot.ts';
import { hasQuorum, resultOf, type Outcome, type Tally } from './hearing-result.ts';
import type { HearingMode, HearingRules } from './hearing-rules.ts';

/**
 * What closing a hearing now would lead to, as far as its rules let anyone
 * see before it closes. How many have answered is never hidden; the answers
 * are. So with results hidden until close, the preview names an outcome only
 * when the counts alone decide it (too few answers for a quorum).
 */
export interface ClosePreview {
  readonly responded: number;
  readonly eligible: number;
  /** The outcome closing now would give, when the rules allow saying it. */
  readonly outcome?: Outcome;
  /** The counts behind it, when the rules show counts while open. */
  readonly tally?: Tally;
}

export function previewClose(
  mode: HearingMode,
  rules: HearingRules,
  ballots: readonly Ballot[],
  eligibleSeatIds: readonly string[],
): ClosePreview {
  const { outcome, tally } = resultOf(mode, rules, ballots, eligibleSeatIds);
  const counts = { responded: tally.responded, eligible: tally.eligible };
  if (rules.results === 'live') return { ...counts, outcome, tally };
  if (mode === 'comments') return { ...counts, outcome };
  if (mode === 'vote' && !hasQuorum(tally, rules.quorum))
    return { ...counts, outcome: 'no_quorum' };
  return counts;
}
