import { describe, expect } from 'vitest';
import type { Notice } from '../../src/app/ports.ts';
import { SenderError } from '../../src/jobs/chat-sender.ts';
import { createDeliveryWorker } from '../../src/jobs/delivery.worker.ts';
import { createOutboxWorker } from '../../src/jobs/outbox.worker.ts';
import { eventually, jobsTest, RecordingSender, sleep, type JobsHarness } from './jobs-harness.ts';

const closed: Notice = { kind: 'hearing_closed', councilId: 'rar-test', hearingId: 'h0001' };

function startOutbox(jobs: JobsHarness, sender: RecordingSender) {
  jobs.track(
    createOutboxWorker(
      jobs.notices,
      [sender],
      jobs.queues,
      { ...jobs.workerSettings, concurrency: 4 },
      jobs.workerRedis,
    ),
  );
  return jobs.track(
    createDeliveryWorker(jobs.notices, sender, jobs.workerRedis, {
      ...jobs.workerSettings,
      concurrency: 4,
    }),
  );
}

describe('the outbox', () => {
  jobsTest('the same notice twice is delivered once', async ({ jobs }) => {
    const sender = new RecordingSender();
    startOutbox(jobs, sender);

    await Promise.all([jobs.notifier.notify(closed), jobs.notifier.notify({ ...closed })]);
    await jobs.notifier.notify(closed); // and once more, as a retried close would

    await eventually(() => sender.deliveries.length > 0, 'the notice is delivered');
    await sleep(300);
    expect(sender.kinds()).toEqual(['hearing_closed']);
    expect(
      await jobs.queues.outbox.getJobCounts('completed', 'waiting', 'delayed', 'active'),
    ).toMatchObject({
      completed: 1,
    });
  });

  jobsTest('a notice fans out to one delivery per route', async ({ jobs }) => {
    const sender = new RecordingSender('test', undefined, () => [
      { platform: 'test', conversation: '19:abc@thread.tacv2' },
      { platform: 'test', conversation: 'D0DM' },
    ]);
    startOutbox(jobs, sender);

    await jobs.notifier.notify(closed);

    await eventually(() => sender.deliveries.length === 2, 'both routes got it');
    expect(sender.deliveries.map((d) => d.route.conversation).sort()).toEqual([
      '19:abc@thread.tacv2',
      'D0DM',
    ]);
  });

  jobsTest(
    'refreshes of one hearing are coalesced to at most one per second during a burst of 200 clicks',
    async ({ jobs }) => {
      let clicks = 0;
      const seen: number[] = [];
      const sender = new RecordingSender();
      // Rendering reads the state at delivery time, as a real surface does.
      sender.beforeDeliver = async () => {
        seen.push(clicks);
        await sleep(20);
      };
      startOutbox(jobs, sender);

      const changed: Notice = {
        kind: 'hearing_changed',
        councilId: 'rar-test',
        hearingId: 'h0001',
      };
      for (let i = 0; i < 200; i += 1) {
        clicks += 1; // the ballot is written before the notifier is called
        await jobs.notifier.notify(changed);
        await sleep(8);
      }
      const burstEnded = Date.now();
      await eventually(() => seen.at(-1) === 200, 'a refresh shows the last click', 4_000);
      await sleep(1_200); // nothing more may follow

      const starts = sender.attempts.map((attempt) => attempt.at);
      expect(starts.length).toBeGreaterThanOrEqual(2);
      expect(starts.length).toBeLessThanOrEqual(Math.ceil((burstEnded - starts[0]!) / 1_000) + 2);
      for (let i = 1; i < starts.length; i += 1)
        expect(starts[i]! - starts[i - 1]!).toBeGreaterThanOrEqual(990);
      expect(seen.at(-1)).toBe(200);
    },
  );

  jobsTest('a conversation over its rate limit is delayed, not dropped', async ({ jobs }) => {
    const window = { max: 2, windowMs: 400 };
    const sender = new RecordingSender('test', window, (notice) => [
      { platform: 'test', conversation: notice.kind === 'reminder' ? 'C-shared' : 'C-other' },
    ]);
    startOutbox(jobs, sender);

    const members = ['m001', 'm002', 'm003', 'm004', 'm005', 'm006'];
    await Promise.all(
      members.map((memberId) =>
        jobs.notifier.notify({
          kind: 'reminder',
          councilId: 'rar-test',
          hearingId: 'h0001',
          memberId,
          reminderKey: 'two-hours',
          deadline: '2026-03-09T11:00:00.000Z',
        }),
      ),
    );

    await eventually(
      () => sender.deliveries.length === members.length,
      'every reminder is delivered',
    );
    await sleep(200);
    const delivered = sender.deliveries.map((d) =>
      d.notice.kind === 'reminder' ? d.notice.memberId : '',
    );
    expect(delivered.sort()).toEqual(members);
    // No more than `max` sends started within any window.
    const starts = sender.attempts.map((attempt) => attempt.at).sort((a, b) => a - b);
    for (let i = window.max; i < starts.length; i += 1) {
      expect(starts[i]! - starts[i - window.max]!).toBeGreaterThanOrEqual(window.windowMs - 5);
    }
  });

  jobsTest(
    'a 429 with Retry-After pauses delivery and the message is delivered once afterwards',
    async ({ jobs }) => {
      const sender = new RecordingSender();
      sender.beforeDeliver = async (attempt) => {
        if (attempt === 1) throw SenderError.rateLimited(600);
      };
      startOutbox(jobs, sender);

      await jobs.notifier.notify(closed);

      await eventually(
        () => sender.deliveries.length === 1,
        'the notice is delivered after the pause',
      );
      await sleep(200);
      const [refused, accepted] = sender.attempts;
      expect(sender.attempts).toHaveLength(2);
      expect(accepted!.at - refused!.at).toBeGreaterThanOrEqual(590);
      expect(sender.kinds()).toEqual(['hearing_closed']);
    },
  );

  jobsTest('a transient failure is retried and a permanent one is not', async ({ jobs }) => {
    const sender = new RecordingSender('test', undefined, (notice) => [
      { platform: 'test', conversation: notice.kind === 'hearing_closed' ? 'C-flaky' : 'C-gone' },
    ]);
    sender.beforeDeliver = async (_attempt, route) => {
      if (route.conversation === 'C-gone')
        throw new SenderError('permanent', 'channel_not_found', { status: 404 });
      if (sender.attempts.filter((a) => a.route.conversation === 'C-flaky').length === 1) {
        throw new SenderError('transient', 'bad gateway', { status: 502 });
      }
    };
    const delivery = startOutbox(jobs, sender);
    const failed: string[] = [];
    delivery.on('failed', (job) =>
      failed.push(`${job?.data.route.conversation}:${job?.attemptsMade}`),
    );

    await jobs.notifier.notify(closed);
    await jobs.notifier.notify({
      kind: 'hearing_cancelled',
      councilId: 'rar-test',
      hearingId: 'h0002',
    });

    await eventually(
      () => sender.deliveries.length === 1,
      'the flaky one is delivered on retry',
      8_000,
    );
    await eventually(() => failed.includes('C-gone:1'), 'the gone one fails for good');
    expect(sender.attempts.filter((a) => a.route.conversation === 'C-gone')).toHaveLength(1);
    expect(sender.attempts.filter((a) => a.route.conversation === 'C-flaky')).toHaveLength(2);
  });
});
