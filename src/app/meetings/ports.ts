/** The ports the meeting use cases need beyond the shared ones. */
import type { Meeting } from '../../domain/meetings/meeting.ts';
import type { MeetingRecord } from '../../domain/meetings/meeting-record.ts';
import type { PlannedMeetingReminder } from '../../domain/meetings/meeting-reminder-plan.ts';

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

declare module '../deps.ts' {
  interface AppDeps {
    readonly meetings: MeetingStore;
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
