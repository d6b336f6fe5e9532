import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect } from 'vitest';
import { instantOfLocal } from '../../../src/domain/council/council-time.ts';
import { planReminders } from '../../../src/domain/hearings/reminder-plan.ts';
import { jobIds } from '../../../src/jobs/hearings/hearing-queues.ts';
import { createReminderWorker } from '../../../src/jobs/hearings/reminder.worker.ts';
import { aBallot } from '../../fakes/council-mother.ts';
import { RecordingNotifier } from '../../fakes/recording-notifier.ts';
import { instants } from '../../fakes/test-instants.ts';
import { aCouncilWithOpenHearing } from '../council-fixture.ts';
import { eventually, jobsTest } from '../jobs-harness.ts';

const timeZone = 'Europe/Copenhagen';

describe('reminders', () => {
  jobsTest('a reminder skips seats that have answered since it was planned', async ({ jobs }) => {
    const notifier = new RecordingNotifier();
    const deadline = new Date(jobs.clock.now().getTime() + 3_600_000).toISOString();
    const { deps, stores, hearing, roster } = await aCouncilWithOpenHearing(
      jobs,
      { deadline },
      { notifier },
    );
    const planned = [
      {
        key: 'two-hours',
        dueAt: new Date(jobs.clock.now().getTime() + 300),
        seatIds: roster.seatIds,
      },
    ];
    await jobs.scheduler.scheduleDeadline(hearing, planned);

    // Two seats answer after the plan was made, before the reminder fires.
    const [chair, , firstMember] = roster.seatIds;
    for (const seatId of [chair!, firstMember!]) {
      await stores.hearings.castBallot(
        hearing.councilId,
        hearing.id,
        aBallot(seatId, 'for', jobs.clock.now().toISOString()),
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

  for (const { start, sunday, saturday, name, saturdayOffset } of [
    {
      start: instants.beforeWinterTime,
      sunday: '2027-10-31',
      saturday: '2027-10-30',
      name: 'October (summer time ends)',
      saturdayOffset: '+02:00',
    },
    {
      start: instants.beforeEasterAndSummerTime,
      sunday: '2027-03-28',
      saturday: '2027-03-27',
      name: 'March (summer time begins)',
      saturdayOffset: '+01:00',
    },
  ]) {
    jobsTest(
      `a reminder planned near a daylight-saving change lands at the right local time: ${name}`,
      async ({ jobs, redis }) => {
        jobs.clock.set(start);
        // The clock stands still, so each job's delay is exactly due − now.
        const now = jobs.clock.stop();
        const deadline = instantOfLocal(sunday, '12:00', timeZone)!;
        const { hearing, roster } = await aCouncilWithOpenHearing(jobs, {
          deadline: deadline.toISOString(),
        });
        const reminders = planReminders({
          deadline,
          now,
          timeZone,
          seatIds: roster.seatIds,
          respondedSeatIds: new Set(),
        });

        await jobs.scheduler.scheduleDeadline(hearing, reminders);

        // Saturday 12:00 on the clocks of Copenhagen: 23 or 25 hours before the deadline, not 24.
        const expected = Date.parse(`${saturday}T12:00:00${saturdayOffset}`);
        const jobId = jobIds.remind(hearing.councilId, hearing.id, 'day-before', expected);
        const job = await jobs.hearingQueues.reminders.getJob(jobId);
        expect(job, `no job ${jobId}`).toBeDefined();
        expect(job!.delay).toBe(expected - now.getTime());
        // BullMQ fires the job by its score in the delayed set: (timestamp + delay) * 4096 + a
        // counter, on its own clock: after exactly the span the app's clock has until the reminder.
        const score = await redis.zscore(`${jobs.prefix}:reminders:delayed`, jobId);
        expect(Math.floor(Number(score) / 4096)).toBe(job!.timestamp + expected - now.getTime());
        expect(format(new TZDate(expected, timeZone), 'EEEE HH:mm')).toBe('Saturday 12:00');
        const twoHours = await jobs.hearingQueues.reminders.getJob(
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
