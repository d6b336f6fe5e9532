import type { DiscussionGroup } from './discussion.ts';

/**
 * Who writes a group's summary: the referent; if the referent no longer
 * takes part (left the roster, sent afbud), the ordstyrer takes over, so a
 * group never loses its summary to one person's absence.
 */
export function writerOf(group: DiscussionGroup, participantIds: ReadonlySet<string>): string {
  return participantIds.has(group.referent) || !participantIds.has(group.ordstyrer)
    ? group.referent
    : group.ordstyrer;
}

export function writersOf(
  groups: readonly DiscussionGroup[],
  participantIds: ReadonlySet<string>,
): Record<string, string> {
  return Object.fromEntries(groups.map((group) => [group.key, writerOf(group, participantIds)]));
}
