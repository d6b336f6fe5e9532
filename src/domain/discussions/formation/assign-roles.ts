import type { DiscussionGroup, GroupRole } from '../discussion.ts';
import { fail, succeed, type Result } from '../../errors.ts';
import type { DraftGroup } from './place-participants.ts';
import { shuffled, type SeededRandom } from './seeded-random.ts';

export interface RoleCounts {
  /** Roles held by someone who volunteered for that role. */
  readonly volunteers: Readonly<Record<GroupRole, number>>;
  /** Roles given to someone who did not volunteer for it (no volunteer in the group). */
  readonly appointed: number;
}

/**
 * Each group's ordstyrer and referent: a role set by hand first, then a
 * volunteer for that role, else someone appointed (in the seed's order).
 * Nobody holds both; a group of two always has someone for each.
 */
export function assignRoles(
  drafts: readonly DraftGroup[],
  volunteerOf: ReadonlyMap<string, GroupRole>,
  manualRoles: ReadonlyMap<string, Partial<Record<GroupRole, string>>>,
  random: SeededRandom,
): Result<{ groups: DiscussionGroup[]; counts: RoleCounts }> {
  const volunteers: Record<GroupRole, number> = { ordstyrer: 0, referent: 0 };
  let appointed = 0;
  const groups: DiscussionGroup[] = [];
  for (const draft of drafts) {
    if (draft.members.length < 2)
      return fail('discussion_too_few_for_roles', 'groups', {
        group: draft.key,
        people: draft.members.length,
      });
    const manual = manualRoles.get(draft.key) ?? {};
    for (const member of [manual.ordstyrer, manual.referent])
      if (member !== undefined && !draft.members.includes(member))
        return fail('discussion_member_not_in_group', 'roles', { group: draft.key, member });
    const order = shuffled(draft.members, random);
    const volunteerFor = (role: GroupRole, taken: string | undefined): string | undefined =>
      order.find((member) => member !== taken && volunteerOf.get(member) === role);

    let ordstyrer = manual.ordstyrer;
    let referent = manual.referent;
    ordstyrer ??= volunteerFor('ordstyrer', referent);
    referent ??= volunteerFor('referent', ordstyrer);
    ordstyrer ??= order.find((member) => member !== referent);
    referent ??= order.find((member) => member !== ordstyrer);
    if (ordstyrer === undefined || referent === undefined)
      return fail('discussion_too_few_for_roles', 'groups', { group: draft.key });
    if (volunteerOf.get(ordstyrer) === 'ordstyrer') volunteers.ordstyrer += 1;
    else if (manual.ordstyrer === undefined) appointed += 1;
    if (volunteerOf.get(referent) === 'referent') volunteers.referent += 1;
    else if (manual.referent === undefined) appointed += 1;
    groups.push({
      key: draft.key,
      topic: draft.topic,
      members: [...draft.members],
      ordstyrer,
      referent,
    });
  }
  return succeed({ groups, counts: { volunteers, appointed } });
}
