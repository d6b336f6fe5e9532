import type { CapabilityJobs } from '../capability-jobs.ts';
import { BullMqDiscussionScheduler } from './bullmq-discussion-scheduler.ts';
import { discussionQueueNames, discussionQueuesOf } from './discussion-queues.ts';
import { createDiscussionJobWorker } from './discussion-job.worker.ts';

/** A group discussion's sign-up reminder and deadline, summary reminder and due time. */
export const discussionJobs: CapabilityJobs = {
  // Each job is a handful of notices (one per member at most): a few at once.
  queues: { [discussionQueueNames.jobs]: 4 },
  ports: ({ queues, redis, now }) => ({
    discussionScheduler: new BullMqDiscussionScheduler(discussionQueuesOf(queues), redis, now),
  }),
  workers: (deps, settingsFor) => [
    createDiscussionJobWorker(deps, settingsFor(discussionQueueNames.jobs)),
  ],
};
