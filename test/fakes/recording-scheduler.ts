import type { HearingScheduler } from '../../src/app/hearings/ports.ts';
import type { Hearing } from '../../src/domain/hearings/hearing.ts';
import type { PlannedReminder } from '../../src/domain/hearings/reminder-plan.ts';

/** Remembers the current schedule per hearing, the way BullMQ would hold it. */
export class RecordingScheduler implements HearingScheduler {
  readonly plans = new Map<string, { deadline: string; reminders: readonly PlannedReminder[] }>();

  async scheduleDeadline(hearing: Hearing, reminders: readonly PlannedReminder[]): Promise<void> {
    this.plans.set(hearing.id, { deadline: hearing.deadline, reminders });
  }

  async cancelSchedule(hearing: Hearing): Promise<void> {
    this.plans.delete(hearing.id);
  }

  closeScheduledFor(hearingId: string): string | undefined {
    return this.plans.get(hearingId)?.deadline;
  }
}
