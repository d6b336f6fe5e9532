import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { describe, expect } from 'vitest';
import type { AppDeps } from '../../../src/app/deps.ts';
import type { MeetingReminderRun } from '../../../src/app/meetings/queue-meeting-reminder-notices.ts';
import { createUseCases } from '../../../src/app/use-cases.ts';
import { capabilities } from '../../../src/capabilities/index.ts';
import { meetingJobIds } from '../../../src/jobs/meetings/meeting-queues.ts';
import { createMeetingReminderWorker } from '../../../src/jobs/meetings/meeting-reminder.worker.ts';
import { danishHolidays } from '../../../src/system/danish-holidays.ts';
import { aCouncil, rosterWith } from '../../fakes/council-mother.ts';
import { inMemoryStores } from '../../fakes/in-memory-stores.ts';
import { RecordingNotifier } from '../../fakes/recording-notifier.ts';
import { SequentialIds } from '../../fakes/sequential-ids.ts';
import { eventually, jobsTest, type JobsHarness } from '../jobs-harness.ts';

const timeZone = 'Europe/Copenhagen';
const actorId = 'sekretariat';

/**
 * A council whose secretariat has put a Rådsmøde on Thursday 25 March 2027,
 * 10.00–13.00, on the calendar, with the meetings' BullMQ scheduler; the
 * app's clock stands still on Monday 15 March, 10.00.
 */
async function aCouncilWithMeeting(jobs: JobsHarness) {
  jobs.clock.set('2027-03-15T09:00:00.000Z');
  const now = jobs.clock.stop();
  const stores = inMemoryStores();
  const notifier = new RecordingNotifier();
  const deps: AppDeps = {
    ...stores,
    clock: jobs.clock,
    holidays: danishHolidays(),
    ids: new SequentialIds(),
    scheduler: jobs.scheduler,
    meetingScheduler: jobs.meetingScheduler,
    discussionScheduler: jobs.discussionScheduler,
    notifier,
  };
  const council = aCouncil();
  const roster = rosterWith({ members: 3 });
  await stores.councils.saveCouncil(council);
  await stores.rosters.replaceRoster(council.id, roster.all);
  const app = createUseCases(
    capabilities.map((capability) => capability.useCases),
    deps,
    { locale: 'da', timeZone },
  );
  const created = await app.createMeeting({
    councilId: council.id,
    actorId,
    title: 'Rådsmøde',
    start: '2027-03-25T10:00',
    end: '2027-03-25T13:00',
    afbudDeadline: '2027-03-22T12:00',
  });
  if (!created.ok) throw new Error(created.code);
  const meetingId = created.value.meeting.id;
  const ref = { councilId: council.id, actorId, meetingId };
  return { app, deps, stores, notifier, council, roster, now, meetingId, ref };
}

const delayedIds = async (jobs: JobsHarness) =>
  (await jobs.meetingQueues.reminders.getDelayed()).map((job) => job.id).sort();

