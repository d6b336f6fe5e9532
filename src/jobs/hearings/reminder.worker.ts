import { Worker } from 'bullmq';
import {
  queueReminderNotices,
  type ReminderRun,
} from '../../app/hearings/queue-reminder-notices.ts';
import { hearingQueueNames, reminderPayload, type ReminderPayload } from './hearing-queues.ts';
import { parsePayload, workerOptions, type WorkerSettings } from '../worker-settings.ts';

export type ReminderDeps = Parameters<typeof queueReminderNotices>[0];

/** Sends a planned reminder; who still has to answer is decided now, not when it was planned. */
export function createReminderWorker(deps: ReminderDeps, settings: WorkerSettings) {
  return new Worker<ReminderPayload, ReminderRun>(
    hearingQueueNames.reminders,
    async (job) => queueReminderNotices(deps, parsePayload(reminderPayload, job.data)),
    workerOptions(settings),
  );
}
