import type { DiscussionScheduler } from '../../src/app/discussions/ports.ts';
import type { Discussion } from '../../src/domain/discussions/discussion.ts';

export interface PlannedDiscussionJobs {
  readonly phase: 'sign_up' | 'summaries';
  readonly sequence: number;
  readonly reminderAt: Date | undefined;
  /** The sign-up deadline, or the summaries' due time. */
  readonly at: Date;
}

/** Remembers the jobs planned per discussion, the way BullMQ would hold them (the last plan wins). */
export class RecordingDiscussionScheduler implements DiscussionScheduler {
  readonly plans = new Map<string, PlannedDiscussionJobs>();

  async scheduleSignUp(
    discussion: Discussion,
    reminderAt: Date | undefined,
    deadlineAt: Date,
  ): Promise<void> {
    this.plans.set(discussion.id, {
      phase: 'sign_up',
      sequence: discussion.sequence,
      reminderAt,
      at: deadlineAt,
    });
  }

  async scheduleSummaries(
    discussion: Discussion,
    reminderAt: Date | undefined,
    dueAt: Date,
  ): Promise<void> {
    this.plans.set(discussion.id, {
      phase: 'summaries',
      sequence: discussion.sequence,
      reminderAt,
      at: dueAt,
    });
  }

  /** Like BullMQ with a worker that keeps up: a job whose time has passed has run. */
  async carryPlanOver(discussion: Discussion, now: Date): Promise<void> {
    const plan = this.plans.get(discussion.id);
    if (plan === undefined) return;
    if (plan.at <= now) {
      this.plans.delete(discussion.id);
      return;
    }
    const reminderAt =
      plan.reminderAt !== undefined && plan.reminderAt > now ? plan.reminderAt : undefined;
    this.plans.set(discussion.id, { ...plan, sequence: discussion.sequence, reminderAt });
  }

  async cancelAll(discussion: Discussion): Promise<void> {
    this.plans.delete(discussion.id);
  }
}
