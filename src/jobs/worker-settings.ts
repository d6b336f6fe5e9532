import { UnrecoverableError, type ConnectionOptions } from 'bullmq';
import type { z } from 'zod';
import { defaultPrefix, keepFinishedJobs } from './queues.ts';

/** What every worker needs to reach its queue. */
export interface WorkerSettings {
  /** An ioredis client (or options) with maxRetriesPerRequest: null, as BullMQ workers require. */
  readonly connection: ConnectionOptions;
  readonly prefix?: string;
  readonly concurrency?: number;
}

export const workerOptions = (settings: WorkerSettings) => ({
  ...keepFinishedJobs,
  connection: settings.connection,
  prefix: settings.prefix ?? defaultPrefix,
  concurrency: settings.concurrency ?? 1,
});

/** A payload that fails its schema stays bad however often it is retried. */
export function parsePayload<S extends z.ZodType>(schema: S, data: unknown): z.infer<S> {
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new UnrecoverableError(`invalid job payload: ${parsed.error.message}`);
  return parsed.data;
}
