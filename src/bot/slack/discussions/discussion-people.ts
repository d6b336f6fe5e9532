import type { DiscussionView } from '../../../app/discussions/discussion-use-cases.ts';
import type { Member } from '../../../domain/council/roster.ts';

const managerRoles: ReadonlySet<Member['role']> = new Set([
  'sekretariat',
  'formand',
  'naestformand',
]);

/**
 * Whether the secretariat's buttons are worth answering beyond "not
 * allowed": the use cases decide for real; this only spares a member a
 * view of the proposal, which no use case guards (showDiscussion is read-only).
 */
export const managesDiscussions = (member: Pick<Member, 'role'>): boolean =>
  managerRoles.has(member.role);

/** A participant's name (and organisation) as the groups show them; an unknown id as itself. */
export function nameOf(view: DiscussionView, memberId: string): string {
  return view.participants.find((p) => p.memberId === memberId)?.name ?? memberId;
}

export function nameWithOrganisation(view: DiscussionView, memberId: string): string {
  const found = view.participants.find((p) => p.memberId === memberId);
  return found === undefined ? memberId : `${found.name} (${found.organisation})`;
}

/** The room of a group: the shared link, or the group's own by its place in the groups' order. */
export function roomOf(view: DiscussionView, groupKey: string): string | undefined {
  const { rooms } = view.discussion;
  if (rooms.kind === 'shared') return rooms.url;
  if (rooms.kind === 'none') return undefined;
  const index = (view.proposal?.groups ?? []).findIndex((group) => group.key === groupKey);
  return index < 0 ? undefined : rooms.urls[index];
}
