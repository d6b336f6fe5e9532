import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Ballot } from '../../../src/domain/hearings/ballot.ts';
import {
  defaultRules,
  type Choice,
  type HearingRules,
} from '../../../src/domain/hearings/hearing.ts';
import {
  decideOutcome,
  resultOf,
  tallyBallots,
} from '../../../src/domain/hearings/hearing-result.ts';

const ballot = (seatId: string, choice: Choice): Ballot => ({
  seatId,
  castBy: seatId,
  actingAs: 'member',
  choice,
  castAt: '2026-11-23T10:00:00.000Z',
});
const seats = (n: number) => Array.from({ length: n }, (_, i) => `seat-${i}`);
const rules = (overrides: Partial<HearingRules> = {}): HearingRules => ({
  ...defaultRules,
  ...overrides,
});

describe('the outcome of a vote', () => {
  it('is adopted with more For than Imod once half the seats have answered', () => {
    const ballots = [ballot('seat-0', 'for'), ballot('seat-1', 'for'), ballot('seat-2', 'against')];
    expect(resultOf('vote', rules(), ballots, seats(6)).outcome).toBe('adopted');
  });

  it('is not quorate (ikke beslutningsdygtig) when too few seats answered', () => {
    const ballots = [ballot('seat-0', 'for'), ballot('seat-1', 'for')];
    expect(resultOf('vote', rules(), ballots, seats(6)).outcome).toBe('no_quorum');
  });

  it('is rejected on a tie under a simple majority', () => {
    const ballots = [
      ballot('seat-0', 'for'),
      ballot('seat-1', 'against'),
      ballot('seat-2', 'abstain'),
    ];
    expect(resultOf('vote', rules(), ballots, seats(4)).outcome).toBe('rejected');
  });

  it('needs For from more than half of all seats under an absolute majority', () => {
    const ballots = [
      ballot('seat-0', 'for'),
      ballot('seat-1', 'for'),
      ballot('seat-2', 'abstain'),
      ballot('seat-3', 'abstain'),
    ];
    expect(resultOf('vote', rules({ majority: 'absolute' }), ballots, seats(5)).outcome).toBe(
      'rejected',
    );
    expect(
      resultOf(
        'vote',
        rules({ majority: 'absolute' }),
        [...ballots, ballot('seat-4', 'for')],
        seats(5),
      ).outcome,
    ).toBe('adopted');
  });

  it('needs two For for every Imod under a two-thirds majority', () => {
    const twoToOne = [
      ballot('seat-0', 'for'),
      ballot('seat-1', 'for'),
      ballot('seat-2', 'against'),
    ];
    expect(resultOf('vote', rules({ majority: 'two_thirds' }), twoToOne, seats(3)).outcome).toBe(
      'adopted',
    );
    const threeToTwo = [
      ...twoToOne.slice(0, 2),
      ballot('seat-3', 'for'),
      ballot('seat-2', 'against'),
      ballot('seat-4', 'against'),
    ];
    expect(resultOf('vote', rules({ majority: 'two_thirds' }), threeToTwo, seats(5)).outcome).toBe(
      'rejected',
    );
  });

  it('does not count the ballot of a seat that was left out (inhabilitet)', () => {
    const ballots = [
      ballot('seat-0', 'for'),
      ballot('seat-1', 'against'),
      ballot('seat-2', 'against'),
    ];
    const withoutSeat2 = ['seat-0', 'seat-1', 'seat-3'];
    const tally = tallyBallots(ballots, withoutSeat2);
    expect(tally).toMatchObject({ for: 1, against: 1, responded: 2, eligible: 3 });
  });
});

describe('the outcome of a silence procedure (stiltiende godkendelse)', () => {
  it('is adopted when nobody objects, even if nobody answers', () => {
    expect(resultOf('silence', rules(), [], seats(20)).outcome).toBe('adopted');
  });
  it('is rejected by a single objection', () => {
    expect(resultOf('silence', rules(), [ballot('seat-3', 'objection')], seats(20)).outcome).toBe(
      'rejected',
    );
  });
});

describe('a comments-only hearing', () => {
  it('is noted (taget til efterretning) and counts the responses', () => {
    const result = resultOf('comments', rules(), [ballot('seat-0', 'comment')], seats(3));
    expect(result).toMatchObject({ outcome: 'noted', tally: { comments: 1, responded: 1 } });
  });
});

const voteChoice = fc.constantFrom<Choice>('for', 'against', 'abstain');
const scenario = fc.record({
  seatCount: fc.integer({ min: 1, max: 40 }),
  ballots: fc.array(fc.tuple(fc.nat(60), voteChoice), { maxLength: 200 }),
  quorum: fc.double({ min: 0, max: 1, noNaN: true }),
  majority: fc.constantFrom('simple' as const, 'absolute' as const, 'two_thirds' as const),
});

describe('outcome properties', () => {
  it('counts at most one ballot per seat and never more responses than seats', () => {
    fc.assert(
      fc.property(scenario, ({ seatCount, ballots }) => {
        const tally = tallyBallots(
          ballots.map(([seat, choice]) => ballot(`seat-${seat}`, choice)),
          seats(seatCount),
        );
        expect(tally.for + tally.against + tally.abstain).toBe(tally.responded);
        expect(tally.responded).toBeLessThanOrEqual(seatCount);
      }),
    );
  });

  it('never adopts without quorum, and never adopts with more Imod than For', () => {
    fc.assert(
      fc.property(scenario, ({ seatCount, ballots, quorum, majority }) => {
        const r = rules({ quorum, majority });
        const tally = tallyBallots(
          ballots.map(([seat, choice]) => ballot(`seat-${seat}`, choice)),
          seats(seatCount),
        );
        const outcome = decideOutcome('vote', r, tally);
        if (tally.responded < quorum * seatCount - 1e-9) expect(outcome).toBe('no_quorum');
        if (tally.against >= tally.for) expect(outcome).not.toBe('adopted');
      }),
    );
  });

  it('an abstention from a seat that had not answered never changes the outcome once quorate', () => {
    fc.assert(
      fc.property(scenario, fc.nat(39), ({ seatCount, ballots, majority }, extra) => {
        const r = rules({ quorum: 0, majority });
        const cast = ballots.map(([seat, choice]) => ballot(`seat-${seat % seatCount}`, choice));
        const abstainer = `seat-${extra % seatCount}`;
        fc.pre(!cast.some((b) => b.seatId === abstainer));
        const before = decideOutcome('vote', r, tallyBallots(cast, seats(seatCount)));
        const after = decideOutcome(
          'vote',
          r,
          tallyBallots([...cast, ballot(abstainer, 'abstain')], seats(seatCount)),
        );
        expect(after).toBe(before);
      }),
    );
  });
});
