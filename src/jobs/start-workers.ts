import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ChatSender } from './chat-sender.ts';
import { createCloseHearingWorker, type CloseHearingDeps } from './hearings/close-hearing.worker.ts';
import { createDeliveryWorker } from './delivery.worker.ts';
import { createOutboxWorker } from './outbox.worker.ts';
import type { JobQueues } from './queues.ts';
import { createReminderWorker, type ReminderDeps } from './hearings/reminder.worker.ts';

/** The part of a pino logger the workers use. */
export interface WorkerLog {
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

export interface WorkerSetup {
  /** maxRetriesPerRequest: null (BullMQ's requirement); each worker duplicates it for its blocking reads. */
  readonly redis: Redis;
  readonly prefix?: string;
  /** Jobs each worker runs at once; the work is I/O-bound, so more than the cores. */
  readonly concurrency?: Partial<typeof defaultConcurrency>;
  readonly deps: CloseHearingDeps & ReminderDeps;
  /** Producer side, for the outbox worker to add deliveries. */
  readonly queues: Pick<JobQueues, 'delivery'>;
  readonly senders: readonly ChatSender[];
  readonly log: WorkerLog;
}

// Reminders fall due together (same deadline times); 64 drained them 20–40 % faster in the benchmark.
export const defaultConcurrency = { closeHearing: 4, reminders: 64, outbox: 16, delivery: 8 };

export interface RunningWorkers {
  readonly workers: readonly Worker[];
  /** Stops taking jobs and waits for the active ones to finish (for SIGTERM). */
  close(): Promise<void>;
}

export async function startWorkers(setup: WorkerSetup): Promise<RunningWorkers> {
  const concurrency = { ...defaultConcurrency, ...setup.concurrency };
  const settings = (kind: keyof typeof defaultConcurrency) => ({
    connection: setup.redis,
    ...(setup.prefix === undefined ? {} : { prefix: setup.prefix }),
    concurrency: concurrency[kind],
  });
  const workers: Worker[] = [
    createCloseHearingWorker(setup.deps, settings('closeHearing')),
    createReminderWorker(setup.deps, settings('reminders')),
    createOutboxWorker(setup.senders, setup.queues, settings('outbox'), setup.redis),
    ...setup.senders.map((sender) =>
      createDeliveryWorker(sender, setup.redis, settings('delivery')),
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
