/** The ports the meeting use cases need beyond the shared ones. */
import type { Meeting, MeetingStatus } from '../../domain/meetings/meeting.ts';
import type { MeetingRecord } from '../../domain/meetings/meeting-record.ts';
import type { PlannedMeetingReminder } from '../../domain/meetings/meeting-reminder-plan.ts';
import type { Decision, DecisionEvent } from '../../domain/meetings/decision.ts';
import type { FollowUpEdit, FollowUpStatus } from '../../domain/meetings/follow-up.ts';
import type { MeetingGuest } from '../../domain/meetings/attendance-sheet.ts';
import type { MinutesApproval, MinutesRound } from '../../domain/meetings/minutes-approval.ts';
import type { ItemGroupDiscussion } from '../../domain/meetings/item-group-discussion.ts';

export interface MeetingStore {
  /**
   * Creates the meeting, or rewrites it with its items and attendance. Never
   * rewrites a cancelled meeting; and given `ifStatus` (the status the caller
   * read), only while the stored status is still that one, so a change made
   * meanwhile (the minutes sent, say) is never undone. False when refused, and
   * nothing is written.
   */
  saveMeeting(record: MeetingRecord, ifStatus?: MeetingStatus): Promise<boolean>;
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

/** Guests and presenters the secretariat adds to a meeting, one per name. */
export interface MeetingGuestStore {
  /** Adds the guest, or replaces the one with the same name: true when new. */
  addGuest(councilId: string, meetingId: string, guest: MeetingGuest): Promise<boolean>;
  /** False when nobody by that name was added. */
  removeGuest(councilId: string, meetingId: string, name: string): Promise<boolean>;
  /** In the order they were added. */
  guests(councilId: string, meetingId: string): Promise<MeetingGuest[]>;
}

/** Why a minutes write was not done: the meeting's status at the time, or that it is not there. */
export type MinutesRefusal = { readonly ok: false; readonly status: string | undefined };

/**
 * The approval of a meeting's minutes. Each write checks the meeting's stored
 * status in the same atomic step that changes it.
 */
export interface MinutesApprovalStore {
  /** Planned, agenda published or held → minutes sent, with the round. */
  sendForApproval(
    councilId: string,
    meetingId: string,
    round: MinutesRound,
  ): Promise<{ readonly ok: true } | MinutesRefusal>;
  /** One approval per member while the minutes are out: false for a repeat (the first stays). */
  approve(
    councilId: string,
    meetingId: string,
    approval: MinutesApproval,
  ): Promise<{ readonly ok: true; readonly added: boolean } | MinutesRefusal>;
  /** Minutes sent → minutes approved, once, with who and when. */
  closeApproval(
    councilId: string,
    meetingId: string,
    at: Date,
    by: string,
  ): Promise<{ readonly ok: true } | MinutesRefusal>;
  round(councilId: string, meetingId: string): Promise<MinutesRound | undefined>;
  /** In the order given. */
  approvals(councilId: string, meetingId: string): Promise<MinutesApproval[]>;
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
  /**
   * Plans the job that marks the minutes approved at their deadline (`at`,
   * the council-local `deadline` as an instant). The job carries the
   * deadline, so a round with another deadline makes it do nothing.
   */
  scheduleMinutesDeadline(
    councilId: string,
    meetingId: string,
    deadline: string,
    at: Date,
  ): Promise<void>;
}

declare module '../deps.ts' {
  interface AppDeps {
    readonly meetingScheduler: MeetingScheduler;
    readonly meetingGuests: MeetingGuestStore;
    readonly minutesApprovals: MinutesApprovalStore;
  }
}

/**
 * An agenda read from chat (a shared file or pasted text) and previewed, but
 * not stored yet: kept for a while so that the secretary's "Gem dagsorden"
 * stores exactly what they saw.
 */
export interface PendingImport {
  readonly councilId: string;
  /** Who previewed it; only the secretariat may store it. */
  readonly actorId: string;
  readonly format: 'text' | 'markdown' | 'docx' | 'pdf';
  readonly text: string;
  /** The shared file's name, when it came as a file. */
  readonly fileName?: string;
}

export interface PendingImportStore {
  /** Keeps it for `ttlSeconds` under a new id no one can guess; returns the id. */
  put(pending: PendingImport, ttlSeconds: number): Promise<string>;
  /** Puts it back under its id (a store that failed after the take), unless one is there. */
  restore(id: string, pending: PendingImport, ttlSeconds: number): Promise<void>;
  peek(councilId: string, id: string): Promise<PendingImport | undefined>;
  /** Reads and removes it in one step: of two takes at once, one gets it. */
  take(councilId: string, id: string): Promise<PendingImport | undefined>;
}

declare module '../deps.ts' {
  interface AppDeps {
    readonly pendingImports: PendingImportStore;
  }
}

/** What attaching a group discussion's opsamling gave: written, or refused with the meeting's status. */
export type GroupDiscussionWrite =
  | { readonly written: true }
  | {
      readonly written: false;
      readonly meetingStatus: 'cancelled' | 'minutes_approved' | 'missing';
    };

/** The opsamlinger of group discussions held on a meeting's items, one per item. */
export interface ItemGroupDiscussionStore {
  /**
   * Sets (or replaces) the item's opsamling in one atomic step that checks
   * the meeting: never on a cancelled meeting or approved minutes.
   */
  attach(
    councilId: string,
    meetingId: string,
    itemNumber: string,
    discussion: ItemGroupDiscussion,
  ): Promise<GroupDiscussionWrite>;
  /** Item number ("3") → its opsamling. */
  groupDiscussions(
    councilId: string,
    meetingId: string,
  ): Promise<ReadonlyMap<string, ItemGroupDiscussion>>;
}

declare module '../deps.ts' {
  interface AppDeps {
    readonly itemGroupDiscussions: ItemGroupDiscussionStore;
  }
}
