import { describe, expect } from 'vitest';
import type { AppDeps } from '../../../src/app/deps.ts';
import type { DiscussionJobRun } from '../../../src/app/discussions/discussion-use-cases.ts';
import { createUseCases } from '../../../src/app/use-cases.ts';
import { capabilities } from '../../../src/capabilities/index.ts';
import { createDiscussionJobWorker } from '../../../src/jobs/discussions/discussion-job.worker.ts';
import {
  discussionJobIds,
  type DiscussionJobPayload,
} from '../../../src/jobs/discussions/discussion-queues.ts';
import { danishHolidays } from '../../../src/system/danish-holidays.ts';
import { aCouncil, rosterWith } from '../../fakes/council-mother.ts';
import { inMemoryStores } from '../../fakes/in-memory-stores.ts';
import { RecordingNotifier } from '../../fakes/recording-notifier.ts';
import { SequentialIds } from '../../fakes/sequential-ids.ts';
import { aDiscussionInput, secretary } from '../../app/discussions/discussion-fixture.ts';
import { eventually, jobsTest, type JobsHarness } from '../jobs-harness.ts';

/**
 * A council whose secretariat sets up a group discussion with the
 * discussions' BullMQ scheduler: sign-up until Wednesday 25 November 2026
 * 12.00, the groups meet Thursday 13.00–14.00, summaries due Friday 12.00.
 * The app's clock stands still on Monday 23 November, 09.00 (Copenhagen).
 */
async function aCouncilWithDiscussion(jobs: JobsHarness) {
  jobs.clock.set('2026-11-23T08:00:00.000Z');
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
  await stores.rosters.replaceRoster(council.id, rosterWith({ members: 6 }).all);
  const app = createUseCases(
    capabilities.map((capability) => capability.useCases),
    deps,
    { locale: 'da', timeZone: 'Europe/Copenhagen' },
  );
  const started = await app.startDiscussion(aDiscussionInput());
  if (!started.ok) throw new Error(started.code);
  const discussionId = started.value.id;
  const ref = { councilId: council.id, discussionId };
  return { app, deps, stores, notifier, council, now, discussionId, ref };
}

const delayedIds = async (jobs: JobsHarness) =>
  (await jobs.discussionQueues.jobs.getDelayed()).map((job) => job.id).sort();

async function runJobs(jobs: JobsHarness, deps: AppDeps, count: number) {
  const results = new Map<string, DiscussionJobRun>();
  jobs
    .track(createDiscussionJobWorker(deps, jobs.workerSettings))
    .on('completed', (job, result) => results.set(job.id ?? '', result));
  await eventually(() => results.size >= count, `${count} discussion jobs ran`);
  return results;
}

const addNow = (jobs: JobsHarness, jobId: string, data: DiscussionJobPayload) =>
  jobs.discussionQueues.jobs.add(data.kind, data, { jobId });

