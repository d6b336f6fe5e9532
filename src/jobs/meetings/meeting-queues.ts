import type { Queue } from 'bullmq';
import { z } from 'zod';
import { meetingReminderKeys } from '../../domain/meetings/meeting-reminder-plan.ts';
import { jobIdOf, type JobQueues } from '../queues.ts';

/** The meetings' own queue: the reminders before a published meeting. */
export const meetingQueueNames = {
  reminders: 'meeting-reminders',
  minutesDeadline: 'meeting-minutes-deadline',
} as const;

/** The revision (sequence) is in the id: a moved meeting's reminders are new jobs. */
export const meetingJobIds = {
  remind: (
    councilId: string,
    meetingId: string,
    sequence: number,
    reminderKey: string,
    dueMs: number,
  ) => jobIdOf('meeting-remind', councilId, meetingId, sequence, reminderKey, dueMs),
  /** One per round's deadline: sending again with another deadline is a new job. */
  minutesDeadline: (councilId: string, meetingId: string, deadline: string) =>
    jobIdOf('minutes-deadline', councilId, meetingId, deadline),
};

const id = z.string().min(1).max(200);

export const meetingReminderPayload = z.object({
  councilId: id,
  meetingId: id,
  reminderKey: z.enum(meetingReminderKeys),
  /** The meeting as it was planned for: a move or an edited start makes the job stale. */
  start: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
  sequence: z.number().int().min(0),
});
export type MeetingReminderPayload = z.infer<typeof meetingReminderPayload>;

export const minutesDeadlinePayload = z.object({
  councilId: id,
  meetingId: id,
  /** The round's council-local deadline: a round with another one makes the job stale. */
  deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/),
});
export type MinutesDeadlinePayload = z.infer<typeof minutesDeadlinePayload>;

export interface MeetingQueues {
  readonly prefix: string;
  readonly reminders: Queue<MeetingReminderPayload>;
  readonly minutesDeadline: Queue<MinutesDeadlinePayload>;
}

export const meetingQueuesOf = (queues: Pick<JobQueues, 'prefix' | 'named'>): MeetingQueues => ({
  prefix: queues.prefix,
  reminders: queues.named<MeetingReminderPayload>(meetingQueueNames.reminders),
  minutesDeadline: queues.named<MinutesDeadlinePayload>(meetingQueueNames.minutesDeadline),
});
