import { fail, succeed, type Result } from '../../errors.ts';
import { groupKey } from './group-keys.ts';
import type { TopicPlan } from './group-count.ts';
import type { ManualPins } from './manual-pins.ts';
import { shuffled, type SeededRandom } from './seeded-random.ts';

/** A group being formed: its place and size are fixed, its members are not (yet). */
export interface DraftGroup {
  readonly key: string;
  readonly topic: string;
  readonly members: string[];
}

/**
 * A first placement that already keeps every hard rule: within a topic the
 * sizes differ by at most one, and every manual move is in its group. The
 * larger groups go to the groups holding the most manual moves, so moves by
 * hand fit where they can. The others are dealt round-robin by organisation,
 * which already spreads each organisation over the groups; the local search
 * then improves on it.
 */
export function placeParticipants(
  plans: readonly TopicPlan[],
  organisationOf: ReadonlyMap<string, string>,
  pins: ManualPins,
  random: SeededRandom,
): Result<DraftGroup[]> {
  const groups: DraftGroup[] = [];
  for (const plan of plans) {
    const keys = Array.from({ length: plan.groups }, (_, index) => groupKey(plan.topic, index + 1));
    const pinnedTo = new Map(keys.map((key) => [key, [] as string[]]));
    const loose: string[] = [];
    for (const member of plan.members) {
      const pin = pins.pinned.get(member);
      if (pin === undefined) loose.push(member);
      else pinnedTo.get(pin.key)?.push(member);
    }
    const base = Math.floor(plan.members.length / plan.groups);
    const larger = plan.members.length % plan.groups;
    const bySize = [...keys].sort(
      (left, right) => (pinnedTo.get(right)?.length ?? 0) - (pinnedTo.get(left)?.length ?? 0),
    );
    const sizeOf = new Map(bySize.map((key, index) => [key, index < larger ? base + 1 : base]));
    for (const key of keys) {
      const pinned = pinnedTo.get(key)?.length ?? 0;
      const size = sizeOf.get(key) ?? base;
      if (pinned > size)
        return fail('discussion_group_too_full', 'placements', {
          group: key,
          members: pinned,
          max: size,
        });
    }
    const topicGroups = keys.map((key) => ({
      key,
      topic: plan.topic,
      members: [...(pinnedTo.get(key) ?? [])],
    }));
    let turn = 0;
    for (const member of byOrganisation(loose, organisationOf, random)) {
      // The next group in turn that still has room.
      for (;;) {
        const group = topicGroups[turn % topicGroups.length] as DraftGroup;
        turn += 1;
        if (group.members.length < (sizeOf.get(group.key) ?? base)) {
          group.members.push(member);
          break;
        }
      }
    }
    groups.push(...topicGroups);
  }
  return succeed(groups);
}

/** Members grouped by organisation, largest first, in a seeded order within. */
function byOrganisation(
  members: readonly string[],
  organisationOf: ReadonlyMap<string, string>,
  random: SeededRandom,
): string[] {
  const byOrg = new Map<string, string[]>();
  for (const member of shuffled(members, random)) {
    const organisation = organisationOf.get(member) ?? '';
    byOrg.set(organisation, [...(byOrg.get(organisation) ?? []), member]);
  }
  return [...byOrg.values()].sort((left, right) => right.length - left.length).flat();
}
