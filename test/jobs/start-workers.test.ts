import { Writable } from 'node:stream';
import { hearingJobs } from '../../src/jobs/hearings/hearing-jobs.ts';
import { describe, expect } from 'vitest';
import { LogSender } from '../../src/jobs/log-sender.ts';
import { startWorkers } from '../../src/jobs/start-workers.ts';
import { createLogger } from '../../src/logger.ts';
import { aCouncilWithOpenHearing } from './council-fixture.ts';
import { eventually, jobsTest, RecordingSender, sleep } from './jobs-harness.ts';

const silent = { warn: () => {}, error: () => {} };

describe('running the workers', () => {
  jobsTest('closing workers on SIGTERM finishes the active job', async ({ jobs }) => {
    const { deps } = await aCouncilWithOpenHearing(jobs, {
      deadline: new Date(jobs.clock.now().getTime() + 86_400_000).toISOString(),
    });
    const sender = new RecordingSender();
    sender.beforeDeliver = () => sleep(600); // a slow platform
    const running = await startWorkers({
      redis: jobs.workerRedis,
      prefix: jobs.prefix,
      deps,
      notices: jobs.notices,
      capabilityJobs: [hearingJobs],
      queues: jobs.queues,
      senders: [sender],
      log: silent,
    });

    await jobs.notifier.notify({
      kind: 'hearing_closed',
      councilId: 'rar-test',
      hearingId: 'h0001',
    });
    await eventually(() => sender.attempts.length === 1, 'the delivery has started');
    await running.close(); // what main.ts does on SIGTERM

    expect(sender.deliveries).toHaveLength(1);
    const delivery = jobs.queues.delivery(sender.platform);
    expect(await delivery.getJobCounts('active', 'waiting', 'delayed', 'completed')).toEqual({
      active: 0,
      waiting: 0,
      delayed: 0,
      completed: 1,
    });
  });

  jobsTest('without a chat surface, each notice is one structured log line', async ({ jobs }) => {
    const lines: string[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(...String(chunk).trim().split('\n'));
        done();
      },
    });
    const { deps } = await aCouncilWithOpenHearing(jobs, {
      deadline: new Date(jobs.clock.now().getTime() + 86_400_000).toISOString(),
    });
    const running = await startWorkers({
      redis: jobs.workerRedis,
      prefix: jobs.prefix,
      deps,
      notices: jobs.notices,
      capabilityJobs: [hearingJobs],
      queues: jobs.queues,
      senders: [new LogSender(createLogger('info', destination))],
      log: silent,
    });
    jobs.track(running);

    await jobs.notifier.notify({
      kind: 'hearing_opened',
      councilId: 'rar-test',
      hearingId: 'h0001',
    });

    await eventually(() => lines.length === 1, 'the notice is logged');
    expect(JSON.parse(lines[0]!)).toMatchObject({
      notice: { kind: 'hearing_opened', councilId: 'rar-test', hearingId: 'h0001' },
      conversation: 'council/rar-test',
    });
  });
});
