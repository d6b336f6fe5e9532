import type { Discussion } from '../../domain/discussions/discussion.ts';
import { writersOf } from '../../domain/discussions/writers.ts';
import { noManualEdits } from '../../domain/discussions/formation/formation-types.ts';
import type { AppDeps } from '../deps.ts';
import { compileNow } from './compile-opsamling.ts';
import { rollOf } from './discussion-roll.ts';
import { formProposal, proposalFrame, type FormingDeps } from './form-discussion-groups.ts';
import { newSeed } from './new-seed.ts';
import { signUpsChangedSince } from './sign-ups-changed.ts';

/** What a planned job is about: the discussion as it was when planned. */
export interface DiscussionJobRef {
  readonly councilId: string;
  readonly discussionId: string;
  readonly sequence: number;
}

/** What a job did: nothing (the discussion moved on), or how many it told. */
export type DiscussionJobRun =
  | { readonly ran: false; readonly reason: 'missing' | 'stale' }
  | { readonly ran: true; readonly notified: number; readonly compiled?: boolean };

type JobDeps = FormingDeps & Pick<AppDeps, 'meetings' | 'itemGroupDiscussions'>;

/** The discussion if the job is still about it: same sequence, in the status given. */
async function current(
  deps: Pick<AppDeps, 'discussions'>,
  job: DiscussionJobRef,
  statuses: readonly Discussion['status'][],
): Promise<Discussion | { ran: false; reason: 'missing' | 'stale' }> {
  const discussion = await deps.discussions.discussion(job.councilId, job.discussionId);
  if (discussion === undefined) return { ran: false, reason: 'missing' };
  if (discussion.sequence !== job.sequence || !statuses.includes(discussion.status))
    return { ran: false, reason: 'stale' };
  return discussion;
}

const isDiscussion = (value: unknown): value is Discussion =>
  typeof value === 'object' && value !== null && 'topics' in value;

/** Before the sign-up deadline: each participant who has not chosen a topic is reminded. */
export async function queueSignUpReminders(
  deps: JobDeps,
  job: DiscussionJobRef,
): Promise<DiscussionJobRun> {
  const discussion = await current(deps, job, ['sign_up']);
  if (!isDiscussion(discussion)) return discussion;
  const [roll, signUps] = await Promise.all([
    rollOf(deps, discussion),
    deps.discussions.signUps(job.councilId, job.discussionId),
  ]);
  const chosen = new Set(
    signUps.filter((signUp) => signUp.topic !== undefined).map((signUp) => signUp.memberId),
  );
  const unchosen = roll.participants.filter((person) => !chosen.has(person.memberId));
  for (const person of unchosen)
    await deps.notifier.notify({
      kind: 'discussion_sign_up_reminder',
      councilId: job.councilId,
      discussionId: job.discussionId,
      memberId: person.memberId,
      sequence: discussion.sequence,
    });
  return { ran: true, notified: unchosen.length };
}

/**
 * At the sign-up deadline: the groups are formed if the secretary has not
 * done so (those who chose no topic are placed where they balance the
 * groups), and the one who set the discussion up is told it waits for them.
 */
export async function closeSignUp(deps: JobDeps, job: DiscussionJobRef): Promise<DiscussionJobRun> {
  const discussion = await current(deps, job, ['sign_up']);
  if (!isDiscussion(discussion)) return discussion;
  const stored = await deps.discussions.proposal(job.councilId, job.discussionId);
  // Formed before the deadline and a choice changed since: formed again with
  // the same seed and hand edits, so the last choices count. A formation that
  // fails (more groups than people, say) still tells the secretary: their
  // message says the groups could not be formed, and «Dan grupper» says why.
  if (stored === undefined)
    await formProposal(deps, discussion, {
      keepWhatFits: true,
      manual: noManualEdits,
      seed: newSeed(deps),
      formedBy: 'deadline',
    });
  else if (
    (stored.frame !== undefined && stored.frame !== proposalFrame(discussion)) ||
    (await signUpsChangedSince(deps, discussion, stored.formedAt))
  )
    await formProposal(deps, discussion, {
      keepWhatFits: true,
      manual: stored.manual,
      seed: stored.seed,
      formedBy: stored.formedBy,
    });
  await deps.notifier.notify({
    kind: 'discussion_proposal_ready',
    councilId: job.councilId,
    discussionId: job.discussionId,
    memberId: discussion.createdBy,
    sequence: discussion.sequence,
  });
  await deps.notifier.notify({
    kind: 'discussion_changed',
    councilId: job.councilId,
    discussionId: job.discussionId,
  });
  return { ran: true, notified: 1 };
}

/** The writers of the groups that have not submitted, reminded 'before' the due time or at it. */
async function remindMissingWriters(
  deps: JobDeps,
  discussion: Discussion,
  reminderKey: 'before' | 'due',
): Promise<number> {
  const { councilId, id: discussionId } = discussion;
  const [proposal, summaries, roll] = await Promise.all([
    deps.discussions.proposal(councilId, discussionId),
    deps.discussions.summaries(councilId, discussionId),
    rollOf(deps, discussion),
  ]);
  const present = new Set(roll.participants.map((person) => person.memberId));
  const writers = writersOf(proposal?.groups ?? [], present);
  const missing = Object.entries(writers).filter(
    ([groupKey]) => !summaries.some((summary) => summary.groupKey === groupKey),
  );
  for (const [groupKey, memberId] of missing)
    await deps.notifier.notify({
      kind: 'discussion_summary_reminder',
      councilId,
      discussionId,
      memberId,
      groupKey,
      reminderKey,
      sequence: discussion.sequence,
    });
  return missing.length;
}

/** Before the due time: the writers whose group has not submitted. */
export async function queueSummaryReminders(
  deps: JobDeps,
  job: DiscussionJobRef,
): Promise<DiscussionJobRun> {
  const discussion = await current(deps, job, ['announced', 'compiled']);
  if (!isDiscussion(discussion)) return discussion;
  return { ran: true, notified: await remindMissingWriters(deps, discussion, 'before') };
}

/**
 * At the due time: the writers still missing are told it is due, and the
 * opsamling is compiled with the groups that are in (those missing are named).
 */
export async function summariesDue(
  deps: JobDeps,
  job: DiscussionJobRef,
): Promise<DiscussionJobRun> {
  const discussion = await current(deps, job, ['announced', 'compiled']);
  if (!isDiscussion(discussion)) return discussion;
  const notified = await remindMissingWriters(deps, discussion, 'due');
  const compiled =
    discussion.status === 'announced' ? await compileNow(deps, discussion, 'due') : false;
  return { ran: true, notified, compiled };
}
