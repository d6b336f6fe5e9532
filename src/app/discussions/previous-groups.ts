import type { Discussion } from '../../domain/discussions/discussion.ts';
import type { AppDeps } from '../deps.ts';

/**
 * The groups of the council's last discussion that was announced (not this
 * one), as member ids: forming tries not to seat the same people together
 * again.
 */
export async function previousGroupsOf(
  deps: Pick<AppDeps, 'discussions'>,
  discussion: Discussion,
): Promise<string[][]> {
  const all = await deps.discussions.discussions(discussion.councilId);
  const last = all.find(
    (other) =>
      other.id !== discussion.id &&
      (other.status === 'announced' || other.status === 'compiled') &&
      other.createdAt <= discussion.createdAt,
  );
  if (last === undefined) return [];
  const proposal = await deps.discussions.proposal(last.councilId, last.id);
  return proposal?.groups.map((group) => [...group.members]) ?? [];
}
