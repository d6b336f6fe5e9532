import { z } from 'zod';
import { roomLinksFit } from '../../domain/discussions/discussion-setup.ts';
import type { Discussion } from '../../domain/discussions/discussion.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { rollOf } from './discussion-roll.ts';
import { discussionIdField } from './discussion-fields.ts';
import type { DiscussionView } from './discussion-types.ts';
import { signUpsChangedSince } from './sign-ups-changed.ts';
import { formProposal, proposalFrame, type FormingDeps } from './form-discussion-groups.ts';
import { loadManagedDiscussion } from './load-discussion.ts';
import { scheduleSummaryJobs } from './schedule-discussion-jobs.ts';
import { viewOf } from './view-discussion.ts';

const announceInput = z.object({
  councilId: councilIdField,
  discussionId: discussionIdField,
  actorId: memberIdField,
});

/**
 * Announces the proposal: one atomic status change sign_up → announced, so
 * of two clicks one announces and nothing half-formed goes out. Then every
 * participant gets their group in a direct message, the channel message
 * shows the groups, and the summaries' reminders and due time are planned.
 */
export async function announceGroups(
  deps: FormingDeps,
  raw: { councilId: string; discussionId: string; actorId: string },
): Promise<Result<DiscussionView>> {
  const input = validate(announceInput, raw);
  if (!input.ok) return input;
  const { councilId, discussionId, actorId } = input.value;
  const loaded = await loadManagedDiscussion(deps, councilId, discussionId, actorId);
  if (!loaded.ok) return loaded;
  const { discussion, council } = loaded.value;
  if (discussion.status !== 'sign_up') return fail('discussion_already_announced');
  const proposal = await deps.discussions.proposal(councilId, discussionId);
  if (proposal === undefined) return fail('discussion_no_proposal');

  // Someone sent afbud (or joined) since the groups were formed: form them
  // again with the same seed and edits, and let the secretary look first.
  const roll = await rollOf(deps, discussion);
  const placed = proposal.groups.flatMap((group) => group.members);
  const taking = roll.participants.map((person) => person.memberId);
  const rollChanged = placed.length !== taking.length || !taking.every((id) => placed.includes(id));
  // The set-up's topics or sizing changed since (an edit cut short before it
  // stored its new proposal): the groups must be formed for what it is now.
  const frameChanged = proposal.frame !== undefined && proposal.frame !== proposalFrame(discussion);
  // A choice changed since the groups were formed: they must show it too.
  if (
    rollChanged ||
    frameChanged ||
    (await signUpsChangedSince(deps, discussion, proposal.formedAt))
  ) {
    const reformed = await formProposal(deps, discussion, {
      manual: proposal.manual,
      seed: proposal.seed,
      formedBy: proposal.formedBy,
      keepWhatFits: true,
    });
    return reformed.ok ? fail('discussion_reformed_before_announcing') : reformed;
  }
  const rooms = roomLinksFit(discussion.rooms, proposal.groups.length);
  if (!rooms.ok) return rooms;

  const announced: Discussion = {
    ...discussion,
    status: 'announced',
    sequence: discussion.sequence + 1,
  };
  if (!(await deps.discussions.saveDiscussion(announced, 'sign_up', discussion.sequence))) {
    // Another click announced, or the set-up was changed since it was read.
    const now = await deps.discussions.discussion(councilId, discussionId);
    if (now?.status === 'cancelled') return fail('discussion_cancelled');
    return fail(
      now?.status === 'sign_up' ? 'discussion_changed_meanwhile' : 'discussion_already_announced',
    );
  }
  await scheduleSummaryJobs(deps, announced, council.timeZone);
  await deps.notifier.notify({ kind: 'discussion_changed', councilId, discussionId });
  for (const memberId of placed)
    await deps.notifier.notify({
      kind: 'discussion_group_to_member',
      councilId,
      discussionId,
      memberId,
      sequence: announced.sequence,
    });
  return succeed(await viewOf(deps, announced, council.timeZone));
}
