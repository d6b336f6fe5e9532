import type { Queue } from 'bullmq';
import { z } from 'zod';
import { jobIdOf, type JobQueues } from '../queues.ts';

/** The discussions' one queue: sign-up reminder and deadline, summary reminder and due time. */
export const discussionQueueNames = { jobs: 'discussion-jobs' } as const;

export const discussionJobKinds = [
  'sign_up_reminder',
  'sign_up_deadline',
  'summary_reminder',
  'summaries_due',
] as const;
export type DiscussionJobKind = (typeof discussionJobKinds)[number];

/** The sequence is in the id: a discussion planned again gets new jobs. */
export const discussionJobIds = {
  job: (
    councilId: string,
    discussionId: string,
    sequence: number,
    kind: DiscussionJobKind,
    dueMs: number,
  ) => jobIdOf('discussion', councilId, discussionId, sequence, kind, dueMs),
};

const id = z.string().min(1).max(200);

export const discussionJobPayload = z.object({
  councilId: id,
  discussionId: id,
  kind: z.enum(discussionJobKinds),
  /** The discussion's sequence it was planned for: a discussion that moved on makes it stale. */
  sequence: z.number().int().min(0),
});
export type DiscussionJobPayload = z.infer<typeof discussionJobPayload>;

export interface DiscussionQueues {
  readonly prefix: string;
  readonly jobs: Queue<DiscussionJobPayload>;
}

export const discussionQueuesOf = (
  queues: Pick<JobQueues, 'prefix' | 'named'>,
): DiscussionQueues => ({
  prefix: queues.prefix,
  jobs: queues.named<DiscussionJobPayload>(discussionQueueNames.jobs),
});
