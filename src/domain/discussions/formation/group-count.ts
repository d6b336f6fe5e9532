import type { GroupSizing } from '../discussion.ts';
import { fail, succeed, type Result } from '../../errors.ts';
import type { FormationParticipant } from './formation-types.ts';
import type { ManualPins } from './manual-pins.ts';
import { shuffled, type SeededRandom } from './seeded-random.ts';

/**
 * Which topics get groups, who is in each topic, and how many groups each has.
 *
 * A participant's topic is fixed by a manual move (or role), else by their
 * preference. Those without a preference are poured one by one into the
 * topic whose groups they make least crowded, so they balance the groups.
 * A topic nobody chose gets no group (nobody would discuss it), unless nobody
 * chose any topic at all: then the groups are spread over the first topics.
 * A topic only one person chose, with nobody free to join them, cannot have a
 * group (it needs an ordstyrer and a referent): that person is placed as if
 * they had no preference, and the reasons say so.
 */
export interface TopicPlan {
  readonly topic: string;
  readonly groups: number;
  readonly members: readonly string[];
}

export interface TopicPlanning {
  /** Topics with groups, in the topics' order. */
  readonly plans: readonly TopicPlan[];
  /** Members placed without (or against) a preference: they may move between topics. */
  readonly free: ReadonlySet<string>;
  /** Topics nobody chose (no groups). */
  readonly withoutSignUps: readonly string[];
  /** Topics only one person chose, so that person went elsewhere. */
  readonly tooFew: readonly string[];
  /** Set when more groups were needed than asked for (one per topic with sign-ups). */
  readonly raisedFrom?: number;
}

export function planTopics(
  topics: readonly string[],
  participants: readonly FormationParticipant[],
  sizing: GroupSizing,
  pins: ManualPins,
  random: SeededRandom,
): Result<TopicPlanning> {
  const people = participants.length;
  const asked = sizing.kind === 'count' ? sizing.groups : sizing.size;
  if (!Number.isInteger(asked) || asked < 1) return fail('invalid_input', 'sizing');
  if (sizing.kind === 'count' && sizing.groups > people)
    return fail('discussion_more_groups_than_people', 'sizing', {
      groups: sizing.groups,
      people,
    });
  if (people < 2) return fail('discussion_too_few_for_roles', 'participants', { people });

  const known = new Set(topics);
  const fixed = new Map<string, string[]>(topics.map((topic) => [topic, []]));
  const free: string[] = [];
  for (const participant of participants) {
    const topic =
      pins.pinned.get(participant.id)?.topic ??
      (participant.preference !== undefined && known.has(participant.preference)
        ? participant.preference
        : undefined);
    if (topic === undefined) free.push(participant.id);
    else fixed.get(topic)?.push(participant.id);
  }
  const freeSet = new Set(free);
  const tooFew: string[] = [];
  // Poured in a seeded order: who lands where among equals is the seed's choice.
  let pourOrder = shuffled(free, random);

  for (;;) {
    let active = topics.filter((topic) => (fixed.get(topic)?.length ?? 0) > 0);
    if (active.length === 0) {
      const wanted =
        sizing.kind === 'count' ? sizing.groups : Math.max(1, Math.round(people / sizing.size));
      active = topics.slice(0, Math.max(1, Math.min(wanted, topics.length, people >> 1)));
    }
    const members = new Map(active.map((topic) => [topic, [...(fixed.get(topic) ?? [])]]));
    pour(pourOrder, active, members, sizing, people);

    const lonely = active.find((topic) => members.get(topic)?.length === 1);
    if (lonely === undefined)
      return allocate(active, members, sizing, pins, freeSet, topics, tooFew);
    const alone = members.get(lonely)?.[0] as string;
    if (pins.pinned.has(alone))
      return fail('discussion_too_few_for_roles', 'placements', { topic: lonely, people: 1 });
    fixed.set(lonely, []);
    tooFew.push(lonely);
    freeSet.add(alone);
    pourOrder = [...pourOrder, alone];
  }
}

/** Each free member goes where the groups, after adding them, are least crowded. */
function pour(
  order: readonly string[],
  active: readonly string[],
  members: Map<string, string[]>,
  sizing: GroupSizing,
  people: number,
): void {
  // With a count, the groups follow the head-counts; a first share (from the
  // fixed members) tells how crowded each topic's groups would be.
  const provisional =
    sizing.kind === 'count'
      ? groupsByLargestAverage(
          active.map((topic) => Math.max(1, members.get(topic)?.length ?? 0)),
          Math.max(sizing.groups, active.length),
          active.map(() => people),
        )
      : [];
  for (const member of order) {
    let best = 0;
    let bestCrowding = Infinity;
    active.forEach((topic, index) => {
      const after = (members.get(topic)?.length ?? 0) + 1;
      const groups =
        sizing.kind === 'count'
          ? (provisional[index] ?? 1)
          : Math.max(1, Math.round(after / sizing.size));
      if (after / groups < bestCrowding) {
        bestCrowding = after / groups;
        best = index;
      }
    });
    members.get(active[best] as string)?.push(member);
  }
}

/**
 * Groups per topic: one each to start, then each further group to the topic
 * whose groups are largest on average (so group sizes end as even as the
 * head-counts allow), never more than half a topic's members (two per group).
 */
export function groupsByLargestAverage(
  heads: readonly number[],
  total: number,
  caps: readonly number[],
): number[] {
  const groups = heads.map(() => 1);
  for (let given = heads.length; given < total; given += 1) {
    let best = -1;
    heads.forEach((head, index) => {
      if ((groups[index] ?? 0) >= (caps[index] ?? 0)) return;
      if (best < 0 || head / (groups[index] ?? 1) > (heads[best] ?? 0) / (groups[best] ?? 1))
        best = index;
    });
    if (best < 0) break;
    groups[best] = (groups[best] ?? 0) + 1;
  }
  return groups;
}

function allocate(
  active: readonly string[],
  members: Map<string, string[]>,
  sizing: GroupSizing,
  pins: ManualPins,
  free: ReadonlySet<string>,
  topics: readonly string[],
  tooFew: readonly string[],
): Result<TopicPlanning> {
  const heads = active.map((topic) => members.get(topic)?.length ?? 0);
  const caps = heads.map((head) => head >> 1);
  const people = heads.reduce((sum, head) => sum + head, 0);
  let groups: number[];
  let raisedFrom: number | undefined;
  if (sizing.kind === 'count') {
    const total = Math.max(sizing.groups, active.length);
    if (total > sizing.groups) raisedFrom = sizing.groups;
    if (caps.reduce((sum, cap) => sum + cap, 0) < total)
      return fail('discussion_too_few_for_roles', 'sizing', { groups: total, people });
    groups = groupsByLargestAverage(heads, total, caps);
  } else {
    groups = heads.map((head, index) =>
      Math.min(caps[index] ?? 1, Math.max(1, Math.round(head / sizing.size))),
    );
  }
  const plans = active.map((topic, index) => ({
    topic,
    groups: groups[index] ?? 1,
    members: members.get(topic) ?? [],
  }));
  for (const [, pin] of pins.pinned) {
    const plan = plans.find((candidate) => candidate.topic === pin.topic);
    if (plan === undefined || pin.number > plan.groups)
      return fail('discussion_group_unknown', 'placements', { group: pin.key });
  }
  return succeed({
    plans,
    free,
    withoutSignUps: topics.filter((topic) => !active.includes(topic) && !tooFew.includes(topic)),
    tooFew,
    ...(raisedFrom === undefined ? {} : { raisedFrom }),
  });
}
