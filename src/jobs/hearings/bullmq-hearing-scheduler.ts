import type { Redis } from 'ioredis';
import type { HearingScheduler } from '../../app/hearings/ports.ts';
import type { Hearing } from '../../domain/hearings/hearing.ts';
import type { PlannedReminder } from '../../domain/hearings/reminder-plan.ts';
import { jobIds, type HearingQueues } from './hearing-queues.ts';
import { TickBatcher } from '../tick-batcher.ts';

/** How long a hearing's plan record outlives its deadline (finished jobs are kept 7 days). */
const keepPlanAfterDeadlineMs = 8 * 24 * 60 * 60 * 1000;

interface Plan {
  readonly hearing: Hearing;
  readonly reminders: readonly PlannedReminder[];
}

/**
 * Plans a hearing's close and reminders as delayed BullMQ jobs with
 * deterministic ids. The ids hold the deadline and due time, so the old plan
 * cannot be recomputed from the new one: a per-hearing record keeps the ids
 * last planned, swapped atomically (SET … GET) after the new jobs exist, and
 * jobs of the old plan that are not in the new one are removed. A stale job
 * that slips through anyway carries its deadline, and the use case ignores it.
 */
export class BullMqHearingScheduler implements HearingScheduler {
  private readonly batcher = new TickBatcher<Plan>((plans) => this.schedule(plans));

  constructor(
    private readonly queues: HearingQueues,
    private readonly redis: Redis,
    /** The app's clock, when it is not the real one (tests pin it to a fixed date). */
    private readonly appNow?: () => number,
  ) {}

  scheduleDeadline(hearing: Hearing, reminders: readonly PlannedReminder[]): Promise<void> {
    return this.batcher.add({ hearing, reminders });
  }

  async cancelSchedule(hearing: Hearing): Promise<void> {
    await this.removeJobs(idsOf(await this.redis.getdel(this.planKey(hearing))));
  }

  private async schedule(plans: readonly Plan[]): Promise<void> {
    // BullMQ fires a job when its own clock (Date.now) passes timestamp + delay.
    // The delay is reckoned on the app's clock, so a job fires after the same
    // span the app sees between now and the due instant; with the real clock
    // as the app's clock, timestamp + delay is the due instant itself.
    const timestamp = Date.now();
    const appNow = this.appNow?.() ?? timestamp;
    const at = (dueMs: number) => ({ timestamp, delay: Math.max(0, dueMs - appNow) });
    const jobs = plans.map(({ hearing: { councilId, id: hearingId, deadline }, reminders }) => {
      const deadlineMs = Date.parse(deadline);
      return {
        deadlineMs,
        close: {
          name: 'close',
          data: { councilId, hearingId, deadline },
          opts: { jobId: jobIds.close(councilId, hearingId, deadlineMs), ...at(deadlineMs) },
        },
        reminders: reminders.map(({ key, dueAt }) => ({
          name: 'remind',
          data: { councilId, hearingId, deadline, reminderKey: key },
          opts: {
            jobId: jobIds.remind(councilId, hearingId, key, dueAt.getTime()),
            ...at(dueAt.getTime()),
          },
        })),
      };
    });
    const reminderJobs = jobs.flatMap((job) => job.reminders);
    await Promise.all([
      this.queues.closeHearing.addBulk(jobs.map((job) => job.close)),
      reminderJobs.length > 0 ? this.queues.reminders.addBulk(reminderJobs) : undefined,
    ]);

    const swap = this.redis.pipeline();
    const planned = jobs.map((job, index) => {
      const ids = [job.close.opts.jobId, ...job.reminders.map((reminder) => reminder.opts.jobId)];
      swap.set(
        this.planKey(plans[index]!.hearing),
        ids.join(' '),
        // A span, not an instant: Redis expires keys on its own (real) clock.
        'PX',
        Math.max(1, job.deadlineMs + keepPlanAfterDeadlineMs - appNow),
        'GET',
      );
      return new Set(ids);
    });
    const swapped = (await swap.exec()) ?? [];
    const stale = swapped.flatMap(([error, previous], index) => {
      if (error) throw error;
      return idsOf(previous).filter((jobId) => !planned[index]!.has(jobId));
    });
    await this.removeJobs(stale);
  }

  /** An active job cannot be removed (BullMQ answers 0); it finds the hearing changed and does nothing. */
  private async removeJobs(ids: readonly string[]): Promise<void> {
    await Promise.all(
      ids.map((jobId) =>
        (jobId.startsWith('close.') ? this.queues.closeHearing : this.queues.reminders).remove(
          jobId,
        ),
      ),
    );
  }

  private planKey(hearing: Hearing): string {
    return `${this.queues.prefix}:plan:${hearing.councilId}:${hearing.id}`;
  }
}

const idsOf = (record: unknown): string[] =>
  typeof record === 'string' && record !== '' ? record.split(' ') : [];
