import { mayManageHearings, type Member } from '../../domain/council/roster.ts';
import type { Council } from '../../domain/council/council.ts';
import type { Discussion } from '../../domain/discussions/discussion.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { loadCouncil, loadMember } from '../council/load-council.ts';
import type { AppDeps } from '../deps.ts';

export async function loadDiscussion(
  deps: Pick<AppDeps, 'discussions'>,
  councilId: string,
  discussionId: string,
): Promise<Result<Discussion>> {
  const discussion = await deps.discussions.discussion(councilId, discussionId);
  return discussion === undefined
    ? fail('discussion_not_found', 'discussionId')
    : succeed(discussion);
}

/**
 * The council and the actor, who must be of the secretariat or the chair
 * group: the same people who open hearings and put meetings on the
 * calendar set up and run group discussions.
 */
export async function loadDiscussionManager(
  deps: Pick<AppDeps, 'councils' | 'rosters'>,
  councilId: string,
  actorId: string,
): Promise<Result<{ council: Council; actor: Member }>> {
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const actor = await loadMember(deps.rosters, councilId, actorId);
  if (!actor.ok) return actor;
  if (!mayManageHearings(actor.value)) return fail('not_allowed_to_manage_discussions');
  return succeed({ council: council.value, actor: actor.value });
}

/** The manager and the discussion, which must not be cancelled. */
export async function loadManagedDiscussion(
  deps: Pick<AppDeps, 'councils' | 'rosters' | 'discussions'>,
  councilId: string,
  discussionId: string,
  actorId: string,
): Promise<Result<{ council: Council; actor: Member; discussion: Discussion }>> {
  const manager = await loadDiscussionManager(deps, councilId, actorId);
  if (!manager.ok) return manager;
  const discussion = await loadDiscussion(deps, councilId, discussionId);
  if (!discussion.ok) return discussion;
  if (discussion.value.status === 'cancelled') return fail('discussion_cancelled');
  return succeed({ ...manager.value, discussion: discussion.value });
}
