import { Worker } from 'bullmq';
import {
  closeSignUp,
  queueSignUpReminders,
  queueSummaryReminders,
  summariesDue,
  type DiscussionJobRun,
} from '../../app/discussions/run-discussion-jobs.ts';
import type { AppDeps } from '../../app/deps.ts';
import { parsePayload, workerOptions, type WorkerSettings } from '../worker-settings.ts';
import {
  discussionJobPayload,
  discussionQueueNames,
  type DiscussionJobKind,
  type DiscussionJobPayload,
} from './discussion-queues.ts';

const runs: Readonly<
  Record<DiscussionJobKind, (deps: AppDeps, job: DiscussionJobPayload) => Promise<DiscussionJobRun>>
> = {
  sign_up_reminder: queueSignUpReminders,
  sign_up_deadline: closeSignUp,
  summary_reminder: queueSummaryReminders,
  summaries_due: summariesDue,
};

/** Runs a discussion's planned job; one for a discussion that moved on does nothing. */
export function createDiscussionJobWorker(deps: AppDeps, settings: WorkerSettings) {
  return new Worker<DiscussionJobPayload, DiscussionJobRun>(
    discussionQueueNames.jobs,
    async (job) => {
      const payload = parsePayload(discussionJobPayload, job.data);
      return runs[payload.kind](deps, payload);
    },
    workerOptions(settings),
  );
}
