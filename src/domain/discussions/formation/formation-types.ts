import type { DiscussionGroup, GroupRole, GroupSizing } from '../discussion.ts';

/**
 * What forming the groups needs and gives. The algorithm is pure and
 * seeded: the same input and seed give the same groups.
 */
export interface FormationParticipant {
  readonly id: string;
  readonly organisation: string;
  /** The topic they chose; absent: placed wherever the groups are balanced by it. */
  readonly preference?: string;
  readonly volunteer?: GroupRole;
}

/** What the secretary set by hand; a re-run keeps every one of these. */
export interface ManualEdits {
  /** member id → group key they were moved to. */
  readonly placements: Readonly<Record<string, string>>;
  /** group key → the role holders set by hand. */
  readonly roles: Readonly<Record<string, Partial<Record<GroupRole, string>>>>;
}

export const noManualEdits: ManualEdits = { placements: {}, roles: {} };

export interface FormationInput {
  /** The topics' keys, in order. */
  readonly topics: readonly string[];
  readonly participants: readonly FormationParticipant[];
  readonly sizing: GroupSizing;
  /** The groups of the council's last discussion (member ids), to avoid the same company. */
  readonly previousGroups: readonly (readonly string[])[];
  readonly manual: ManualEdits;
  readonly seed: number;
}

/** How good a formation is, by the goals in order. */
export interface FormationScore {
  /** Participants placed in the topic they chose (of those who chose). */
  readonly preferencesHonoured: number;
  readonly preferencesGiven: number;
  /** The largest share one organisation has of any group (0–1). */
  readonly worstOrganisationShare: number;
  /** Groups made of one organisation although the roster allowed otherwise. */
  readonly singleOrganisationGroups: number;
  /** Pairs of people who sat together at the last discussion and do again. */
  readonly repeatedPairs: number;
  /** One number to compare formations by (higher is better), weighted by the goals' order. */
  readonly total: number;
}

/**
 * Why the proposal looks as it does, as facts the surfaces word
 * ("alle fik deres førsteprioritet; hver gruppe har 3–4 organisationer").
 * Each has a code and its numbers; the i18n catalog words it.
 */
export interface FormationReason {
  readonly code: string;
  readonly params: Readonly<Record<string, string | number>>;
}

export interface Formation {
  readonly groups: readonly DiscussionGroup[];
  readonly score: FormationScore;
  readonly reasons: readonly FormationReason[];
}
