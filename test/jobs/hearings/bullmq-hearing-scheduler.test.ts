import { describe, expect } from 'vitest';
import { jobIds } from '../../../src/jobs/hearings/hearing-queues.ts';
import { anOpenHearing } from '../../fakes/council-mother.ts';
import { jobsTest } from '../jobs-harness.ts';

const hour = 3_600_000;

describe('the BullMQ scheduler', () => {
  jobsTest('two plans for one hearing in the same moment leave only the last', async ({ jobs }) => {
    const first = jobs.clock.now().getTime() + 48 * hour;
    const second = first + 24 * hour;
    const planFor = (deadlineMs: number) => {
      const hearing = anOpenHearing({ deadline: new Date(deadlineMs).toISOString() });
      return jobs.scheduler.scheduleDeadline(hearing, [
        { key: 'day-before', dueAt: new Date(deadlineMs - 24 * hour), seatIds: ['m001'] },
      ]);
    };

    await Promise.all([planFor(first), planFor(second)]); // batched together
    await planFor(second); // and planned again: no duplicate

    const close = await jobs.hearingQueues.closeHearing.getDelayed();
    expect(close.map((job) => job.id)).toEqual([jobIds.close('rar-test', 'h0001', second)]);
    const reminders = await jobs.hearingQueues.reminders.getDelayed();
    expect(reminders.map((job) => job.id)).toEqual([
      jobIds.remind('rar-test', 'h0001', 'day-before', second - 24 * hour),
    ]);
  });

  jobsTest('cancelling removes every planned job of the hearing and no other', async ({ jobs }) => {
    const deadline = jobs.clock.now().getTime() + 48 * hour;
    const reminder = { key: 'two-hours', dueAt: new Date(deadline - 2 * hour), seatIds: ['m001'] };
    const cancelled = anOpenHearing({ deadline: new Date(deadline).toISOString() });
    const other = anOpenHearing({ id: 'h0002', deadline: new Date(deadline).toISOString() });
    await Promise.all([
      jobs.scheduler.scheduleDeadline(cancelled, [reminder]),
      jobs.scheduler.scheduleDeadline(other, [reminder]),
    ]);

    await jobs.scheduler.cancelSchedule(cancelled);

    expect(
      (await jobs.hearingQueues.closeHearing.getDelayed()).map((job) => job.data.hearingId),
    ).toEqual(['h0002']);
    expect(
      (await jobs.hearingQueues.reminders.getDelayed()).map((job) => job.data.hearingId),
    ).toEqual(['h0002']);
  });
});
