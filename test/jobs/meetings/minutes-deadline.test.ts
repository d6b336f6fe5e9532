import { describe, expect } from 'vitest';
import type { AppDeps } from '../../../src/app/deps.ts';
import type { MinutesDeadlineRun } from '../../../src/app/meetings/close-minutes-approval.ts';
import { createUseCases } from '../../../src/app/use-cases.ts';
import { capabilities } from '../../../src/capabilities/index.ts';
import { meetingJobIds } from '../../../src/jobs/meetings/meeting-queues.ts';
import { createMinutesDeadlineWorker } from '../../../src/jobs/meetings/minutes-deadline.worker.ts';
import { danishHolidays } from '../../../src/system/danish-holidays.ts';
import { aCouncil, rosterWith } from '../../fakes/council-mother.ts';
import { inMemoryStores } from '../../fakes/in-memory-stores.ts';
import { RecordingNotifier } from '../../fakes/recording-notifier.ts';
import { SequentialIds } from '../../fakes/sequential-ids.ts';
import { eventually, jobsTest, type JobsHarness } from '../jobs-harness.ts';

const actorId = 'sekretariat';
const deadline = '2027-04-01T12:00';

/**
 * A Rådsmøde held on Thursday 25 March 2027, 10.00–13.00; the app's clock
 * stands still that afternoon at 14.00, when the secretariat sends the
 * minutes for approval with the deadline Thursday 1 April at 12.00.
 */
async function minutesSentForApproval(jobs: JobsHarness) {
  jobs.clock.set('2027-03-25T13:00:00.000Z');
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
  await stores.councils.saveCouncil(council);
  await stores.rosters.replaceRoster(council.id, rosterWith({ members: 3 }).all);
  const app = createUseCases(
    capabilities.map((capability) => capability.useCases),
    deps,
    { locale: 'da', timeZone: 'Europe/Copenhagen' },
  );
  const created = await app.createMeeting({
    councilId: council.id,
    actorId,
    title: 'Rådsmøde',
    start: '2027-03-25T10:00',
    end: '2027-03-25T13:00',
  });
  if (!created.ok) throw new Error(created.code);
  const meetingId = created.value.meeting.id;
  const sent = await app.sendMinutesForApproval({
    councilId: council.id,
    actorId,
    meetingId,
    deadline,
  });
  if (!sent.ok) throw new Error(sent.code);
  return { app, deps, notifier, council, now, meetingId };
}

/** Runs the deadline worker until `count` jobs have completed; their results by job id. */
async function runDeadlines(jobs: JobsHarness, deps: AppDeps, count: number) {
  const results = new Map<string, MinutesDeadlineRun>();
  jobs
    .track(createMinutesDeadlineWorker(deps, jobs.workerSettings))
    .on('completed', (job, result) => results.set(job.id ?? '', result));
  await eventually(() => results.size >= count, `${count} deadline jobs ran`);
  return results;
}

describe("the minutes' deadline as a BullMQ job", () => {
  jobsTest(
    'sending the minutes plans one job at the deadline in council time; at the deadline it approves them and the channel is to be told',
    async ({ jobs }) => {
      const { app, deps, notifier, council, now, meetingId } = await minutesSentForApproval(jobs);
      const jobId = meetingJobIds.minutesDeadline(council.id, meetingId, deadline);
      const job = await jobs.meetingQueues.minutesDeadline.getJob(jobId);
      // Thursday 1 April, 12.00 in summer time (+02:00), reckoned on the app's clock.
      expect(job?.delay).toBe(Date.parse('2027-04-01T12:00:00+02:00') - now.getTime());
      expect(notifier.kinds()).toEqual(['meeting_minutes_sent']);

      jobs.clock.set('2027-04-01T10:00:00.000Z');
      await job!.promote();
      const results = await runDeadlines(jobs, deps, 1);

      expect(results.get(jobId)).toBe('closed');
      const status = await app.minutesApprovalStatus({ councilId: council.id, meetingId });
      expect(status.ok && status.value.record.meeting.status).toBe('minutes_approved');
      expect(status.ok && status.value.round?.closedBy).toBe('deadline');
      expect(notifier.kinds()).toEqual(['meeting_minutes_sent', 'meeting_minutes_approved']);
    },
  );

  jobsTest(
    'minutes the secretariat already approved by hand are left alone, and the channel is told only once',
    async ({ jobs }) => {
      const { app, deps, notifier, council, meetingId } = await minutesSentForApproval(jobs);
      const closed = await app.closeMinutesApproval({ councilId: council.id, actorId, meetingId });
      expect(closed.ok).toBe(true);
      const jobId = meetingJobIds.minutesDeadline(council.id, meetingId, deadline);
      await (await jobs.meetingQueues.minutesDeadline.getJob(jobId))!.promote();

      const results = await runDeadlines(jobs, deps, 1);

      expect(results.get(jobId)).toBe('not_sent');
      expect(notifier.kinds()).toEqual(['meeting_minutes_sent', 'meeting_minutes_approved']);
    },
  );

  jobsTest('a job for another deadline than the round has does nothing', async ({ jobs }) => {
    const { app, deps, council, meetingId } = await minutesSentForApproval(jobs);
    await jobs.meetingQueues.minutesDeadline.add(
      'close-minutes',
      { councilId: council.id, meetingId, deadline: '2027-03-30T12:00' },
      { jobId: 'stale-deadline' },
    );
    const planned = meetingJobIds.minutesDeadline(council.id, meetingId, deadline);
    await jobs.meetingQueues.minutesDeadline.remove(planned);

    const results = await runDeadlines(jobs, deps, 1);

    expect(results.get('stale-deadline')).toBe('deadline_moved');
    const status = await app.minutesApprovalStatus({ councilId: council.id, meetingId });
    expect(status.ok && status.value.record.meeting.status).toBe('minutes_sent');
  });
});
