import type { MeetingScheduler } from '../../src/app/meetings/ports.ts';
import type { Meeting } from '../../src/domain/meetings/meeting.ts';
import type { PlannedMeetingReminder } from '../../src/domain/meetings/meeting-reminder-plan.ts';

/** Remembers the reminders planned per meeting, the way BullMQ would hold them. */
export class RecordingMeetingScheduler implements MeetingScheduler {
  readonly plans = new Map<
    string,
    { start: string; reminders: readonly PlannedMeetingReminder[] }
  >();

  async scheduleReminders(
    meeting: Meeting,
    reminders: readonly PlannedMeetingReminder[],
  ): Promise<void> {
    this.plans.set(meeting.id, { start: meeting.start, reminders });
  }

  async cancelReminders(meeting: Meeting): Promise<void> {
    this.plans.delete(meeting.id);
  }

  /** The minutes' deadline job planned per meeting: its deadline and when it runs. */
  readonly minutesDeadlines = new Map<string, { deadline: string; at: Date }>();

  async scheduleMinutesDeadline(
    _councilId: string,
    meetingId: string,
    deadline: string,
    at: Date,
  ): Promise<void> {
    this.minutesDeadlines.set(meetingId, { deadline, at });
  }
}
