import type { Redis } from 'ioredis';
import type { MeetingScheduler } from '../../app/meetings/ports.ts';
import type { Meeting } from '../../domain/meetings/meeting.ts';
import type { PlannedMeetingReminder } from '../../domain/meetings/meeting-reminder-plan.ts';
import { meetingJobIds, type MeetingQueues } from './meeting-queues.ts';

/** How long a meeting's plan record is kept: past any reminder of a meeting months ahead. */
const keepPlanMs = 400 * 24 * 60 * 60 * 1000;

/**
 * Plans a meeting's reminders as delayed BullMQ jobs with deterministic ids
 * (meeting, revision, kind, due time), so publishing again adds nothing twice.
 * As for hearings (bullmq-hearing-scheduler.ts), a per-meeting record keeps
 * the ids last planned, swapped atomically (SET … GET) after the new jobs
 * exist; jobs of the old plan that are not in the new one are removed. A stale
 * job that slips through anyway carries the revision it was planned for, and
 * the worker ignores it.
 */
export class BullMqMeetingScheduler implements MeetingScheduler {
  constructor(
    private readonly queues: MeetingQueues,
    private readonly redis: Redis,
    /** The app's clock, when it is not the real one (tests pin it to a fixed date). */
    private readonly appNow?: () => number,
  ) {}

  async scheduleReminders(
    meeting: Meeting,
    reminders: readonly PlannedMeetingReminder[],
  ): Promise<void> {
    // BullMQ fires a job when its own clock passes timestamp + delay; the delay
    // is reckoned on the app's clock (see bullmq-hearing-scheduler.ts).
    const timestamp = Date.now();
    const appNow = this.appNow?.() ?? timestamp;
    const { councilId, id: meetingId, start } = meeting;
    const sequence = meeting.sequence ?? 0;
    const jobs = reminders.map(({ key, dueAt }) => ({
      name: 'remind',
      data: { councilId, meetingId, reminderKey: key, start, sequence },
      opts: {
        jobId: meetingJobIds.remind(councilId, meetingId, sequence, key, dueAt.getTime()),
        timestamp,
        delay: Math.max(0, dueAt.getTime() - appNow),
      },
    }));
    if (jobs.length > 0) await this.queues.reminders.addBulk(jobs);
    const planned = jobs.map((job) => job.opts.jobId);
    const previous = await this.redis.set(
      this.planKey(meeting),
      planned.join(' '),
      'PX',
      keepPlanMs,
      'GET',
    );
    await this.removeJobs(idsOf(previous).filter((jobId) => !planned.includes(jobId)));
  }

  async scheduleMinutesDeadline(
    councilId: string,
    meetingId: string,
    deadline: string,
    at: Date,
  ): Promise<void> {
    const timestamp = Date.now();
    const appNow = this.appNow?.() ?? timestamp;
    await this.queues.minutesDeadline.add(
      'close-minutes',
      { councilId, meetingId, deadline },
      {
        jobId: meetingJobIds.minutesDeadline(councilId, meetingId, deadline),
        timestamp,
        delay: Math.max(0, at.getTime() - appNow),
      },
    );
  }

  async cancelReminders(meeting: Meeting): Promise<void> {
    await this.removeJobs(idsOf(await this.redis.getdel(this.planKey(meeting))));
  }

  /** An active job cannot be removed (BullMQ answers 0); it finds the meeting changed and does nothing. */
  private async removeJobs(ids: readonly string[]): Promise<void> {
    await Promise.all(ids.map((jobId) => this.queues.reminders.remove(jobId)));
  }

  private planKey(meeting: Meeting): string {
    return `${this.queues.prefix}:meeting-plan:${meeting.councilId}:${meeting.id}`;
  }
}

const idsOf = (record: unknown): string[] =>
  typeof record === 'string' && record !== '' ? record.split(' ') : [];
