import { Queue, type ConnectionOptions, type DefaultJobOptions } from 'bullmq';
import { z } from 'zod';
import type { NoticeBase, NoticeCatalog } from '../app/notice-kind.ts';
import type { Notice } from '../app/ports.ts';

/** The queues every capability shares; a capability names its own (src/jobs/hearings/hearing-queues.ts). */
export const queueNames = {
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

const id = z.string().min(1).max(200);

/** A notice of any capability's kind, checked against that kind's schema. */
export function noticeSchemaOf(notices: NoticeCatalog) {
  const schemas = Object.values(notices).map((kind) => kind.schema);
  if (schemas.length === 0) throw new Error('no capability declares a notice');
  // Each kind's schema is where its part of the Notice type comes from.
  return z.union(
    schemas as [z.ZodType<NoticeBase>, ...z.ZodType<NoticeBase>[]],
  ) as unknown as z.ZodType<Notice>;
}

export const outboxPayloadOf = (notices: NoticeCatalog) =>
  z.object({ notice: noticeSchemaOf(notices) });
export type OutboxPayload = { notice: Notice };

export const routeSchema = z.object({
  platform: id,
  conversation: z.string().min(1),
  context: z.record(z.string(), z.unknown()).optional(),
});

export const deliveryPayloadOf = (notices: NoticeCatalog) =>
  z.object({ notice: noticeSchemaOf(notices), route: routeSchema });
export type DeliveryPayload = { notice: Notice; route: z.infer<typeof routeSchema> };

export interface QueueSettings {
  readonly connection: ConnectionOptions;
  /** Default {raadsbot}; tests and benchmarks pass a unique one. */
  readonly prefix?: string;
  /** Connection errors while Redis is away; BullMQ would print them to the console. */
  readonly onError?: (error: Error) => void;
}

export interface JobQueues {
  readonly prefix: string;
  readonly outbox: Queue<OutboxPayload>;
  /** A capability's queue by name (see each capability's *-queues.ts), created on first use. */
  named<T>(name: string): Queue<T>;
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
  const queues = new Map<string, Queue<unknown>>();
  const named = <T>(name: string): Queue<T> => {
    let queue = queues.get(name);
    if (queue === undefined) {
      queue = make<unknown>(name);
      queues.set(name, queue);
    }
    return queue as Queue<T>;
  };
  return {
    prefix,
    outbox: named<OutboxPayload>(queueNames.outbox),
    named,
    delivery: (platform) => named<DeliveryPayload>(deliveryQueueName(platform)),
    async close() {
      await Promise.all([...queues.values()].map((queue) => queue.close()));
    },
  };
}
