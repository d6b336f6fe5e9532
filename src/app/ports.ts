/**
 * The ports the use cases need, each holding only the methods they call.
 * src/store implements the stores with Redis, src/jobs the scheduler and the
 * notifier with BullMQ; test/fakes holds in-memory twins for unit tests.
 */
import type { Absence } from '../domain/council/absence.ts';
import type { AuditEvent, Ballot } from '../domain/hearings/ballot.ts';
import type { Council, Locale } from '../domain/council/council.ts';
import type { Failure } from '../domain/errors.ts';
import type { Hearing } from '../domain/hearings/hearing.ts';
import type { HearingResult } from '../domain/hearings/hearing-result.ts';
import type { PlannedReminder } from '../domain/hearings/reminder-plan.ts';
import type { ChatIdentity, Member } from '../domain/council/roster.ts';
import type { HolidayNames } from '../domain/council/working-days.ts';

export interface Clock {
  now(): Date;
}

/** The public holidays where the councils sit (Denmark), named in the council's language. */
export interface PublicHolidays {
  namesIn(years: readonly number[], locale: Locale): Promise<HolidayNames>;
}

export interface IdSource {
  /** Short, unique, safe in Redis keys and BullMQ job ids (no ':'). */
  newHearingId(): string;
}

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
}

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

/** Something the council or a member should be told; each surface renders it. */
export type Notice =
  | { readonly kind: 'hearing_opened'; readonly councilId: string; readonly hearingId: string }
  | { readonly kind: 'hearing_changed'; readonly councilId: string; readonly hearingId: string }
  | {
      readonly kind: 'deadline_moved';
      readonly councilId: string;
      readonly hearingId: string;
      readonly deadline: string;
    }
  | { readonly kind: 'hearing_closed'; readonly councilId: string; readonly hearingId: string }
  | { readonly kind: 'hearing_cancelled'; readonly councilId: string; readonly hearingId: string }
  | {
      readonly kind: 'reminder';
      readonly councilId: string;
      readonly hearingId: string;
      readonly memberId: string;
      readonly reminderKey: string;
      /** The deadline reminded of: a moved deadline gets reminders of its own. */
      readonly deadline: string;
    };

export interface Notifier {
  /** Queues the notice; the same notice twice is delivered once. */
  notify(notice: Notice): Promise<void>;
}

/**
 * Where the council lives in chat. A Slack workspace or a Teams team, chat or
 * tenant is bound to one council, and a request from it can reach no other.
 * Addresses (a Slack channel id, a Teams conversation reference) are kept as
 * opaque JSON per platform: for the council's channel and for each member.
 */
export type ChatPlatform = 'slack' | 'teams';

export interface ChatDirectory {
  bindWorkspace(platform: ChatPlatform, workspaceId: string, councilId: string): Promise<void>;
  councilForWorkspace(platform: ChatPlatform, workspaceId: string): Promise<string | undefined>;
  /** `who` is 'council' for the council's channel, else a member id. */
  saveAddress(
    councilId: string,
    platform: ChatPlatform,
    who: string,
    address: unknown,
  ): Promise<void>;
  address(councilId: string, platform: ChatPlatform, who: string): Promise<unknown>;
  /**
   * Where the message about a subject (`hearing:<id>`, later `meeting:<id>`, …)
   * was posted on a platform, and which follow-ups it has had, so a retried
   * delivery updates it in place instead of posting again.
   */
  saveMessage(
    councilId: string,
    subject: string,
    platform: ChatPlatform,
    record: unknown,
  ): Promise<void>;
  message(councilId: string, subject: string, platform: ChatPlatform): Promise<unknown>;
  /** A hearing's message record: the same as the subject `hearing:<hearingId>`. */
  saveHearingMessage(
    councilId: string,
    hearingId: string,
    platform: ChatPlatform,
    address: unknown,
  ): Promise<void>;
  hearingMessage(councilId: string, hearingId: string, platform: ChatPlatform): Promise<unknown>;
}

/** Thrown by a store when Redis cannot be reached; users are told to try again shortly. */
export class StoreUnavailableError extends Error {
  override readonly name: string = 'StoreUnavailableError';
  constructor(cause?: unknown) {
    super('The store cannot be reached', { cause });
  }
}

/**
 * Thrown by a store write that was (or may have been) sent, but whose answer
 * never came: Redis may have stored it. The caller must find out by reading,
 * not tell the user it failed.
 */
export class WriteOutcomeUnknownError extends StoreUnavailableError {
  override readonly name: string = 'WriteOutcomeUnknownError';
}
