import { DelayedError, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { senderFailureOf, type ChatSender } from './chat-sender.ts';
import { ConversationLimiter } from './conversation-limiter.ts';
import type { NoticeCatalog } from '../app/notice-kind.ts';
import { deliveryPayloadOf, deliveryQueueName, type DeliveryPayload } from './queues.ts';
import { parsePayload, workerOptions, type WorkerSettings } from './worker-settings.ts';

/**
 * BullMQ honours a manual rate limit (worker.rateLimit) only when the worker
 * has a limiter; this one is far above any platform's global budget, so it
 * never limits by itself.
 */
const queueWideLimiter = { max: 10_000, duration: 1_000 };

/**
 * Delivers one notice to one conversation of one platform:
 * - over the conversation's budget → back to delayed until a slot frees (not an attempt);
 * - 429 + Retry-After → the whole platform queue waits, the job goes back to wait;
 * - transient (412/502/504, network) → thrown, retried with backoff and jitter;
 * - permanent (conversation gone) → UnrecoverableError, no retry.
 */
export function createDeliveryWorker(
  notices: NoticeCatalog,
  sender: ChatSender,
  redis: Redis,
  settings: WorkerSettings,
) {
  const deliveryPayload = deliveryPayloadOf(notices);
  const options = workerOptions(settings);
  const limiter = new ConversationLimiter(redis, options.prefix);
  const worker: Worker<DeliveryPayload> = new Worker<DeliveryPayload>(
    deliveryQueueName(sender.platform),
    async (job, token) => {
      const { notice, route } = parsePayload(deliveryPayload, job.data);
      const wait = await limiter.take(
        sender.platform,
        route.conversation,
        sender.conversationLimit,
      );
      if (wait > 0) {
        // A little jitter so jobs waiting on one conversation do not all wake together.
        const jitter =
          Math.random() * (sender.conversationLimit.windowMs / sender.conversationLimit.max);
        await job.moveToDelayed(Date.now() + wait + Math.round(jitter), token);
        throw new DelayedError();
      }
      try {
        await sender.deliver(route, notice);
      } catch (error) {
        const failure = senderFailureOf(error);
        if (failure?.failure === 'rate_limited') {
          await worker.rateLimit(Math.max(1, failure.retryAfterMs ?? 1_000));
          throw Worker.RateLimitError();
        }
        if (failure?.failure === 'permanent') {
          throw new UnrecoverableError(error instanceof Error ? error.message : String(error));
        }
        throw error;
      }
    },
    { ...options, limiter: queueWideLimiter },
  );
  return worker;
}
