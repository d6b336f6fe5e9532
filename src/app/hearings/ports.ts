/** The ports the hearing use cases need beyond the shared ones. */
import type { Failure } from '../../domain/errors.ts';
import type { AuditEvent, Ballot } from '../../domain/hearings/ballot.ts';
import type { Hearing } from '../../domain/hearings/hearing.ts';
import type { HearingResult } from '../../domain/hearings/hearing-result.ts';
import type { PlannedReminder } from '../../domain/hearings/reminder-plan.ts';

/** What the store itself refuses when it writes a ballot atomically. */
export type StoreRefusal = Failure & {
  code: 'hearing_not_open' | 'deadline_passed' | 'recused' | 'hearing_not_found';
};

export type CastOutcome = { ok: true; previous?: Ballot } | StoreRefusal;
export type WithdrawOutcome =
  { ok: true; withdrawn: Ballot } | StoreRefusal | (Failure & { code: 'no_ballot_to_withdraw' });

export interface HearingStore {
  /** Creates the hearing, or rewrites a draft. */
  saveHearing(hearing: Hearing): Promise<void>;
  hearing(councilId: string, hearingId: string): Promise<Hearing | undefined>;
  /** Every hearing opened on an agenda item of the meeting, whatever its state, by id. */
  hearingsOfMeeting(councilId: string, meetingId: string): Promise<Hearing[]>;
  /** Open hearings, soonest deadline first. */
  openHearings(councilId: string): Promise<Hearing[]>;
  /**
   * Writes the seat's ballot and its audit event in one atomic step, and only
   * while the hearing is open, before its deadline, and the seat not recused.
   */
  castBallot(councilId: string, hearingId: string, ballot: Ballot): Promise<CastOutcome>;
  withdrawBallot(
    councilId: string,
    hearingId: string,
    seatId: string,
    memberId: string,
    at: Date,
  ): Promise<WithdrawOutcome>;
  ballots(councilId: string, hearingId: string): Promise<Ballot[]>;
  auditTrail(councilId: string, hearingId: string): Promise<AuditEvent[]>;
  /** Records inhabilitet and its audit event; false when already recorded. */
  recordRecusal(councilId: string, hearingId: string, memberId: string, at: Date): Promise<boolean>;
  recusedMemberIds(councilId: string, hearingId: string): Promise<Set<string>>;
  /** Moves the deadline only while the hearing is open; false otherwise. */
  moveDeadline(councilId: string, hearingId: string, deadline: Date): Promise<boolean>;
  /**
   * Open → closed, once. True only for the call that closed it, so that two
   * workers or a retry cannot close a hearing twice. Ballots freeze from then on.
   */
  markClosed(
    councilId: string,
    hearingId: string,
    closedAt: Date,
    closedBy: string,
  ): Promise<boolean>;
  markCancelled(councilId: string, hearingId: string, at: Date, by: string): Promise<boolean>;
  /** Stores the result of a closed hearing (same ballots, same result: safe to repeat). */
  saveResult(councilId: string, hearingId: string, result: HearingResult): Promise<void>;
  /**
   * Records a reminder round of the hearing at `at`, unless one was recorded
   * less than `intervalMs` before: then says when that one was. Atomic, so
   * two presses at once give one round.
   */
  claimReminder(
    councilId: string,
    hearingId: string,
    at: Date,
    intervalMs: number,
  ): Promise<ReminderClaim>;
}

export type ReminderClaim = { claimed: true } | { claimed: false; lastAt: Date };

export interface HearingScheduler {
  /**
   * Schedules the close at the deadline and the reminders, replacing whatever
   * was scheduled for the hearing before (a moved deadline moves its jobs).
   */
  scheduleDeadline(hearing: Hearing, reminders: readonly PlannedReminder[]): Promise<void>;
  cancelSchedule(hearing: Hearing): Promise<void>;
}

declare module '../deps.ts' {
  interface AppDeps {
    readonly hearings: HearingStore;
    readonly scheduler: HearingScheduler;
  }
}
