import type { CapabilityJobs } from '../capability-jobs.ts';
import { BullMqMeetingScheduler } from './bullmq-meeting-scheduler.ts';
import { meetingQueueNames, meetingQueuesOf } from './meeting-queues.ts';
import { createMeetingReminderWorker } from './meeting-reminder.worker.ts';
import { createMinutesDeadlineWorker } from './minutes-deadline.worker.ts';

/** A published meeting's reminders and its minutes' deadline, as delayed BullMQ jobs. */
export const meetingJobs: CapabilityJobs = {
  // A reminder is one notice (or one per member who has not answered): few at once.
  queues: { [meetingQueueNames.reminders]: 8, [meetingQueueNames.minutesDeadline]: 2 },
  ports: ({ queues, redis, now }) => ({
    meetingScheduler: new BullMqMeetingScheduler(meetingQueuesOf(queues), redis, now),
  }),
  workers: (deps, settingsFor) => [
    createMeetingReminderWorker(deps, settingsFor(meetingQueueNames.reminders)),
    createMinutesDeadlineWorker(deps, settingsFor(meetingQueueNames.minutesDeadline)),
  ],
};
