import { Queue, type ConnectionOptions, type DefaultJobOptions } from 'bullmq';
import { z } from 'zod';

export const queueNames = {
  closeHearing: 'close-hearing',
  reminders: 'reminders',
  /** Notices waiting to be fanned out to their routes. */
  outbox: 'outbox',
} as const;

/**
 * One delivery queue per platform: a 429 pauses a whole queue
 * (worker.rateLimit), and Slack saying 429 must not hold up Teams.
 */
export const deliveryQueueName = (platform: string): string => `deliver-${platform}`;

/** Hash-tagged so every queue key lands in one Redis Cluster slot. */
export const defaultPrefix = '{raadsbot}';

const day = 24 * 60 * 60;

export const defaultJobOptions: DefaultJobOptions = {
  attempts: 8,
  // Jitter spreads retries of many jobs that failed together (a platform outage).
  backoff: { type: 'exponential', delay: 1_000, jitter: 0.5 },
};

/**
 * How long finished jobs stay. A custom jobId dedupes only while the job
 * exists, so completed jobs are kept while a second add of the same work is
 * plausible. Set on the workers rather than on every job: BullMQ applies the
 * worker's setting when a job has none, and each job's stored options stay
 * ~80 bytes smaller (100,000 reminders are planned at once).
 */
export const keepFinishedJobs = {
  removeOnComplete: { age: 7 * day },
  removeOnFail: { age: 30 * day },
};

/**
 * A job id from its parts. BullMQ forbids ':'; ids of councils and hearings may
 * hold '-', so '.' separates and anything outside [A-Za-z0-9_-] is %-escaped —
 * two different tuples can never give the same id.
 */
export const jobIdOf = (kind: string, ...parts: readonly (string | number)[]): string =>
  [kind, ...parts.map((part) => String(part).replace(/[^A-Za-z0-9_-]/g, escapeChar))].join('.');

const escapeChar = (char: string): string =>
  [...Buffer.from(char)].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');

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

const hearingRef = { councilId: id, hearingId: id };
export const noticeSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('hearing_opened'), ...hearingRef }),
  z.object({ kind: z.literal('hearing_changed'), ...hearingRef }),
  z.object({ kind: z.literal('deadline_moved'), ...hearingRef, deadline: isoInstant }),
  z.object({ kind: z.literal('hearing_closed'), ...hearingRef }),
  z.object({ kind: z.literal('hearing_cancelled'), ...hearingRef }),
  z.object({
    kind: z.literal('reminder'),
    ...hearingRef,
    memberId: id,
    reminderKey: id,
    deadline: isoInstant,
  }),
]);

export const outboxPayload = z.object({ notice: noticeSchema });
export type OutboxPayload = z.infer<typeof outboxPayload>;

export const routeSchema = z.object({
  platform: id,
  conversation: z.string().min(1),
  context: z.record(z.string(), z.unknown()).optional(),
});

export const deliveryPayload = z.object({ notice: noticeSchema, route: routeSchema });
export type DeliveryPayload = z.infer<typeof deliveryPayload>;

export interface QueueSettings {
  readonly connection: ConnectionOptions;
  /** Default {raadsbot}; tests and benchmarks pass a unique one. */
  readonly prefix?: string;
  /** Connection errors while Redis is away; BullMQ would print them to the console. */
  readonly onError?: (error: Error) => void;
}

export interface JobQueues {
  readonly prefix: string;
  readonly closeHearing: Queue<CloseHearingPayload>;
  readonly reminders: Queue<ReminderPayload>;
  readonly outbox: Queue<OutboxPayload>;
  /** The delivery queue of one platform, created on first use. */
  delivery(platform: string): Queue<DeliveryPayload>;
  close(): Promise<void>;
}

/** The producer side of every queue, sharing one connection. */
export function createQueues(settings: QueueSettings): JobQueues {
  const prefix = settings.prefix ?? defaultPrefix;
  const make = <T>(name: string) => {
    const queue = new Queue<T>(name, {
      connection: settings.connection,
      prefix,
      defaultJobOptions,
    });
    queue.on('error', settings.onError ?? (() => {}));
    return queue;
  };
  const deliveries = new Map<string, Queue<DeliveryPayload>>();
  const closeHearing = make<CloseHearingPayload>(queueNames.closeHearing);
  const reminders = make<ReminderPayload>(queueNames.reminders);
  const outbox = make<OutboxPayload>(queueNames.outbox);
  return {
    prefix,
    closeHearing,
    reminders,
    outbox,
    delivery(platform) {
      let queue = deliveries.get(platform);
      if (queue === undefined) {
        queue = make<DeliveryPayload>(deliveryQueueName(platform));
        deliveries.set(platform, queue);
      }
      return queue;
    },
    async close() {
      await Promise.all(
        [closeHearing, reminders, outbox, ...deliveries.values()].map((queue) => queue.close()),
      );
    },
  };
}
