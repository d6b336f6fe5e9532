import { Worker } from 'bullmq';
import {
  queueMeetingReminderNotices,
  type MeetingReminderRun,
} from '../../app/meetings/queue-meeting-reminder-notices.ts';
import {
  meetingQueueNames,
  meetingReminderPayload,
  type MeetingReminderPayload,
} from './meeting-queues.ts';
import { parsePayload, workerOptions, type WorkerSettings } from '../worker-settings.ts';

export type MeetingReminderDeps = Parameters<typeof queueMeetingReminderNotices>[0];

/** Sends a planned meeting reminder; a cancelled or moved meeting makes it do nothing. */
export function createMeetingReminderWorker(deps: MeetingReminderDeps, settings: WorkerSettings) {
  return new Worker<MeetingReminderPayload, MeetingReminderRun>(
    meetingQueueNames.reminders,
    async (job) =>
      queueMeetingReminderNotices(deps, parsePayload(meetingReminderPayload, job.data)),
    workerOptions(settings),
  );
}
