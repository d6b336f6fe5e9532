import { Worker } from 'bullmq';
import { sendReminders, type ReminderRun } from '../../app/hearings/queue-reminder-notices.ts';
import { queueNames, reminderPayload, type ReminderPayload } from '../queues.ts';
import { parsePayload, workerOptions, type WorkerSettings } from '../worker-settings.ts';

export type ReminderDeps = Parameters<typeof sendReminders>[0];

/** Sends a planned reminder; who still has to answer is decided now, not when it was planned. */
export function createReminderWorker(deps: ReminderDeps, settings: WorkerSettings) {
  return new Worker<ReminderPayload, ReminderRun>(
    queueNames.reminders,
    async (job) => sendReminders(deps, parsePayload(reminderPayload, job.data)),
    workerOptions(settings),
  );
}
