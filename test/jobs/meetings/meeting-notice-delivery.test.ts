import { describe, expect } from 'vitest';
import { MessageLifecycle } from '../../../src/bot/message-lifecycle/message-lifecycle.ts';
import { slackMeetingNotices } from '../../../src/bot/slack/meetings/meeting-notices.ts';
import { createOutboxWorker } from '../../../src/jobs/outbox.worker.ts';
import { InMemoryChatDirectory } from '../../fakes/in-memory-stores.ts';
import { eventually, jobsTest } from '../jobs-harness.ts';

/**
 * Slack renders the published agenda; the meetings' reminders come in a
 * later step. Until then Slack's message lifecycle, with the meetings'
 * notice parts, finds no renderer for a reminder: the outbox must say so and
 * drop it, not fail or retry.
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
        // Slack's meeting parts: they handle the published agenda, not a reminder.
        notices: [slackMeetingNotices({} as never)],
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
