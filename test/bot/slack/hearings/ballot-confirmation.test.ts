/** The voter's ephemeral confirmation: one line on where they now stand, as their card says it. */
import { describe, expect, it } from 'vitest';
import type { CastReceipt } from '../../../../src/app/hearings/cast-ballot.ts';
import type { HearingView } from '../../../../src/app/hearings/view-hearing.ts';
import { ballotConfirmation } from '../../../../src/bot/slack/hearings/ballot-confirmation.ts';
import { aHearingView } from './render-fixtures.ts';

/** The receipt castBallot gave the voter whose view this is. */
const receiptOf = (view: HearingView, extra: Partial<CastReceipt> = {}): CastReceipt => {
  const ballot = view.viewer!.ballot!;
  return {
    ballot,
    hearing: view.hearing,
    seatMemberName: view.seats.find((seat) => seat.seatId === ballot.seatId)!.memberName,
    ...extra,
  };
};

const firstMember = (roster: { members: { id: string }[] }) => roster.members[0]!.id;

describe("the voter's confirmation", () => {
  it('a first vote: one line, with what they may still do', async () => {
    const view = await aHearingView({ ballots: [[0, 'for']], viewer: firstMember });
    expect(ballotConfirmation('da', receiptOf(view))).toBe(
      'Du har stemt For — du kan ændre indtil fristen.',
    );
  });

  it("a change says what changed, in the council's language and with the hearing's own labels", async () => {
    const view = await aHearingView({
      locale: 'en',
      input: { labels: { against: 'Afviser' } },
      ballots: [[0, 'against']],
      viewer: firstMember,
    });
    const ballot = view.viewer!.ballot!;

    expect(
      ballotConfirmation(
        'en',
        receiptOf(view, {
          previous: { ...ballot, choice: 'for', castAt: '2026-11-23T07:00:00.000Z' },
        }),
      ),
    ).toBe('Your vote changed from For to Afviser — you can change it until the deadline.');
  });

  it('a substitute hears, once, that they answered for the absent member', async () => {
    const view = await aHearingView({
      absentMemberIndex: 0,
      substituteChoice: 'abstain',
      viewer: (roster) => roster.substitute.id,
    });
    expect(ballotConfirmation('da', receiptOf(view))).toBe(
      'Du har stemt Undlader at stemme som suppleant for Dines Kragsmark — du kan ændre indtil fristen.',
    );
  });

  it('the same answer again within seconds (a double click) gets no second message', async () => {
    const view = await aHearingView({ ballots: [[0, 'for']], viewer: firstMember });
    const ballot = view.viewer!.ballot!;

    expect(ballotConfirmation('da', receiptOf(view, { previous: ballot }))).toBeUndefined();
  });
});
