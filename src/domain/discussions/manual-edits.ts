import type { DiscussionGroup, GroupRole } from './discussion.ts';
import type { ManualEdits } from './formation/formation-types.ts';

/**
 * The secretary's hand edits of a proposal, kept across re-runs of the
 * formation. Pure: each function gives new edits.
 */

const otherRole = (role: GroupRole): GroupRole => (role === 'ordstyrer' ? 'referent' : 'ordstyrer');

/** Only the edits about people who still take part (someone who sent afbud since drops out). */
export function keepParticipants(manual: ManualEdits, ids: ReadonlySet<string>): ManualEdits {
  const placements = Object.fromEntries(
    Object.entries(manual.placements).filter(([memberId]) => ids.has(memberId)),
  );
  const roles = Object.fromEntries(
    Object.entries(manual.roles).map(([groupKey, holders]) => [
      groupKey,
      Object.fromEntries(
        Object.entries(holders).filter(
          ([, memberId]) => memberId !== undefined && ids.has(memberId),
        ),
      ) as Partial<Record<GroupRole, string>>,
    ]),
  );
  return { placements, roles };
}

/** Only the edits about groups that still exist (a smaller number of groups drops the last ones). */
export function keepGroups(manual: ManualEdits, groupKeys: ReadonlySet<string>): ManualEdits {
  return {
    placements: Object.fromEntries(
      Object.entries(manual.placements).filter(([, groupKey]) => groupKeys.has(groupKey)),
    ),
    roles: Object.fromEntries(
      Object.entries(manual.roles).filter(([groupKey]) => groupKeys.has(groupKey)),
    ),
  };
}

/** How many hand edits there are: placements and roles given by hand. */
export const editCount = (manual: ManualEdits): number =>
  Object.keys(manual.placements).length +
  Object.values(manual.roles).reduce((sum, holders) => sum + Object.keys(holders).length, 0);

/** The member moved to a group by hand; a role they held by hand elsewhere is let go. */
export function withPlacement(
  manual: ManualEdits,
  memberId: string,
  groupKey: string,
): ManualEdits {
  const roles = Object.fromEntries(
    Object.entries(manual.roles).map(([key, holders]) => [
      key,
      key === groupKey
        ? holders
        : (Object.fromEntries(
            Object.entries(holders).filter(([, holder]) => holder !== memberId),
          ) as Partial<Record<GroupRole, string>>),
    ]),
  );
  return { placements: { ...manual.placements, [memberId]: groupKey }, roles };
}

/**
 * The group's roles after giving `role` to `memberId`: when they held the
 * other role, the two swap, so no one ever holds both.
 */
export function rolesAfter(
  group: DiscussionGroup,
  role: GroupRole,
  memberId: string,
): Record<GroupRole, string> {
  const other = otherRole(role);
  const holders: Record<GroupRole, string> = {
    ordstyrer: group.ordstyrer,
    referent: group.referent,
  };
  if (holders[other] === memberId) holders[other] = holders[role];
  holders[role] = memberId;
  return holders;
}

/** The role given by hand (both roles recorded, so a swap holds on re-runs). */
export function withRole(
  manual: ManualEdits,
  group: DiscussionGroup,
  role: GroupRole,
  memberId: string,
): ManualEdits {
  const holders = rolesAfter(group, role, memberId);
  const swapped = holders[otherRole(role)] !== group[otherRole(role)];
  return {
    placements: manual.placements,
    roles: {
      ...manual.roles,
      [group.key]: swapped ? holders : { ...manual.roles[group.key], [role]: memberId },
    },
  };
}
