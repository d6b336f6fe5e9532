import { describe, expect, it } from 'vitest';
import type { Ballot } from '../../../src/domain/hearings/ballot.ts';
import { previewClose } from '../../../src/domain/hearings/close-preview.ts';
import {
  defaultRules,
  type Choice,
  type HearingRules,
} from '../../../src/domain/hearings/hearing.ts';

const ballot = (seatId: string, choice: Choice): Ballot => ({
  seatId,
  castBy: seatId,
  actingAs: 'member',
  choice,
  castAt: '2026-11-23T10:00:00.000Z',
});
const seats = (n: number) => Array.from({ length: n }, (_, i) => `seat-${i}`);
const hidden: HearingRules = { ...defaultRules, results: 'after_close' };

describe('what closing early would lead to', () => {
  it('with live results: the outcome and the tally, as the deadline would give them', () => {
    const ballots = [
      ballot('seat-0', 'for'),
      ballot('seat-1', 'for'),
      ballot('seat-2', 'for'),
      ballot('seat-3', 'against'),
    ];
    expect(previewClose('vote', defaultRules, ballots, seats(5))).toMatchObject({
      responded: 4,
      eligible: 5,
      outcome: 'adopted',
      tally: { for: 3, against: 1, abstain: 0 },
    });
  });

  it('with hidden results and too few answers: no quorum, which the counts alone show', () => {
    const preview = previewClose('vote', hidden, [ballot('seat-0', 'against')], seats(5));
    expect(preview).toEqual({ responded: 1, eligible: 5, outcome: 'no_quorum' });
  });

  it('with hidden results and a quorum: only the counts, so the answers stay hidden', () => {
    const ballots = seats(3).map((seatId) => ballot(seatId, 'against'));
    expect(previewClose('vote', hidden, ballots, seats(5))).toEqual({ responded: 3, eligible: 5 });
    expect(previewClose('silence', hidden, [ballot('seat-0', 'objection')], seats(5))).toEqual({
      responded: 1,
      eligible: 5,
    });
  });

  it('a comments-only hearing is noted whatever the answers', () => {
    expect(previewClose('comments', hidden, [], seats(5))).toEqual({
      responded: 0,
      eligible: 5,
      outcome: 'noted',
    });
  });
});
