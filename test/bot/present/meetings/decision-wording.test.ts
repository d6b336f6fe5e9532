import { describe, expect, it } from 'vitest';
import type { HearingPrefill } from '../../../../src/app/meetings/decision-draft.ts';
import {
  hearingPrefillText,
  notedText,
} from '../../../../src/bot/present/meetings/decision-wording.ts';

const counts = {
  for: 12,
  against: 2,
  abstain: 1,
  objections: 0,
  comments: 0,
  responded: 15,
  eligible: 17,
};
const prefill = (overrides: Partial<HearingPrefill>): HearingPrefill => ({
  hearingId: 'h0001',
  title: 'Positivlisten',
  mode: 'vote',
  outcome: 'adopted',
  tally: counts,
  ...overrides,
});

describe("a closed hearing's prefill of the Beslutning, in the council's language", () => {
  it('a vote: adopted or rejected, with the counts', () => {
    expect(hearingPrefillText('da', prefill({}))).toBe(
      'Rådet vedtog indstillingen (For 12, Imod 2, Undlader 1)',
    );
    expect(hearingPrefillText('da', prefill({ outcome: 'rejected' }))).toBe(
      'Rådet forkastede indstillingen (For 12, Imod 2, Undlader 1)',
    );
    expect(hearingPrefillText('en', prefill({}))).toBe(
      'The council adopted the recommendation (For 12, Against 2, Abstain 1)',
    );
  });

  it('a vote without quorum says how many answered', () => {
    expect(
      hearingPrefillText(
        'da',
        prefill({ outcome: 'no_quorum', tally: { ...counts, responded: 5 } }),
      ),
    ).toBe(
      'Rådet var ikke beslutningsdygtigt i høringen: svar fra 5 af 17 (For 12, Imod 2, Undlader 1)',
    );
  });

  it('a silence procedure: approved, or stopped by objections', () => {
    expect(hearingPrefillText('da', prefill({ mode: 'silence' }))).toBe(
      'Rådet godkendte indstillingen stiltiende: der kom ingen indsigelser inden fristen',
    );
    expect(
      hearingPrefillText(
        'da',
        prefill({ mode: 'silence', outcome: 'rejected', tally: { ...counts, objections: 2 } }),
      ),
    ).toBe('Indstillingen blev ikke godkendt stiltiende: der kom 2 indsigelser inden fristen');
  });

  it('a comments hearing counts the høringssvar', () => {
    expect(
      hearingPrefillText(
        'da',
        prefill({
          mode: 'comments',
          outcome: 'noted',
          tally: { ...counts, comments: 6, responded: 6 },
        }),
      ),
    ).toBe('Rådet kommenterede indstillingen i høring: 6 høringssvar fra 6 af 17');
  });

  it('"Taget til efterretning." is the minutes\' own words', () => {
    expect(notedText('da')).toBe('Taget til efterretning.');
    expect(notedText('en')).toBe('Noted.');
  });
});
