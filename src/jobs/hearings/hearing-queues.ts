import type { Queue } from 'bullmq';
import { z } from 'zod';
import { jobIdOf, type JobQueues } from '../queues.ts';

/** The hearings' own queues: the close at the deadline, and the reminders before it. */
export const hearingQueueNames = {
  closeHearing: 'close-hearing',
  reminders: 'reminders',
} as const;

export const jobIds = {
  close: (councilId: string, hearingId: string, deadlineMs: number) =>
    jobIdOf('close', councilId, hearingId, deadlineMs),
  remind: (councilId: string, hearingId: string, reminderKey: string, dueMs: number) =>
    jobIdOf('remind', councilId, hearingId, reminderKey, dueMs),
};

const isoInstant = z.iso.datetime({ offset: true });
const id = z.string().min(1).max(200);

export const closeHearingPayload = z.object({ councilId: id, hearingId: id, deadline: isoInstant });
export type CloseHearingPayload = z.infer<typeof closeHearingPayload>;

export const reminderPayload = z.object({
  councilId: id,
  hearingId: id,
  deadline: isoInstant,
  reminderKey: id,
});
export type ReminderPayload = z.infer<typeof reminderPayload>;

export interface HearingQueues {
  readonly prefix: string;
  readonly closeHearing: Queue<CloseHearingPayload>;
  readonly reminders: Queue<ReminderPayload>;
}

export const hearingQueuesOf = (queues: Pick<JobQueues, 'prefix' | 'named'>): HearingQueues => ({
  prefix: queues.prefix,
  closeHearing: queues.named<CloseHearingPayload>(hearingQueueNames.closeHearing),
  reminders: queues.named<ReminderPayload>(hearingQueueNames.reminders),
});
