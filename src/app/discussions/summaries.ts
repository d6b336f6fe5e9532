import { z } from 'zod';
import { localTimeOf } from '../../domain/discussions/discussion-time.ts';
import type { Discussion, GroupSummary } from '../../domain/discussions/discussion.ts';
import { writersOf } from '../../domain/discussions/writers.ts';
import { mayManageHearings } from '../../domain/council/roster.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { loadCouncil, loadMember } from '../council/load-council.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { compileNow, refreshOpsamling, type CompileDeps } from './compile-opsamling.ts';
import { rollOf } from './discussion-roll.ts';
import {
  discussionIdField,
  groupKeyField,
  maxAnswerLength,
  maxNotesLength,
} from './discussion-fields.ts';
import type { SubmittedSummary, SummaryDraft } from './discussion-types.ts';
import { loadDiscussion } from './load-discussion.ts';

const ref = { councilId: councilIdField, discussionId: discussionIdField, actorId: memberIdField };
const draftInput = z.object({ ...ref, groupKey: groupKeyField.optional() });
// No length limit here: too long is its own answer, naming the field (below).
const submitInput = z.object({
  ...ref,
  groupKey: groupKeyField,
  answers: z.array(z.string()).max(50),
  notes: z.string(),
  seenRevision: z.number().int().min(0),
});

/** The secretariat or the chair group, who may write a summary on a group's behalf. */
async function isManager(deps: CompileDeps, councilId: string, actorId: string) {
  const actor = await loadMember(deps.rosters, councilId, actorId);
  return actor.ok && mayManageHearings(actor.value);
}

/** Announced or compiled, with its groups and who writes each group's summary now. */
async function runningDiscussion(
  deps: CompileDeps,
  councilId: string,
  discussionId: string,
): Promise<Result<{ discussion: Discussion; writers: Record<string, string> }>> {
  const loaded = await loadDiscussion(deps, councilId, discussionId);
  if (!loaded.ok) return loaded;
  const discussion = loaded.value;
  if (discussion.status === 'cancelled') return fail('discussion_cancelled');
  if (discussion.status === 'sign_up') return fail('discussion_not_announced');
  const [proposal, roll] = await Promise.all([
    deps.discussions.proposal(councilId, discussionId),
    rollOf(deps, discussion),
  ]);
  const present = new Set(roll.participants.map((person) => person.memberId));
  return succeed({ discussion, writers: writersOf(proposal?.groups ?? [], present) });
}

/** The summary form for the one who writes it: their group, its topic and questions, what is saved. */
export async function summaryDraft(
  deps: CompileDeps,
  raw: { councilId: string; discussionId: string; actorId: string; groupKey?: string },
): Promise<Result<SummaryDraft>> {
  const input = validate(draftInput, raw);
  if (!input.ok) return input;
  const { councilId, discussionId, actorId } = input.value;
  const running = await runningDiscussion(deps, councilId, discussionId);
  if (!running.ok) return running;
  const { discussion, writers } = running.value;
  const groupKey =
    input.value.groupKey ?? Object.keys(writers).find((key) => writers[key] === actorId);
  if (groupKey === undefined) return fail('discussion_not_group_writer');
  if (writers[groupKey] === undefined)
    return fail('discussion_group_unknown', 'groupKey', { group: groupKey });
  if (writers[groupKey] !== actorId && !(await isManager(deps, councilId, actorId)))
    return fail('discussion_not_group_writer');
  const proposal = await deps.discussions.proposal(councilId, discussionId);
  const group = proposal?.groups.find((candidate) => candidate.key === groupKey);
  const topic = discussion.topics.find((candidate) => candidate.key === group?.topic);
  if (group === undefined || topic === undefined) return fail('discussion_not_group_writer');
  const summary = (await deps.discussions.summaries(councilId, discussionId)).find(
    (candidate) => candidate.groupKey === groupKey,
  );
  return succeed({ discussion, group, topic, ...(summary === undefined ? {} : { summary }) });
}

/**
 * The group's writer (or the secretariat on the group's behalf) submits or
 * edits its summary until due. The store writes it only at the revision the
 * form showed. When every group is in, the opsamling is compiled at once; an
 * edit after it was compiled refreshes it.
 */
export async function submitSummary(
  deps: CompileDeps,
  raw: {
    councilId: string;
    discussionId: string;
    actorId: string;
    groupKey: string;
    answers: string[];
    notes: string;
    seenRevision: number;
  },
): Promise<Result<SubmittedSummary>> {
  const input = validate(submitInput, raw);
  if (!input.ok) return input;
  const { councilId, discussionId, actorId, groupKey, answers, notes, seenRevision } = input.value;
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const running = await runningDiscussion(deps, councilId, discussionId);
  if (!running.ok) return running;
  const { discussion, writers } = running.value;
  const now = deps.clock.now();
  if (localTimeOf(now, council.value.timeZone) >= discussion.summariesDue)
    return fail('discussion_summaries_closed', undefined, { due: discussion.summariesDue });
  const writer = writers[groupKey];
  if (writer === undefined)
    return fail('discussion_group_unknown', 'groupKey', { group: groupKey });
  if (writer !== actorId && !(await isManager(deps, councilId, actorId)))
    return fail('discussion_not_group_writer');
  const proposal = await deps.discussions.proposal(councilId, discussionId);
  const group = proposal?.groups.find((candidate) => candidate.key === groupKey);
  const topic = discussion.topics.find((candidate) => candidate.key === group?.topic);
  const questions = topic?.questions.length ?? 0;
  if (answers.length !== questions)
    return fail('discussion_summary_answers_mismatch', 'answers', {
      questions,
      answers: answers.length,
    });
  const tooLong = answers.findIndex((answer) => answer.length > maxAnswerLength);
  if (tooLong >= 0)
    return fail('discussion_summary_too_long', `answers.${tooLong}`, {
      field: `answers.${tooLong}`,
      limit: maxAnswerLength,
    });
  if (notes.length > maxNotesLength)
    return fail('discussion_summary_too_long', 'notes', { field: 'notes', limit: maxNotesLength });

  const before = (await deps.discussions.summaries(councilId, discussionId)).find(
    (candidate) => candidate.groupKey === groupKey,
  );
  const summary: GroupSummary = {
    groupKey,
    answers: answers.map((answer) => answer.trim()),
    notes: notes.trim(),
    submittedBy: actorId,
    firstSubmittedAt: before?.firstSubmittedAt ?? now.toISOString(),
    submittedAt: now.toISOString(),
    revision: seenRevision + 1,
  };
  const written = await deps.discussions.saveSummary(
    councilId,
    discussionId,
    summary,
    seenRevision,
  );
  if (written === 'changed_meanwhile') return fail('discussion_changed_meanwhile');
  if (written === 'closed')
    return fail('discussion_summaries_closed', undefined, { due: discussion.summariesDue });

  const summaries = await deps.discussions.summaries(councilId, discussionId);
  const allIn = Object.keys(writers).every((key) => summaries.some((s) => s.groupKey === key));
  const current = await deps.discussions.discussion(councilId, discussionId);
  if (current?.status === 'compiled') await refreshOpsamling(deps, current);
  else if (allIn && current?.status === 'announced')
    await compileNow(deps, current, 'all_submitted');
  else await deps.notifier.notify({ kind: 'discussion_changed', councilId, discussionId });
  return succeed({ summary, allIn });
}
