import { describe, expect } from 'vitest';
import { closeAtDeadline } from '../../../src/app/hearings/close-hearing.ts';
import { moveDeadline } from '../../../src/app/hearings/move-deadline.ts';
import { scheduleHearing } from '../../../src/app/hearings/schedule-hearing.ts';
import { instantOfLocal, localDateOf } from '../../../src/domain/council/council-time.ts';
import { createCloseHearingWorker } from '../../../src/jobs/hearings/close-hearing.worker.ts';
import { createDeliveryWorker } from '../../../src/jobs/delivery.worker.ts';
import { createOutboxWorker } from '../../../src/jobs/outbox.worker.ts';
import { jobIds } from '../../../src/jobs/hearings/hearing-queues.ts';
import { aBallot } from '../../fakes/council-mother.ts';
import { aCouncilWithOpenHearing } from '../council-fixture.ts';
import { eventually, jobsTest, RecordingSender, sleep } from '../jobs-harness.ts';

const day = 86_400_000;

describe('closing a hearing at its deadline', () => {
  jobsTest(
    'two workers closing the same hearing give one result and one announcement',
    async ({ jobs }) => {
      const deadline = new Date(jobs.clock.now().getTime() + 300).toISOString();
      const { deps, stores, hearing, roster } = await aCouncilWithOpenHearing(
        jobs,
        { deadline },
        { notifier: jobs.notifier },
      );
      for (const seatId of roster.seatIds.slice(0, 3)) {
        await stores.hearings.castBallot(
          hearing.councilId,
          hearing.id,
          aBallot(seatId, 'for', jobs.clock.now().toISOString()),
        );
      }
      // Count who really closed it, and hold each close until both workers have a job,
      // so the two closes run at once however long the set-up took (not by timing).
      let closedBy = 0;
      const busy = new Set<string>();
      const markClosed = stores.hearings.markClosed.bind(stores.hearings);
      stores.hearings.markClosed = async (...args) => {
        await eventually(() => busy.size === 2, 'both workers hold a close job');
        const closed = await markClosed(...args);
        if (closed) closedBy += 1;
        return closed;
      };
      const sender = new RecordingSender();
      jobs.track(
        createOutboxWorker(
          jobs.notices,
          [sender],
          jobs.queues,
          jobs.workerSettings,
          jobs.workerRedis,
        ),
      );
      jobs.track(createDeliveryWorker(jobs.notices, sender, jobs.workerRedis, jobs.workerSettings));
      const workerOf = new Map<string, string>();
      for (const name of ['first', 'second']) {
        const worker = jobs.track(createCloseHearingWorker(deps, jobs.workerSettings));
        worker.on('active', () => busy.add(name));
        worker.on('completed', (job) => workerOf.set(job.id ?? '', name));
      }

      // Two web processes plan the same close; a duplicate job slips past the id as well.
      await Promise.all([
        jobs.scheduler.scheduleDeadline(hearing, []),
        jobs.scheduler.scheduleDeadline(hearing, []),
      ]);
      const payload = { councilId: hearing.councilId, hearingId: hearing.id, deadline };
      await jobs.hearingQueues.closeHearing.add('close', payload, {
        jobId: 'close-duplicate',
        delay: 300,
      });

      await eventually(() => workerOf.size === 2, 'both close jobs ran');
      await eventually(() => sender.deliveries.length > 0, 'the result is announced');
      await sleep(300);

      expect(new Set(workerOf.values())).toEqual(new Set(['first', 'second']));
      expect(closedBy).toBe(1);
      const closed = await stores.hearings.hearing(hearing.councilId, hearing.id);
      expect(closed?.state).toBe('closed');
      expect(closed?.result).toBeDefined();
      expect(sender.kinds()).toEqual(['hearing_closed']);
    },
  );

  jobsTest('moving the deadline moves the close job', async ({ jobs }) => {
    // The clock stands still, so each job's delay is exactly deadline − now.
    const now = jobs.clock.stop();
    const timeZone = 'Europe/Copenhagen';
    const localDay = (offsetDays: number) =>
      localDateOf(new Date(now.getTime() + offsetDays * day), timeZone);
    const oldDeadline = instantOfLocal(localDay(3), '12:00', timeZone)!;
    const newDeadline = instantOfLocal(localDay(5), '14:00', timeZone)!;
    const { deps, council, hearing } = await aCouncilWithOpenHearing(jobs, {
      deadline: oldDeadline.toISOString(),
    });
    await scheduleHearing(deps, council, hearing);
    const oldId = jobIds.close(hearing.councilId, hearing.id, oldDeadline.getTime());
    expect(await jobs.hearingQueues.closeHearing.getJob(oldId)).toBeDefined();
    const oldReminders = (await jobs.hearingQueues.reminders.getDelayed()).map((job) => job.id);
    expect(oldReminders).toHaveLength(2);

    const moved = await moveDeadline(deps, {
      councilId: hearing.councilId,
      hearingId: hearing.id,
      actorId: 'sekretariat',
      deadlineDate: localDay(5),
      deadlineTime: '14:00',
    });
    expect(moved.ok).toBe(true);

    expect(await jobs.hearingQueues.closeHearing.getJob(oldId)).toBeUndefined();
    const newJob = await jobs.hearingQueues.closeHearing.getJob(
      jobIds.close(hearing.councilId, hearing.id, newDeadline.getTime()),
    );
    expect(await newJob?.getState()).toBe('delayed');
    expect(newJob!.delay).toBe(newDeadline.getTime() - now.getTime());
    expect(newJob!.data.deadline).toBe(newDeadline.toISOString());
    const newReminders = await jobs.hearingQueues.reminders.getDelayed();
    expect(newReminders).toHaveLength(2);
    expect(newReminders.map((job) => job.id)).not.toContain(oldReminders[0]);
    expect(newReminders.every((job) => job.data.deadline === newDeadline.toISOString())).toBe(true);

    // A job for the old deadline that slipped through a race is a no-op.
    const stale = await closeAtDeadline(
      deps,
      hearing.councilId,
      hearing.id,
      oldDeadline.toISOString(),
    );
    expect(stale).toBe('stale');
    expect((await deps.hearings.hearing(hearing.councilId, hearing.id))?.state).toBe('open');
  });

  jobsTest('a manual close cancels the scheduled jobs', async ({ jobs }) => {
    const deadline = new Date(jobs.clock.now().getTime() + 3 * day).toISOString();
    const { deps, council, hearing } = await aCouncilWithOpenHearing(jobs, { deadline });
    await scheduleHearing(deps, council, hearing);
    expect(await jobs.hearingQueues.closeHearing.getDelayedCount()).toBe(1);

    await jobs.scheduler.cancelSchedule(hearing);

    expect(await jobs.hearingQueues.closeHearing.getDelayedCount()).toBe(0);
    expect(await jobs.hearingQueues.reminders.getDelayedCount()).toBe(0);
  });
});
