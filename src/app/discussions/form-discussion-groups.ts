import { z } from 'zod';
import type { Discussion, GroupRole } from '../../domain/discussions/discussion.ts';
import { formGroups as formation } from '../../domain/discussions/formation/form-groups.ts';
import {
  noManualEdits,
  type FormationParticipant,
  type ManualEdits,
} from '../../domain/discussions/formation/formation-types.ts';
import {
  editCount,
  keepGroups,
  keepParticipants,
  rolesAfter,
  withPlacement,
  withRole,
} from '../../domain/discussions/manual-edits.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { checkParticipant, rollOf } from './discussion-roll.ts';
import { discussionIdField, groupKeyField, groupRoleField } from './discussion-fields.ts';
import { loadManagedDiscussion } from './load-discussion.ts';
import { newSeed } from './new-seed.ts';
import type { GroupProposal } from './ports.ts';
import { previousGroupsOf } from './previous-groups.ts';
import { scheduleSummaryJobs } from './schedule-discussion-jobs.ts';

export type FormingDeps = Pick<
  AppDeps,
  | 'councils'
  | 'rosters'
  | 'absences'
  | 'discussions'
  | 'discussionScheduler'
  | 'notifier'
  | 'ids'
  | 'clock'
>;

const ref = {
  councilId: councilIdField,
  discussionId: discussionIdField,
  actorId: memberIdField,
};
const formInput = z.object({
  ...ref,
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 31 - 1)
    .optional(),
});
const moveInput = z.object({ ...ref, memberId: memberIdField, groupKey: groupKeyField });
const roleInput = z.object({
  ...ref,
  groupKey: groupKeyField,
  role: groupRoleField,
  memberId: memberIdField,
});

/** What a proposal is formed for: the topics' keys and the sizing. */
export const proposalFrame = (discussion: Pick<Discussion, 'topics' | 'sizing'>): string =>
  JSON.stringify([discussion.topics.map((topic) => topic.key), discussion.sizing]);

/**
 * The proposal formed from who takes part, their sign-ups, the council's
 * last groups and the hand edits, with the seed given: pure formation,
 * nothing stored (a changed set-up checks it before anything is written).
 */
export async function proposalFor(
  deps: FormingDeps,
  discussion: Discussion,
  options: { manual: ManualEdits; seed: number; formedBy: string },
): Promise<Result<GroupProposal>> {
  const { councilId, id } = discussion;
  const [roll, signUps, previousGroups] = await Promise.all([
    rollOf(deps, discussion),
    deps.discussions.signUps(councilId, id),
    previousGroupsOf(deps, discussion),
  ]);
  const participants: FormationParticipant[] = roll.participants.map((person) => {
    const signUp = signUps.find((candidate) => candidate.memberId === person.memberId);
    return {
      id: person.memberId,
      organisation: person.organisation,
      ...(signUp?.topic === undefined ? {} : { preference: signUp.topic }),
      ...(signUp?.volunteer === undefined ? {} : { volunteer: signUp.volunteer }),
    };
  });
  const manual = keepParticipants(options.manual, new Set(participants.map((p) => p.id)));
  const formed = formation({
    topics: discussion.topics.map((topic) => topic.key),
    participants,
    sizing: discussion.sizing,
    previousGroups,
    manual,
    seed: options.seed,
  });
  if (!formed.ok) return formed;
  return succeed({
    ...formed.value,
    manual,
    seed: options.seed,
    formedAt: deps.clock.now().toISOString(),
    formedBy: options.formedBy,
    frame: proposalFrame(discussion),
  });
}

/**
 * The proposal formed with the hand edits; if the set-up has changed so that
 * some name a group it no longer has, with the ones that still fit (those
 * are set aside); only if even those do not fit, without any.
 */
export async function proposalKeepingWhatFits(
  deps: FormingDeps,
  discussion: Discussion,
  options: { manual: ManualEdits; seed: number; formedBy: string },
): Promise<{ result: Result<GroupProposal>; setAside: boolean }> {
  const kept = await proposalFor(deps, discussion, options);
  if (kept.ok || kept.code !== 'discussion_group_unknown') return { result: kept, setAside: false };
  const bare = await proposalFor(deps, discussion, { ...options, manual: noManualEdits });
  if (!bare.ok) return { result: bare, setAside: false };
  const fitting = keepGroups(options.manual, new Set(bare.value.groups.map((group) => group.key)));
  if (editCount(fitting) > 0) {
    const some = await proposalFor(deps, discussion, { ...options, manual: fitting });
    if (some.ok) return { result: some, setAside: true };
  }
  return { result: bare, setAside: editCount(options.manual) > 0 };
}

/**
 * Forms the proposal ({@link proposalFor}) and stores it while sign-up is
 * still on (the store checks the status as it writes). Forming again (the
 * secretary's "Dan igen", the deadline, before announcing) keeps what fits
 * of the hand edits: a set-up changed meanwhile never leaves it stuck.
 */
export async function formProposal(
  deps: FormingDeps,
  discussion: Discussion,
  options: { manual: ManualEdits; seed: number; formedBy: string; keepWhatFits?: boolean },
): Promise<Result<GroupProposal>> {
  const proposal =
    options.keepWhatFits === true
      ? (await proposalKeepingWhatFits(deps, discussion, options)).result
      : await proposalFor(deps, discussion, options);
  if (!proposal.ok) return proposal;
  const { councilId, id } = discussion;
  if (!(await deps.discussions.saveProposal(councilId, id, proposal.value)))
    return fail('discussion_already_announced');
  await deps.notifier.notify({ kind: 'discussion_changed', councilId, discussionId: id });
  return proposal;
}