describe('meeting reminders as BullMQ jobs', () => {
  jobsTest(
    'a meeting moved across the change to summer time reminds the day before at 10.00 on both sides',
    async ({ jobs }) => {
      const { app, council, now, meetingId, ref } = await aCouncilWithMeeting(jobs);
      await app.publishAgenda(ref);
      // Wednesday 24 March, 10.00 in winter time (+01:00).
      const before = Date.parse('2027-03-24T10:00:00+01:00');
      const first = await jobs.meetingQueues.reminders.getJob(
        meetingJobIds.remind(council.id, meetingId, 0, 'day-before', before),
      );
      expect(first?.delay).toBe(before - now.getTime());

      await app.moveMeeting({ ...ref, start: '2027-03-29T10:00' });
      // Sunday 28 March, the day summer time begins: 10.00 is +02:00, 23 hours after the old one.
      const after = Date.parse('2027-03-28T10:00:00+02:00');
      const moved = await jobs.meetingQueues.reminders.getJob(
        meetingJobIds.remind(council.id, meetingId, 1, 'day-before', after),
      );
      expect(moved?.delay).toBe(after - now.getTime());
      expect(format(new TZDate(after, timeZone), 'EEEE HH:mm')).toBe('Sunday 10:00');
      expect(moved?.data).toEqual({
        councilId: council.id,
        meetingId,
        reminderKey: 'day-before',
        start: '2027-03-29T10:00',
        sequence: 1,
      });
      // The old plan's jobs are gone: only the moved meeting's three remain.
      const ids = await delayedIds(jobs);
      expect(ids).toHaveLength(3);
      expect(ids.every((id) => id?.includes(`.${meetingId}.1.`))).toBe(true);
    },
  );

  jobsTest('publishing the agenda again plans no reminder twice', async ({ jobs }) => {
    const { app, ref } = await aCouncilWithMeeting(jobs);
    await app.publishAgenda(ref);
    const once = await delayedIds(jobs);
    await app.publishAgenda(ref);
    expect(once).toHaveLength(3);
    expect(await delayedIds(jobs)).toEqual(once);
  });

  jobsTest("a cancelled meeting's reminders are gone", async ({ jobs }) => {
    const { app, ref } = await aCouncilWithMeeting(jobs);
    await app.publishAgenda(ref);
    expect(await delayedIds(jobs)).toHaveLength(3);
    await app.cancelMeeting(ref);
    expect(await delayedIds(jobs)).toEqual([]);
  });

  jobsTest(
    'a reminder planned before a move does nothing when it runs; the one planned by the move is sent',
    async ({ jobs }) => {
      const { app, deps, notifier, council, meetingId, ref } = await aCouncilWithMeeting(jobs);
      await app.publishAgenda(ref);
      await app.moveMeeting({ ...ref, start: '2027-03-29T10:00' });
      notifier.notices.length = 0;
      const base = { councilId: council.id, meetingId, reminderKey: 'day-before' as const };
      // One slipped through the move (it was running), and one of the new plan falls due.
      await jobs.meetingQueues.reminders.add(
        'remind',
        { ...base, start: '2027-03-25T10:00', sequence: 0 },
        { jobId: 'stale-one' },
      );
      await jobs.meetingQueues.reminders.add(
        'remind',
        { ...base, start: '2027-03-29T10:00', sequence: 1 },
        { jobId: 'current-one' },
      );
      const results = await runReminders(jobs, deps, 2);
      expect(results.get('stale-one')).toEqual({ status: 'stale' });
      expect(results.get('current-one')).toMatchObject({ status: 'sent' });
      // One direct reminder per attendee, all of the current plan.
      expect(notifier.notices.length).toBeGreaterThan(0);
      expect(notifier.notices).toEqual(
        notifier.notices.map(() => ({
          kind: 'meeting_reminder',
          ...base,
          sequence: 1,
          memberId: expect.any(String),
        })),
      );
    },
  );

  jobsTest('a reminder of a meeting cancelled since does nothing', async ({ jobs }) => {
    const { app, deps, notifier, council, meetingId, ref } = await aCouncilWithMeeting(jobs);
    await app.publishAgenda(ref);
    await app.cancelMeeting(ref);
    notifier.notices.length = 0;
    await jobs.meetingQueues.reminders.add(
      'remind',
      {
        councilId: council.id,
        meetingId,
        reminderKey: 'hour-before',
        start: '2027-03-25T10:00',
        sequence: 0,
      },
      { jobId: 'after-cancel' },
    );
    const results = await runReminders(jobs, deps, 1);
    expect(results.get('after-cancel')).toEqual({ status: 'not_published' });
    expect(notifier.notices).toEqual([]);
  });

  jobsTest(
    'the afbud-deadline reminder goes only to the invited who have neither said they are coming nor sent afbud',
    async ({ jobs }) => {
      const { app, deps, stores, notifier, council, roster, meetingId, ref } =
        await aCouncilWithMeeting(jobs);
      await app.publishAgenda(ref);
      const [sendsAfbud, isComing, hasNotAnswered] = roster.members;
      await stores.absences.addAbsence(council.id, {
        memberId: sendsAfbud!.id,
        scope: { kind: 'meeting', meetingId },
        registeredAt: jobs.clock.now().toISOString(),
      });
      await stores.meetings.markComing(council.id, meetingId, isComing!.id, jobs.clock.now());
      notifier.notices.length = 0;
      await jobs.meetingQueues.reminders.add(
        'remind',
        {
          councilId: council.id,
          meetingId,
          reminderKey: 'afbud-deadline',
          start: '2027-03-25T10:00',
          sequence: 0,
        },
        { jobId: 'afbud-now' },
      );
      await runReminders(jobs, deps, 1);
      const reminded = notifier.notices.flatMap((notice) =>
        notice.kind === 'meeting_afbud_reminder' ? [notice.memberId] : [],
      );
      // The suppleant holds the seat of the member with afbud, and has not answered either.
      expect(reminded.sort()).toEqual(
        [
          roster.chair.id,
          roster.viceChair.id,
          hasNotAnswered!.id,
          roster.observer.id,
          roster.substitute.id,
        ].sort(),
      );
    },
  );
});

/** Runs the meetings' reminder worker until `count` jobs have completed; their results by job id. */
async function runReminders(jobs: JobsHarness, deps: AppDeps, count: number) {
  const results = new Map<string, MeetingReminderRun>();
  jobs
    .track(createMeetingReminderWorker(deps, jobs.workerSettings))
    .on('completed', (job, result) => results.set(job.id ?? '', result));
  await eventually(() => results.size >= count, `${count} reminders ran`);
  return results;
}
