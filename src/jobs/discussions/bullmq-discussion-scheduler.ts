import type { Redis } from 'ioredis';
import type { DiscussionScheduler } from '../../app/discussions/ports.ts';
import type { Discussion } from '../../domain/discussions/discussion.ts';
import {
  discussionJobIds,
  discussionJobKinds,
  type DiscussionJobKind,
  type DiscussionQueues,
} from './discussion-queues.ts';

/** How long a discussion's plan record is kept: past any due time months ahead. */
const keepPlanMs = 400 * 24 * 60 * 60 * 1000;

/**
 * Plans a discussion's jobs as delayed BullMQ jobs with deterministic ids
 * (discussion, sequence, kind, due time), as the meetings' scheduler does
 * (bullmq-meeting-scheduler.ts): a per-discussion record keeps the ids last
 * planned, swapped atomically (SET … GET) after the new jobs exist, and the
 * old plan's other jobs are removed. A stale job that slips through carries
 * the sequence it was planned for, and the worker ignores it.
 */
export class BullMqDiscussionScheduler implements DiscussionScheduler {
  constructor(
    private readonly queues: DiscussionQueues,
    private readonly redis: Redis,
    /** The app's clock, when it is not the real one (tests pin it to a fixed date). */
    private readonly appNow?: () => number,
  ) {}

  scheduleSignUp(discussion: Discussion, reminderAt: Date | undefined, deadlineAt: Date) {
    return this.plan(discussion, [
      ...(reminderAt === undefined ? [] : [{ kind: 'sign_up_reminder' as const, at: reminderAt }]),
      { kind: 'sign_up_deadline', at: deadlineAt },
    ]);
  }

  scheduleSummaries(discussion: Discussion, reminderAt: Date | undefined, dueAt: Date) {
    return this.plan(discussion, [
      ...(reminderAt === undefined ? [] : [{ kind: 'summary_reminder' as const, at: reminderAt }]),
      { kind: 'summaries_due', at: dueAt },
    ]);
  }

  async carryPlanOver(discussion: Discussion, now: Date): Promise<void> {
    const planned: { kind: DiscussionJobKind; at: Date }[] = [];
    for (const jobId of idsOf(await this.redis.get(this.planKey(discussion)))) {
      const job = plannedJobOf(jobId);
      if (job === undefined) continue;
      // Due but not run yet (a slow worker, a deploy): planned again, to run at once.
      // One that ran (completed) is not: its reminder went out, its deadline closed.
      if (job.at > now || notRunYet(await this.queues.jobs.getJobState(jobId))) planned.push(job);
    }
    await this.plan(discussion, planned);
  }

  async cancelAll(discussion: Discussion): Promise<void> {
    await this.removeJobs(idsOf(await this.redis.getdel(this.planKey(discussion))));
  }

  private async plan(
    discussion: Discussion,
    planned: readonly { kind: DiscussionJobKind; at: Date }[],
  ): Promise<void> {
    // BullMQ fires a job when its own clock passes timestamp + delay; the
    // delay is reckoned on the app's clock (see bullmq-hearing-scheduler.ts).
    const timestamp = Date.now();
    const appNow = this.appNow?.() ?? timestamp;
    const { councilId, id: discussionId, sequence } = discussion;
    const jobs = planned.map(({ kind, at }) => ({
      name: kind,
      data: { councilId, discussionId, kind, sequence },
      opts: {
        jobId: discussionJobIds.job(councilId, discussionId, sequence, kind, at.getTime()),
        timestamp,
        delay: Math.max(0, at.getTime() - appNow),
      },
    }));
    if (jobs.length > 0) await this.queues.jobs.addBulk(jobs);
    const ids = jobs.map((job) => job.opts.jobId);
    const previous = await this.redis.set(
      this.planKey(discussion),
      ids.join(' '),
      'PX',
      keepPlanMs,
      'GET',
    );
    await this.removeJobs(idsOf(previous).filter((jobId) => !ids.includes(jobId)));
  }

  /** An active job cannot be removed (BullMQ answers 0); it finds the discussion moved on. */
  private async removeJobs(ids: readonly string[]): Promise<void> {
    await Promise.all(ids.map((jobId) => this.queues.jobs.remove(jobId)));
  }

  private planKey(discussion: Discussion): string {
    return `${this.queues.prefix}:discussion-plan:${discussion.councilId}:${discussion.id}`;
  }
}

const idsOf = (record: unknown): string[] =>
  typeof record === 'string' && record !== '' ? record.split(' ') : [];

/** A planned job's kind and instant, read back from its id (see discussionJobIds.job). */
function plannedJobOf(jobId: string): { kind: DiscussionJobKind; at: Date } | undefined {
  const parts = jobId.split('.');
  const kind = discussionJobKinds.find((candidate) => candidate === parts.at(-2));
  const at = Number(parts.at(-1));
  return kind === undefined || !Number.isFinite(at) ? undefined : { kind, at: new Date(at) };
}

/** A job that has not run to its end: waiting for its time or a worker, or running now (it will find the sequence moved on). */
const notRunYet = (state: string): boolean =>
  ['delayed', 'waiting', 'wait', 'prioritized', 'waiting-children', 'active'].includes(state);
