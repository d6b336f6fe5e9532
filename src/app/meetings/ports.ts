/** The ports the meeting use cases need beyond the shared ones. */
import type { Meeting } from '../../domain/meetings/meeting.ts';
import type { MeetingRecord } from '../../domain/meetings/meeting-record.ts';
import type { PlannedMeetingReminder } from '../../domain/meetings/meeting-reminder-plan.ts';
import type { Decision, DecisionEvent } from '../../domain/meetings/decision.ts';
import type { FollowUpEdit, FollowUpStatus } from '../../domain/meetings/follow-up.ts';

export interface MeetingStore {
  /**
   * Creates the meeting, or rewrites it with its items and attendance. Never
   * rewrites a cancelled meeting: then false, and nothing is written.
   */
  saveMeeting(record: MeetingRecord): Promise<boolean>;
  meeting(councilId: string, meetingId: string): Promise<MeetingRecord | undefined>;
  /** Every meeting of the council, cancelled ones included, by start, then id. */
  meetings(councilId: string): Promise<MeetingRecord[]>;
  /**
   * Planned or agenda published → cancelled, once, with who and when. True
   * only for the call that cancelled it; false for a meeting that is not
   * there, is held or is already cancelled.
   */
  markCancelled(councilId: string, meetingId: string, at: Date, by: string): Promise<boolean>;
  /** The member says they are coming; the first time counts (a repeat keeps it). */
  markComing(councilId: string, meetingId: string, memberId: string, at: Date): Promise<void>;
  /** The member is no longer coming (they sent afbud after all). */
  unmarkComing(councilId: string, meetingId: string, memberId: string): Promise<void>;
  /** Who said they are coming, with when. */
  comingMembers(councilId: string, meetingId: string): Promise<ReadonlyMap<string, string>>;
}

/**
 * What a decision write gave: written; or refused because the item's stored
 * revision is not the one the caller saw (then `current` is what is stored,
 * so the caller can say who changed it); or refused because the meeting no
 * longer takes decisions (cancelled, minutes approved, gone).
 */
export type DecisionWrite =
  | { readonly written: true }
  | { readonly written: false; readonly current?: Decision }
  | {
      readonly written: false;
      readonly meetingStatus: 'cancelled' | 'minutes_approved' | 'missing';
    };

export interface DecisionStore {
  /**
   * Writes an item's decision and its audit event in one atomic step, only
   * while the item's stored revision is `seenRevision` (0: none recorded) and
   * the meeting is neither cancelled nor approved. Otherwise writes nothing.
   */
  recordDecision(
    councilId: string,
    meetingId: string,
    decision: Decision,
    event: DecisionEvent,
    seenRevision: number,
  ): Promise<DecisionWrite>;
  /** The meeting's recorded decisions, one per item. */
  decisions(councilId: string, meetingId: string): Promise<Decision[]>;
  /** Every change of the meeting's decisions, oldest first. */
  decisionAudit(councilId: string, meetingId: string): Promise<DecisionEvent[]>;
}

/** A change to a follow-up point: a value sets it, null clears it, absent keeps it. */
export interface FollowUpChange {
  readonly owner?: string | null;
  readonly due?: string | null;
  readonly status?: FollowUpStatus;
  readonly updatedBy: string;
  readonly updatedAt: string;
}

export interface FollowUpStore {
  /** Sets (or clears) the given parts of a point's edit and keeps the rest, in one step. */
  editFollowUp(
    councilId: string,
    meetingId: string,
    item: string,
    change: FollowUpChange,
  ): Promise<void>;
  /** The stored edits of the meetings' points: meeting id → item → edit. */
  followUpEdits(
    councilId: string,
    meetingIds: readonly string[],
  ): Promise<ReadonlyMap<string, ReadonlyMap<string, FollowUpEdit>>>;
}

declare module '../deps.ts' {
  interface AppDeps {
    readonly meetings: MeetingStore;
    readonly decisions: DecisionStore;
    readonly followUp: FollowUpStore;
  }
}

/**
 * Plans a published meeting's reminders as background jobs
 * (src/jobs/meetings/), replacing whatever was planned for it before: a moved
 * meeting's old reminders go, a cancelled meeting's too.
 */
export interface MeetingScheduler {
  scheduleReminders(meeting: Meeting, reminders: readonly PlannedMeetingReminder[]): Promise<void>;
  cancelReminders(meeting: Meeting): Promise<void>;
}

declare module '../deps.ts' {
  interface AppDeps {
    readonly meetingScheduler: MeetingScheduler;
  }
}
