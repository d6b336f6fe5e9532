import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect } from 'vitest';
import { instantOfLocal } from '../../src/domain/council-time.ts';
import { planReminders } from '../../src/domain/reminder-plan.ts';
import { jobIds } from '../../src/jobs/queues.ts';
import { createReminderWorker } from '../../src/jobs/reminder.worker.ts';
import { aBallot } from '../fakes/council-mother.ts';
import { RecordingNotifier } from '../fakes/recording-notifier.ts';
import { aCouncilWithOpenHearing } from './council-fixture.ts';
import { eventually, jobsTest } from './jobs-harness.ts';

const timeZone = 'Europe/Copenhagen';

/** YYYY-MM-DD of the last Sunday of a month (0-based), when Europe changes its clocks. */
function lastSunday(year: number, month: number): string {
  const last = new Date(Date.UTC(year, month + 1, 0));
  last.setUTCDate(last.getUTCDate() - last.getUTCDay());
  return last.toISOString().slice(0, 10);
}

/** The next clock change of that month still more than two days ahead. */
function nextChange(month: number): { sunday: string; saturday: string } {
  const soon = Date.now() + 2 * 86_400_000;
  let year = new Date().getUTCFullYear();
  while (Date.parse(`${lastSunday(year, month)}T00:00:00Z`) < soon) year += 1;
  const sunday = lastSunday(year, month);
  const saturday = new Date(Date.parse(`${sunday}T00:00:00Z`) - 86_400_000)
    .toISOString()
    .slice(0, 10);
  return { sunday, saturday };
}

describe('reminders', () => {
  jobsTest('a reminder skips seats that have answered since it was planned', async ({ jobs }) => {
    const notifier = new RecordingNotifier();
    const deadline = new Date(Date.now() + 3_600_000).toISOString();
    const { deps, stores, hearing, roster } = await aCouncilWithOpenHearing(
      jobs,
      { deadline },
      { notifier },
    );
    const planned = [
      { key: 'two-hours', dueAt: new Date(Date.now() + 300), seatIds: roster.seatIds },
    ];
    await jobs.scheduler.scheduleDeadline(hearing, planned);

    // Two seats answer after the plan was made, before the reminder fires.
    const [chair, , firstMember] = roster.seatIds;
    for (const seatId of [chair!, firstMember!]) {
      await stores.hearings.castBallot(
        hearing.councilId,
        hearing.id,
        aBallot(seatId, 'for', new Date().toISOString()),
      );
    }
    const results: unknown[] = [];
    jobs
      .track(createReminderWorker(deps, jobs.workerSettings))
      .on('completed', (_job, result) => results.push(result));

    await eventually(() => results.length === 1, 'the reminder ran');
    const expected = roster.seatIds.filter((seatId) => seatId !== chair && seatId !== firstMember);
    expect(notifier.remindersTo().sort()).toEqual(expected.sort());
    expect(results[0]).toEqual({ status: 'sent', memberIds: expect.arrayContaining(expected) });
  });

  for (const { month, name, saturdayOffset } of [
    { month: 9, name: 'October (summer time ends)', saturdayOffset: '+02:00' },
    { month: 2, name: 'March (summer time begins)', saturdayOffset: '+01:00' },
  ]) {
    jobsTest(
      `a reminder planned near a daylight-saving change lands at the right local time: ${name}`,
      async ({ jobs, redis }) => {
        const { sunday, saturday } = nextChange(month);
        const deadline = instantOfLocal(sunday, '12:00', timeZone)!;
        const { hearing, roster } = await aCouncilWithOpenHearing(jobs, {
          deadline: deadline.toISOString(),
        });
        const reminders = planReminders({
          deadline,
          now: new Date(),
          timeZone,
          seatIds: roster.seatIds,
          respondedSeatIds: new Set(),
        });

        await jobs.scheduler.scheduleDeadline(hearing, reminders);

        // Saturday 12:00 on the clocks of Copenhagen: 23 or 25 hours before the deadline, not 24.
        const expected = Date.parse(`${saturday}T12:00:00${saturdayOffset}`);
        const jobId = jobIds.remind(hearing.councilId, hearing.id, 'day-before', expected);
        const job = await jobs.queues.reminders.getJob(jobId);
        expect(job, `no job ${jobId}`).toBeDefined();
        expect(job!.timestamp + job!.delay).toBe(expected);
        // BullMQ fires the job by its score in the delayed set: timestamp * 4096 + a counter.
        const score = await redis.zscore(`${jobs.prefix}:reminders:delayed`, jobId);
        expect(Math.floor(Number(score) / 4096)).toBe(expected);
        expect(format(new TZDate(expected, timeZone), 'EEEE HH:mm')).toBe('Saturday 12:00');
        const twoHours = await jobs.queues.reminders.getJob(
          jobIds.remind(hearing.councilId, hearing.id, 'two-hours', deadline.getTime() - 7_200_000),
        );
        expect(twoHours?.data).toEqual({
          councilId: hearing.councilId,
          hearingId: hearing.id,
          deadline: deadline.toISOString(),
          reminderKey: 'two-hours',
        });
      },
    );
  }
});
