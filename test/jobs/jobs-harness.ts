// Fixtures for src/jobs tests on the shared real redis-server: a unique
// hash-tagged BullMQ prefix per test, queues, a scheduler and an outbox
// notifier; every worker a test starts is closed before its keys are deleted.
import type { Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { Notice } from '../../src/app/ports.ts';
import type { NoticeCatalog } from '../../src/app/notice-kind.ts';
import { noticeCatalog } from '../../src/core.ts';
import { BullMqHearingScheduler } from '../../src/jobs/hearings/bullmq-hearing-scheduler.ts';
import { hearingQueuesOf, type HearingQueues } from '../../src/jobs/hearings/hearing-queues.ts';
import { BullMqMeetingScheduler } from '../../src/jobs/meetings/bullmq-meeting-scheduler.ts';
import { meetingQueuesOf, type MeetingQueues } from '../../src/jobs/meetings/meeting-queues.ts';
import { BullMqDiscussionScheduler } from '../../src/jobs/discussions/bullmq-discussion-scheduler.ts';
import {
  discussionQueuesOf,
  type DiscussionQueues,
} from '../../src/jobs/discussions/discussion-queues.ts';
import type { ChatSender, RateWindow, Route } from '../../src/jobs/chat-sender.ts';
import { OutboxNotifier } from '../../src/jobs/outbox-notifier.ts';
import { createQueues, type JobQueues } from '../../src/jobs/queues.ts';
import { RunningClock } from '../fakes/running-clock.ts';
import { instants } from '../fakes/test-instants.ts';
import { redisTest } from '../support/redis-test.ts';

export interface JobsHarness {
  /** e.g. "{t-moving-the-deadline-1a2b3c}": hash-tagged like production's {raadsbot}. */
  readonly prefix: string;
  /** The app's clock: a fixed date, running with real time so BullMQ's delays agree with it. */
  readonly clock: RunningClock;
  readonly queues: JobQueues;
  /** The hearings' own queues: the close and the reminders. */
  readonly hearingQueues: HearingQueues;
  /** Every capability's notice kinds, as the outbox checks them. */
  readonly notices: NoticeCatalog;
  readonly scheduler: BullMqHearingScheduler;
  /** The meetings' reminders, on the same queues' prefix and clock. */
  readonly meetingScheduler: BullMqMeetingScheduler;
  readonly meetingQueues: MeetingQueues;
  /** The group discussions' jobs, on the same queues' prefix and clock. */
  readonly discussionScheduler: BullMqDiscussionScheduler;
  readonly discussionQueues: DiscussionQueues;
  readonly notifier: OutboxNotifier;
  /** For workers: BullMQ wants maxRetriesPerRequest: null. */
  readonly workerRedis: Redis;
  readonly workerSettings: { connection: Redis; prefix: string };
  /** Closes the worker (or anything closable) when the test ends. */
  track<T extends Pick<Worker, 'close'>>(closable: T): T;
}

export const jobsTest = redisTest.extend<{ jobs: JobsHarness }>({
  jobs: async ({ redisUrl, keyPrefix, redis }, use) => {
    const prefix = `{${keyPrefix}}`;
    const workerRedis = new Redis(redisUrl, { maxRetriesPerRequest: null });
    const queues = createQueues({ connection: redis, prefix });
    const closables: Pick<Worker, 'close'>[] = [];
    const clock = new RunningClock(instants.beforeWinterTime);
    await use({
      prefix,
      clock,
      queues,
      hearingQueues: hearingQueuesOf(queues),
      notices: noticeCatalog,
      scheduler: new BullMqHearingScheduler(hearingQueuesOf(queues), redis, () =>
        clock.now().getTime(),
      ),
      meetingScheduler: new BullMqMeetingScheduler(meetingQueuesOf(queues), redis, () =>
        clock.now().getTime(),
      ),
      meetingQueues: meetingQueuesOf(queues),
      discussionScheduler: new BullMqDiscussionScheduler(discussionQueuesOf(queues), redis, () =>
        clock.now().getTime(),
      ),
      discussionQueues: discussionQueuesOf(queues),
      notifier: new OutboxNotifier(noticeCatalog, queues.outbox, { redis, prefix: queues.prefix }),
      workerRedis,
      workerSettings: { connection: workerRedis, prefix },
      track(closable) {
        closables.push(closable);
        return closable;
      },
    });
    await Promise.all(closables.map((closable) => closable.close()));
    await queues.close();
    await workerRedis.quit();
  },
});

export interface Delivery {
  readonly at: number;
  readonly route: Route;
  readonly notice: Notice;
}

/**
 * A chat platform that records what it was asked to deliver. Routes default
 * to one conversation per hearing; `beforeDeliver` can fail or slow a call.
 */
export class RecordingSender implements ChatSender {
  readonly deliveries: Delivery[] = [];
  readonly attempts: Delivery[] = [];
  beforeDeliver: (attempt: number, route: Route, notice: Notice) => Promise<void> = async () => {};

  constructor(
    readonly platform = 'test',
    readonly conversationLimit: RateWindow = { max: 1_000, windowMs: 1_000 },
    private readonly routes: (notice: Notice) => Route[] = (notice) => [
      {
        platform,
        conversation: `C-${conversationOf(notice)}`,
      },
    ],
  ) {}

  async routesFor(notice: Notice): Promise<Route[]> {
    return this.routes(notice);
  }

  async deliver(route: Route, notice: Notice): Promise<void> {
    const attempt = { at: Date.now(), route, notice };
    this.attempts.push(attempt);
    await this.beforeDeliver(this.attempts.length, route, notice);
    this.deliveries.push({ ...attempt, at: Date.now() });
  }

  kinds(): string[] {
    return this.deliveries.map((delivery) => delivery.notice.kind);
  }
}

const conversationOf = (notice: Notice): string =>
  'hearingId' in notice
    ? notice.hearingId
    : 'meetingId' in notice
      ? notice.meetingId
      : notice.discussionId;

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Polls until the check holds; fails with `what` after the timeout. */
export async function eventually(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 5_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await sleep(20);
  }
}
