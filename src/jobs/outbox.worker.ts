import { UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import type { ChatSender } from './chat-sender.ts';
import { senderFailureOf } from './chat-sender.ts';
import type { NoticeCatalog } from '../app/notice-kind.ts';
import { isRefresh, noticeJobId, refreshGateKey, refreshOptions } from './outbox-notifier.ts';
import {
  defaultPrefix,
  outboxPayloadOf,
  queueNames,
  type JobQueues,
  type OutboxPayload,
} from './queues.ts';
import { routeKey } from './route-key.ts';
import { parsePayload, workerOptions, type WorkerSettings } from './worker-settings.ts';

/**
 * Fans a notice out to one delivery job per route. Delivery ids derive from
 * the notice's id, so a retry after a partial fan-out adds nothing twice.
 * Refreshes are deduplicated per route instead: a pending refresh of a card
 * absorbs the next one, since it renders fresh state when delivered.
 */
export function createOutboxWorker(
  notices: NoticeCatalog,
  senders: readonly ChatSender[],
  queues: Pick<JobQueues, 'delivery'>,
  settings: WorkerSettings,
  /** Where the refresh gate lives (see refreshGateKey); without it there is none to clear. */
  gate?: Pick<Redis, 'del'>,
) {
  const prefix = settings.prefix ?? defaultPrefix;
  const outboxPayload = outboxPayloadOf(notices);
  return new Worker<OutboxPayload, number>(
    queueNames.outbox,
    async (job) => {
      const { notice } = parsePayload(outboxPayload, job.data);
      // From here on this refresh may already have read the store: the next
      // click must queue another (see refreshGateKey).
      const noticeId = noticeJobId(notices, notice);
      const refresh = isRefresh(notices, notice);
      if (refresh) await gate?.del(refreshGateKey(prefix, noticeId));
      let deliveries = 0;
      for (const sender of senders) {
        const routes = await routesOf(sender, notice);
        const queue = queues.delivery(sender.platform);
        for (const found of routes) {
          const route = { ...found, platform: sender.platform };
          const id = `${noticeId}.to.${routeKey(route)}`;
          const opts = refresh ? refreshOptions(id, 0) : { jobId: id };
          await queue.add('deliver', { notice, route }, opts);
          deliveries += 1;
        }
      }
      return deliveries;
    },
    workerOptions(settings),
  );
}

async function routesOf(sender: ChatSender, notice: OutboxPayload['notice']) {
  try {
    return await sender.routesFor(notice);
  } catch (error) {
    if (senderFailureOf(error)?.failure === 'permanent') {
      throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
    }
    throw error;
  }
}