describe('a group discussion’s jobs in BullMQ', () => {
  jobsTest(
    'setting one up plans the sign-up reminder and deadline; announcing replaces them with the summaries’',
    async ({ jobs }) => {
      const { app, council, now, discussionId, ref } = await aCouncilWithDiscussion(jobs);
      const deadline = Date.parse('2026-11-25T12:00:00+01:00');
      const reminder = Date.parse('2026-11-24T12:00:00+01:00');
      const planned = await jobs.discussionQueues.jobs.getJob(
        discussionJobIds.job(council.id, discussionId, 1, 'sign_up_deadline', deadline),
      );
      expect(planned?.delay).toBe(deadline - now.getTime());
      expect(planned?.data).toEqual({ ...ref, kind: 'sign_up_deadline', sequence: 1 });
      expect(await delayedIds(jobs)).toEqual(
        [
          discussionJobIds.job(council.id, discussionId, 1, 'sign_up_deadline', deadline),
          discussionJobIds.job(council.id, discussionId, 1, 'sign_up_reminder', reminder),
        ].sort(),
      );

      for (const memberId of ['formand', 'naestformand', 'm001', 'm002'])
        await app.chooseTopic({ ...ref, memberId, topic: 'A' });
      await app.formGroups({ ...ref, actorId: secretary, seed: 3 });
      const announced = await app.announceGroups({ ...ref, actorId: secretary });
      expect(announced).toMatchObject({ ok: true });
      const ids = await delayedIds(jobs);
      expect(ids).toHaveLength(2);
      expect(ids.every((id) => id?.includes(`.${discussionId}.2.summar`))).toBe(true);
    },
  );

  jobsTest(
    'a change that moves no time carries the plan to the new sequence at the same instants; a job due but not yet run is carried to run at once',
    async ({ jobs }) => {
      const { app, council, discussionId, ref } = await aCouncilWithDiscussion(jobs);
      const deadline = Date.parse('2026-11-25T12:00:00+01:00');
      const reminder = Date.parse('2026-11-24T12:00:00+01:00');
      expect(
        await app.editDiscussion({ ...ref, actorId: secretary, seenSequence: 1, title: 'Ny' }),
      ).toMatchObject({ ok: true });
      expect(await delayedIds(jobs)).toEqual(
        [
          discussionJobIds.job(council.id, discussionId, 2, 'sign_up_deadline', deadline),
          discussionJobIds.job(council.id, discussionId, 2, 'sign_up_reminder', reminder),
        ].sort(),
      );
      // Past Tuesday noon the reminder is due but no worker has run it (a deploy, say):
      // the next change plans it again for its new sequence, to run at once.
      jobs.clock.set('2026-11-24T12:00:00.000Z');
      expect(
        await app.editDiscussion({ ...ref, actorId: secretary, seenSequence: 2, title: 'Nyere' }),
      ).toMatchObject({ ok: true });
      expect(await delayedIds(jobs)).toEqual([
        discussionJobIds.job(council.id, discussionId, 3, 'sign_up_deadline', deadline),
      ]);
      const waiting = (await jobs.discussionQueues.jobs.getWaiting()).map((job) => job.id);
      expect(waiting).toEqual([
        discussionJobIds.job(council.id, discussionId, 3, 'sign_up_reminder', reminder),
      ]);
    },
  );

  jobsTest('a cancelled discussion’s jobs are gone', async ({ jobs }) => {
    const { app, ref } = await aCouncilWithDiscussion(jobs);
    expect(await delayedIds(jobs)).toHaveLength(2);
    await app.cancelDiscussion({ ...ref, actorId: secretary });
    expect(await delayedIds(jobs)).toEqual([]);
  });

  jobsTest(
    'the sign-up reminder goes to the participants without a topic; one planned for an older sequence does nothing',
    async ({ jobs }) => {
      const { app, deps, notifier, ref } = await aCouncilWithDiscussion(jobs);
      await app.chooseTopic({ ...ref, memberId: 'm001', topic: 'A' });
      await app.volunteerForRole({ ...ref, memberId: 'm002', role: 'ordstyrer' });
      notifier.notices.length = 0;
      await addNow(jobs, 'stale', { ...ref, kind: 'sign_up_reminder', sequence: 0 });
      await addNow(jobs, 'current', { ...ref, kind: 'sign_up_reminder', sequence: 1 });
      const results = await runJobs(jobs, deps, 2);
      expect(results.get('stale')).toEqual({ ran: false, reason: 'stale' });
      expect(results.get('current')).toEqual({ ran: true, notified: 8 });
      const reminded = notifier.notices.flatMap((n) =>
        n.kind === 'discussion_sign_up_reminder' ? [n.memberId] : [],
      );
      expect(reminded).not.toContain('m001');
      expect(reminded).toContain('m002');
      expect(reminded).not.toContain(secretary);
    },
  );

  jobsTest(
    'at the sign-up deadline the groups are formed and the secretary who set it up is told',
    async ({ jobs }) => {
      const { app, deps, notifier, ref } = await aCouncilWithDiscussion(jobs);
      await app.chooseTopic({ ...ref, memberId: 'm001', topic: 'B' });
      jobs.clock.set('2026-11-25T11:00:00.000Z');
      jobs.clock.stop();
      notifier.notices.length = 0;
      await addNow(jobs, 'deadline', { ...ref, kind: 'sign_up_deadline', sequence: 1 });
      const results = await runJobs(jobs, deps, 1);
      expect(results.get('deadline')).toEqual({ ran: true, notified: 1 });
      const proposal = await deps.discussions.proposal(ref.councilId, ref.discussionId);
      expect(proposal).toMatchObject({ formedBy: 'deadline' });
      expect(proposal?.groups.flatMap((g) => g.members)).toHaveLength(9);
      expect(notifier.notices).toContainEqual({
        kind: 'discussion_proposal_ready',
        ...ref,
        memberId: secretary,
        sequence: 1,
      });
    },
  );

  jobsTest(
    'at the due time the writers still missing are told, and the opsamling is compiled naming their groups',
    async ({ jobs }) => {
      const { app, deps, notifier, ref } = await aCouncilWithDiscussion(jobs);
      await app.formGroups({ ...ref, actorId: secretary, seed: 5 });
      const announced = await app.announceGroups({ ...ref, actorId: secretary });
      if (!announced.ok) throw new Error(announced.code);
      const [first, second] = announced.value.proposal!.groups;
      jobs.clock.set('2026-11-26T14:00:00.000Z');
      jobs.clock.stop();
      const questions = first!.topic === 'A' ? ['Svar 1', 'Svar 2'] : ['Svar'];
      await app.submitSummary({
        ...ref,
        actorId: first!.referent,
        groupKey: first!.key,
        answers: questions,
        notes: '',
        seenRevision: 0,
      });
      notifier.notices.length = 0;
      jobs.clock.set('2026-11-27T11:00:00.000Z');
      jobs.clock.stop();
      await addNow(jobs, 'due', { ...ref, kind: 'summaries_due', sequence: 2 });
      await addNow(jobs, 'old', { ...ref, kind: 'summaries_due', sequence: 1 });
      const results = await runJobs(jobs, deps, 2);
      expect(results.get('due')).toEqual({ ran: true, notified: 1, compiled: true });
      expect(results.get('old')).toEqual({ ran: false, reason: 'stale' });
      expect(notifier.notices).toContainEqual({
        kind: 'discussion_summary_reminder',
        ...ref,
        memberId: second!.referent,
        groupKey: second!.key,
        reminderKey: 'due',
        sequence: 2,
      });
      const shown = await app.showDiscussion(ref);
      expect(shown.ok && shown.value.opsamling).toMatchObject({
        compiledBy: 'due',
        missingGroups: [second!.key],
      });
    },
  );

  jobsTest(
    'before the due time the writers whose group has not submitted are reminded',
    async ({ jobs }) => {
      const { app, deps, notifier, ref } = await aCouncilWithDiscussion(jobs);
      await app.formGroups({ ...ref, actorId: secretary, seed: 5 });
      const announced = await app.announceGroups({ ...ref, actorId: secretary });
      if (!announced.ok) throw new Error(announced.code);
      const groups = announced.value.proposal!.groups;
      notifier.notices.length = 0;
      await addNow(jobs, 'before', { ...ref, kind: 'summary_reminder', sequence: 2 });
      const results = await runJobs(jobs, deps, 1);
      expect(results.get('before')).toEqual({ ran: true, notified: groups.length });
      expect(
        notifier.notices.map((n) => (n.kind === 'discussion_summary_reminder' ? n.memberId : '')),
      ).toEqual(groups.map((group) => announced.value.writers[group.key]));
    },
  );

  jobsTest('the due time of a discussion cancelled since does nothing', async ({ jobs }) => {
    const { app, deps, notifier, ref } = await aCouncilWithDiscussion(jobs);
    await app.formGroups({ ...ref, actorId: secretary, seed: 5 });
    await app.announceGroups({ ...ref, actorId: secretary });
    await app.cancelDiscussion({ ...ref, actorId: secretary });
    notifier.notices.length = 0;
    await addNow(jobs, 'after-cancel', { ...ref, kind: 'summaries_due', sequence: 2 });
    const results = await runJobs(jobs, deps, 1);
    expect(results.get('after-cancel')).toEqual({ ran: false, reason: 'stale' });
    expect(notifier.notices).toEqual([]);
  });
});
