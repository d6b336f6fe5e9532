import { describe, expect } from 'vitest';
import { MessageLifecycle } from '../../../src/bot/message-lifecycle/message-lifecycle.ts';
import { createOutboxWorker } from '../../../src/jobs/outbox.worker.ts';
import { InMemoryChatDirectory } from '../../fakes/in-memory-stores.ts';
import { eventually, jobsTest } from '../jobs-harness.ts';

/**
 * The chat surfaces render meeting notices in a later step. Until then a
 * platform's message lifecycle finds no renderer for them: the outbox must
 * say so and drop them, not fail or retry.
 */
describe('a meeting notice no chat surface renders yet', () => {
  jobsTest(
    'is logged and dropped by the outbox, with no delivery and no retry',
    async ({ jobs }) => {
      const warnings: { kind?: unknown; message: string }[] = [];
      const platform = new MessageLifecycle({
        adapter: {
          platform: 'slack',
          conversationLimit: { max: 1, windowMs: 1_000 },
        } as never,
        // The platform's notice parts today: none of them handles a meeting notice.
        notices: [],
        directory: new InMemoryChatDirectory(),
        clock: jobs.clock,
        log: {
          info() {},
          warn: (fields: { kind?: unknown }, message: string) =>
            warnings.push({ kind: fields.kind, message }),
        },
      });
      const fannedOut: number[] = [];
      jobs
        .track(createOutboxWorker(jobs.notices, [platform], jobs.queues, jobs.workerSettings))
        .on('completed', (_job, deliveries) => fannedOut.push(deliveries));

      await jobs.notifier.notify({
        kind: 'meeting_reminder',
        councilId: 'rar-test',
        meetingId: 'm0001',
        reminderKey: 'day-before',
        sequence: 0,
      });

      await eventually(() => fannedOut.length === 1, 'the outbox handled the notice');
      expect(fannedOut).toEqual([0]);
      expect(warnings).toEqual([
        { kind: 'meeting_reminder', message: 'slack: no capability delivers this kind of notice' },
      ]);
      expect(await jobs.queues.outbox.getJobCounts('failed', 'waiting', 'delayed')).toEqual({
        failed: 0,
        waiting: 0,
        delayed: 0,
      });
    },
  );
});
