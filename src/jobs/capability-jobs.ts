import type { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { AppDeps } from '../app/deps.ts';
import type { JobQueues } from './queues.ts';
import type { WorkerSettings } from './worker-settings.ts';

/** What a capability's queues are built on: the producer side. */
export interface JobProducers {
  readonly queues: Pick<JobQueues, 'prefix' | 'named'>;
  /** The producers' Redis client (plan records and the like live beside the queues). */
  readonly redis: Redis;
  /** The app's clock, when it is not the real one (tests pin it): BullMQ delays are reckoned on it. */
  readonly now?: () => number;
}

/** A capability's background jobs: its queues, the ports over them, and their workers. */
export interface CapabilityJobs {
  /** Each queue by name, with how many of its jobs a worker runs at once by default. */
  readonly queues: Readonly<Record<string, number>>;
  /** The ports over these queues that the capability's use cases need (e.g. a scheduler). */
  ports(producers: JobProducers): Partial<AppDeps>;
  /** One worker per queue. */
  workers(deps: AppDeps, settingsFor: (queueName: string) => WorkerSettings): Worker[];
}