/** Forms (or re-forms, keeping every hand edit) the proposal; secretariat only. */
export async function formDiscussionGroups(
  deps: FormingDeps,
  raw: { councilId: string; discussionId: string; actorId: string; seed?: number },
): Promise<Result<GroupProposal>> {
  const input = validate(formInput, raw);
  if (!input.ok) return input;
  const { councilId, discussionId, actorId, seed } = input.value;
  const loaded = await loadManagedDiscussion(deps, councilId, discussionId, actorId);
  if (!loaded.ok) return loaded;
  const { discussion } = loaded.value;
  if (discussion.status !== 'sign_up') return fail('discussion_already_announced');
  const stored = await deps.discussions.proposal(councilId, discussionId);
  return formProposal(deps, discussion, {
    manual: stored?.manual ?? noManualEdits,
    seed: seed ?? newSeed(deps),
    formedBy: actorId,
    keepWhatFits: true,
  });
}

/** Moves a participant to a group by hand and forms again with the same seed: the move holds. */
export async function moveParticipant(
  deps: FormingDeps,
  raw: {
    councilId: string;
    discussionId: string;
    actorId: string;
    memberId: string;
    groupKey: string;
  },
): Promise<Result<GroupProposal>> {
  const input = validate(moveInput, raw);
  if (!input.ok) return input;
  const { councilId, discussionId, actorId, memberId, groupKey } = input.value;
  const loaded = await loadManagedDiscussion(deps, councilId, discussionId, actorId);
  if (!loaded.ok) return loaded;
  const { discussion } = loaded.value;
  if (discussion.status !== 'sign_up') return fail('discussion_already_announced');
  const stored = await deps.discussions.proposal(councilId, discussionId);
  if (stored === undefined) return fail('discussion_no_proposal');
  if (!stored.groups.some((group) => group.key === groupKey))
    return fail('discussion_group_unknown', 'groupKey', { group: groupKey });
  const participant = checkParticipant(await rollOf(deps, discussion), memberId);
  if (!participant.ok) return participant;
  return formProposal(deps, discussion, {
    manual: withPlacement(stored.manual, memberId, groupKey),
    seed: stored.seed,
    formedBy: actorId,
  });
}

/**
 * Gives a group's role to one of its members. Before announcing, a hand edit
 * of the proposal (formed again with the same seed). After, the role changes
 * hands in the announced groups: the new holder is told, and a new referent
 * is who writes the summary.
 */
export async function assignGroupRole(
  deps: FormingDeps,
  raw: {
    councilId: string;
    discussionId: string;
    actorId: string;
    groupKey: string;
    role: GroupRole;
    memberId: string;
  },
): Promise<Result<GroupProposal>> {
  const input = validate(roleInput, raw);
  if (!input.ok) return input;
  const { councilId, discussionId, actorId, groupKey, role, memberId } = input.value;
  const loaded = await loadManagedDiscussion(deps, councilId, discussionId, actorId);
  if (!loaded.ok) return loaded;
  const { discussion, council } = loaded.value;
  const stored = await deps.discussions.proposal(councilId, discussionId);
  if (stored === undefined) return fail('discussion_no_proposal');
  const group = stored.groups.find((candidate) => candidate.key === groupKey);
  if (group === undefined) return fail('discussion_group_unknown', 'groupKey', { group: groupKey });
  if (!group.members.includes(memberId))
    return fail('discussion_member_not_in_group', 'memberId', { group: groupKey });
  const manual = withRole(stored.manual, group, role, memberId);
  if (discussion.status === 'sign_up')
    return formProposal(deps, discussion, { manual, seed: stored.seed, formedBy: actorId });

  // Announced (or compiled: a referent who left may still owe the summary until due).
  const handedOver: GroupProposal = {
    ...stored,
    manual,
    groups: stored.groups.map((candidate) =>
      candidate.key === groupKey
        ? { ...candidate, ...rolesAfter(candidate, role, memberId) }
        : candidate,
    ),
  };
  // A new sequence first, on the one read: a change of the set-up meanwhile is
  // never undone by writing back the discussion as it was read. Then the groups.
  const moved: Discussion = { ...discussion, sequence: discussion.sequence + 1 };
  if (!(await deps.discussions.saveDiscussion(moved, discussion.status, discussion.sequence)))
    return fail('discussion_changed_meanwhile');
  // Planned for the new sequence at once, so the jobs never stay on the old one;
  // the reminders go to the new holder, and their message is news.
  await scheduleSummaryJobs(deps, moved, council.timeZone);
  if (!(await deps.discussions.saveAnnouncedGroups(councilId, discussionId, handedOver)))
    return fail('discussion_changed_meanwhile');
  await deps.notifier.notify({ kind: 'discussion_changed', councilId, discussionId });
  await deps.notifier.notify({
    kind: 'discussion_group_to_member',
    councilId,
    discussionId,
    memberId,
    sequence: moved.sequence,
  });
  return succeed(handedOver);
}
