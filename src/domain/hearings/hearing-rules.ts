/**
 * The vocabulary of a hearing: its modes, its rules and the answers a seat can
 * give. Kept apart from hearing.ts so that ballots and results can use it
 * without importing the hearing's lifecycle.
 *
 * - vote: For / Imod / Undlader;
 * - silence: stiltiende godkendelse, adopted unless a seat objects in time;
 * - comments: collects høringssvar, no vote.
 */
export const hearingModes = ['vote', 'silence', 'comments'] as const;
export type HearingMode = (typeof hearingModes)[number];

export const majorityRules = ['simple', 'absolute', 'two_thirds'] as const;
export type MajorityRule = (typeof majorityRules)[number];

export const hearingStates = ['draft', 'open', 'closed', 'cancelled'] as const;
export type HearingState = (typeof hearingStates)[number];

export interface HearingRules {
  /** Share of eligible seats that must respond (0..1) for a vote to count. */
  readonly quorum: number;
  readonly majority: MajorityRule;
  /** A public body's votes are named by default. */
  readonly ballot: 'named' | 'secret';
  readonly results: 'live' | 'after_close';
  readonly reasonRequiredWithAgainst: boolean;
  readonly closeWhenAllResponded: boolean;
}

export const defaultRules: HearingRules = {
  quorum: 0.5,
  majority: 'simple',
  ballot: 'named',
  results: 'live',
  reasonRequiredWithAgainst: false,
  closeWhenAllResponded: false,
};

export const choices = ['for', 'against', 'abstain', 'objection', 'comment'] as const;
export type Choice = (typeof choices)[number];

const choicesByMode: Record<HearingMode, readonly Choice[]> = {
  vote: ['for', 'against', 'abstain'],
  silence: ['objection'],
  comments: ['comment'],
};

export const choicesIn = (mode: HearingMode): readonly Choice[] => choicesByMode[mode];
