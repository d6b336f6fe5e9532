/** The council's stores: the council itself, its roster and its members' afbud. */
import type { Absence, AbsenceScope } from '../../domain/council/absence.ts';
import type { Council } from '../../domain/council/council.ts';
import type { ChatIdentity, Member } from '../../domain/council/roster.ts';

export interface CouncilStore {
  council(councilId: string): Promise<Council | undefined>;
  saveCouncil(council: Council): Promise<void>;
  councils(): Promise<Council[]>;
}

export interface RosterStore {
  roster(councilId: string): Promise<Member[]>;
  /** Replaces the whole roster at once: readers see the old or the new, never half. */
  replaceRoster(councilId: string, members: readonly Member[]): Promise<void>;
  memberByIdentity(councilId: string, identity: ChatIdentity): Promise<Member | undefined>;
}

export interface AbsenceStore {
  absences(councilId: string): Promise<Absence[]>;
  addAbsence(councilId: string, absence: Absence): Promise<void>;
  /**
   * Adds the afbud unless the member already has one with the same scope (the
   * check and the write are one step): true when added, false for a repeat.
   */
  addAbsenceOnce(councilId: string, absence: Absence): Promise<boolean>;
  /** Takes back the member's afbud with this scope, atomically: true when there was one. */
  withdrawAbsence(councilId: string, memberId: string, scope: AbsenceScope): Promise<boolean>;
}
