import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppDeps } from '../app/deps.ts';
import type { NoticeCatalog } from '../app/notice-kind.ts';
import type { CapabilityJobs } from './capability-jobs.ts';
import type { ChatSender } from './chat-sender.ts';
import { createDeliveryWorker } from './delivery.worker.ts';
import { createOutboxWorker } from './outbox.worker.ts';
import { queueNames, type JobQueues } from './queues.ts';

/** The part of a pino logger the workers use. */
export interface WorkerLog {
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface WorkerSetup {
  /** maxRetriesPerRequest: null (BullMQ's requirement); each worker duplicates it for its blocking reads. */
  readonly redis: Redis;
  readonly prefix?: string;
  /** Jobs each worker runs at once, by queue name ('delivery' for every platform's); the work is I/O-bound, so more than the cores. */
  readonly concurrency?: Readonly<Record<string, number>>;
  readonly deps: AppDeps;
  /** Every capability's notice kinds, and its own jobs. */
  readonly notices: NoticeCatalog;
  readonly capabilityJobs: readonly CapabilityJobs[];
  /** Producer side, for the outbox worker to add deliveries. */
  readonly queues: Pick<JobQueues, 'delivery'>;
  readonly senders: readonly ChatSender[];
  readonly log: WorkerLog;
}

/** The shared queues' defaults; each capability gives its own queues' (CapabilityJobs.queues). */
export const defaultConcurrency = { [queueNames.outbox]: 16, delivery: 8 };

export interface RunningWorkers {
  readonly workers: readonly Worker[];
  /** Stops taking jobs and waits for the active ones to finish (for SIGTERM). */
  close(): Promise<void>;
}

export async function startWorkers(setup: WorkerSetup): Promise<RunningWorkers> {
  const concurrency: Record<string, number> = {
    ...defaultConcurrency,
    ...Object.assign({}, ...setup.capabilityJobs.map((jobs) => jobs.queues)),
    ...setup.concurrency,
  };
  const settings = (queueName: string) => ({
    connection: setup.redis,
    ...(setup.prefix === undefined ? {} : { prefix: setup.prefix }),
    concurrency: concurrency[queueName] ?? 1,
  });
  const workers: Worker[] = [
    ...setup.capabilityJobs.flatMap((jobs) => jobs.workers(setup.deps, settings)),
    createOutboxWorker(
      setup.notices,
      setup.senders,
      setup.queues,
      settings(queueNames.outbox),
      setup.redis,
    ),
    ...setup.senders.map((sender) =>
      createDeliveryWorker(setup.notices, sender, setup.redis, settings('delivery')),
    ),
  ];
  for (const worker of workers) {
    // An 'error' event without a listener would crash the process; Redis blips are expected.
    worker.on('error', (error) =>
      setup.log.error({ err: error, queue: worker.name }, 'worker error'),
    );
    worker.on('failed', (job, error) =>
      setup.log.warn(
        { err: error, queue: worker.name, jobId: job?.id, attempts: job?.attemptsMade },
        'job failed',
      ),
    );
  }
  await Promise.all(workers.map((worker) => worker.waitUntilReady()));
  return {
    workers,
    // worker.close() without force waits for active jobs: none is lost or left stalled.
    close: async () => {
      await Promise.all(workers.map((worker) => worker.close()));
    },
  };
}
