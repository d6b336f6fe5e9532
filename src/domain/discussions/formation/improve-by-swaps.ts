import type { GroupRole } from '../discussion.ts';
import type { FormationParticipant } from './formation-types.ts';
import type { DraftGroup } from './place-participants.ts';
import { scoreWeights } from './score-formation.ts';
import { shuffled, type SeededRandom } from './seeded-random.ts';

export interface SearchContext {
  readonly participants: readonly FormationParticipant[];
  readonly previousGroups: readonly (readonly string[])[];
  /** False for members placed by hand: they never move. */
  readonly movable: (member: string) => boolean;
  /** Members without a (usable) preference: they may also change topic. */
  readonly free: ReadonlySet<string>;
  readonly volunteerOf: ReadonlyMap<string, GroupRole>;
  readonly random: SeededRandom;
}

const singleWeight = scoreWeights.singleOrganisationGroup;
const sameWeight = scoreWeights.sameOrganisationPair;
const repeatedWeight = scoreWeights.repeatedPair;

/**
 * Rounds of descent: each looks at every movable member once. Enough for the
 * search to settle on every roster measured (bench/discussion-formation.bench.ts);
 * a bound so a formation never runs away on a large council.
 */
const maxRounds = 30;
/**
 * Random shakes (a few swaps) after the descent settles, each followed by a
 * new descent, keeping the best. Small rosters have the most to gain (few
 * groups, so a local optimum is a trap) and cost little. On 200 three shakes
 * reach the optimum on 12 of 16 measured rosters (the rest within 0.08 %);
 * ten reached 14 of 16 at three times the time, so 200 gets three
 * (BENCHMARKS.md, "Gruppedannelse").
 */
const shakesFor = (members: number): number =>
  Math.min(40, Math.max(3, Math.floor(120000 / members ** 2)));

/**
 * Local search: swaps of two members between groups of one topic (or, for
 * members without a preference, between topics) and moves from a larger to a
 * smaller group of the same topic. Each keeps every hard rule (sizes, topics,
 * manual moves, preferences), so only the lower goals change: fewer avoidable
 * one-organisation groups, fewer colleagues together, fewer repeated pairs.
 * Among equally good changes it prefers groups that have a volunteer for
 * each role. Costs are kept up to date by deltas, so a 200-member roster
 * takes milliseconds. The seed orders the members looked at, so another seed
 * may find other, equally good groups.
 */
export function improveBySwaps(
  drafts: readonly DraftGroup[],
  context: SearchContext,
): DraftGroup[] {
  const search = new Search(drafts, context);
  search.descend();
  let best = search.snapshot();
  let bestCost = search.cost();
  let bestCoverage = search.coverage();
  const shakes = shakesFor(context.participants.length);
  for (let shake = 0; shake < shakes; shake += 1) {
    if (!search.shake()) break;
    search.descend();
    const cost = search.cost();
    const coverage = search.coverage();
    if (cost < bestCost || (cost === bestCost && coverage > bestCoverage)) {
      best = search.snapshot();
      bestCost = cost;
      bestCoverage = coverage;
    } else search.restore(best);
  }
  return search.restore(best).drafts();
}

class Search {
  private readonly ids: readonly string[];
  private readonly index: ReadonlyMap<string, number>;
  private readonly orgOf: Int32Array;
  private readonly organisations: number;
  private readonly roleOf: Int8Array;
  private readonly partners: readonly (readonly number[])[];
  private readonly partnerSet: readonly ReadonlySet<number>[];
  private readonly movable: Uint8Array;
  private readonly free: Uint8Array;
  private readonly random: SeededRandom;

  private readonly groupKeys: readonly string[];
  private readonly groupTopic: Int32Array;
  private readonly topicNames: readonly string[];
  private readonly topicGroups: Int32Array;
  private readonly topicSize: Int32Array;
  private members: number[][];
  private groupOf: Int32Array;
  /** organisation count per group: [group * organisations + organisation]. */
  private orgCount: Int32Array;
  private distinct: Int32Array;
  /** members of each topic per organisation: [topic * organisations + organisation]. */
  private topicOrg: Int32Array;
  private topicLargest: Int32Array;
  private topicSingles: Int32Array;
  /** previous partners a member has in each group: [member * groups + group]. */
  private partnersIn: Int32Array;
  private volunteers: Int32Array;
  private readonly touched = new Set<number>();
  private readonly movedPartners = new Set<number>();
  private sameOrganisationPairs = 0;
  private repeatedPairs = 0;

  constructor(drafts: readonly DraftGroup[], context: SearchContext) {
    this.random = context.random;
    this.ids = context.participants.map((participant) => participant.id);
    this.index = new Map(this.ids.map((id, at) => [id, at]));
    const byId = new Map(context.participants.map((participant) => [participant.id, participant]));
    const orgIndex = new Map<string, number>();
    this.orgOf = Int32Array.from(this.ids, (id) => {
      const organisation = byId.get(id)?.organisation ?? '';
      if (!orgIndex.has(organisation)) orgIndex.set(organisation, orgIndex.size);
      return orgIndex.get(organisation) ?? 0;
    });
    this.organisations = Math.max(1, orgIndex.size);
    this.roleOf = Int8Array.from(this.ids, (id) => {
      const role = context.volunteerOf.get(id);
      return role === 'ordstyrer' ? 1 : role === 'referent' ? 2 : 0;
    });
    const partnerSets = this.ids.map(() => new Set<number>());
    for (const group of context.previousGroups) {
      const present = group
        .map((id) => this.index.get(id))
        .filter((at): at is number => at !== undefined);
      for (const one of present)
        for (const other of present) if (one !== other) partnerSets[one]?.add(other);
    }
    this.partnerSet = partnerSets;
    this.partners = partnerSets.map((set) => [...set]);
    this.movable = Uint8Array.from(this.ids, (id) => (context.movable(id) ? 1 : 0));
    this.free = Uint8Array.from(this.ids, (id) => (context.free.has(id) ? 1 : 0));

    this.groupKeys = drafts.map((draft) => draft.key);
    const topicNames = [...new Set(drafts.map((draft) => draft.topic))];
    this.topicNames = topicNames;
    this.groupTopic = Int32Array.from(drafts, (draft) => topicNames.indexOf(draft.topic));
    this.topicGroups = new Int32Array(topicNames.length);
    this.topicSize = new Int32Array(topicNames.length);
    drafts.forEach((draft, group) => {
      const topic = this.groupTopic[group] ?? 0;
      this.topicGroups[topic] = (this.topicGroups[topic] ?? 0) + 1;
      this.topicSize[topic] = (this.topicSize[topic] ?? 0) + draft.members.length;
    });
    this.members = drafts.map((draft) => draft.members.map((id) => this.index.get(id) ?? 0));
    this.groupOf = new Int32Array(this.ids.length);
    this.orgCount = new Int32Array(drafts.length * this.organisations);
    this.distinct = new Int32Array(drafts.length);
    this.topicOrg = new Int32Array(topicNames.length * this.organisations);
    this.topicLargest = new Int32Array(topicNames.length);
    this.topicSingles = new Int32Array(topicNames.length);
    this.partnersIn = new Int32Array(this.ids.length * drafts.length);
    this.volunteers = new Int32Array(drafts.length * 3);
    this.rebuild();
  }

  /** Every count from the members, from scratch (at the start and after a restore). */
  private rebuild(): void {
    const groups = this.members.length;
    this.orgCount.fill(0);
    this.distinct.fill(0);
    this.topicOrg.fill(0);
    this.topicSingles.fill(0);
    this.partnersIn.fill(0);
    this.volunteers.fill(0);
    this.sameOrganisationPairs = 0;
    this.repeatedPairs = 0;
    this.members.forEach((group, at) => {
      const topic = this.groupTopic[at] ?? 0;
      for (const member of group) {
        this.groupOf[member] = at;
        const org = this.orgOf[member] ?? 0;
        const slot = at * this.organisations + org;
        this.sameOrganisationPairs += this.orgCount[slot] ?? 0;
        if ((this.orgCount[slot] ?? 0) === 0) this.distinct[at] = (this.distinct[at] ?? 0) + 1;
        this.orgCount[slot] = (this.orgCount[slot] ?? 0) + 1;
        const topicSlot = topic * this.organisations + org;
        this.topicOrg[topicSlot] = (this.topicOrg[topicSlot] ?? 0) + 1;
        const role = this.roleOf[member] ?? 0;
        this.volunteers[at * 3 + role] = (this.volunteers[at * 3 + role] ?? 0) + 1;
        for (const partner of this.partners[member] ?? []) {
          const partnerSlot = partner * groups + at;
          this.partnersIn[partnerSlot] = (this.partnersIn[partnerSlot] ?? 0) + 1;
        }
      }
      if (this.distinct[at] === 1) this.topicSingles[topic] = (this.topicSingles[topic] ?? 0) + 1;
    });
    for (let member = 0; member < this.ids.length; member += 1)
      this.repeatedPairs += this.partnersIn[member * groups + (this.groupOf[member] ?? 0)] ?? 0;
    this.repeatedPairs /= 2;
    for (let topic = 0; topic < this.topicNames.length; topic += 1)
      this.topicLargest[topic] = this.largestIn(topic);
  }

  private largestIn(topic: number): number {
    let largest = 0;
    for (let org = 0; org < this.organisations; org += 1)
      largest = Math.max(largest, this.topicOrg[topic * this.organisations + org] ?? 0);
    return largest;
  }

  private avoidableSingles(topic: number, singles: number, largest: number): number {
    const unavoidable = Math.max(
      0,
      (this.topicGroups[topic] ?? 0) - ((this.topicSize[topic] ?? 0) - largest),
    );
    return Math.max(0, singles - unavoidable);
  }

  cost(): number {
    let singles = 0;
    for (let topic = 0; topic < this.topicNames.length; topic += 1)
      singles += this.avoidableSingles(
        topic,
        this.topicSingles[topic] ?? 0,
        this.topicLargest[topic] ?? 0,
      );
    return (
      singleWeight * singles +
      sameWeight * this.sameOrganisationPairs +
      repeatedWeight * this.repeatedPairs
    );
  }

  /** Groups with a volunteer ordstyrer, plus groups with a volunteer referent. */
  coverage(): number {
    let covered = 0;
    for (let group = 0; group < this.members.length; group += 1)
      covered += this.coverageOf(
        group,
        this.volunteers[group * 3 + 1] ?? 0,
        this.volunteers[group * 3 + 2] ?? 0,
      );
    return covered;
  }

  private coverageOf(_group: number, ordstyrere: number, referenter: number): number {
    return (ordstyrere > 0 ? 1 : 0) + (referenter > 0 ? 1 : 0);
  }

  /**
   * Descent: take the best improving swap or move for each member in turn,
   * until none is left. After the first round only the members of groups that
   * changed (and the previous partners of those who moved) are looked at
   * again: a swap's gain is the same seen from either side, so nothing
   * improving between unchanged groups is missed.
   */
  descend(): void {
    let looking: number[] = this.movableMembers();
    for (let round = 0; round < maxRounds && looking.length > 0; round += 1) {
      this.touched.clear();
      this.movedPartners.clear();
      for (const member of shuffled(looking, this.random)) this.improve(member);
      const next = new Set<number>();
      for (const group of this.touched)
        for (const member of this.members[group] ?? [])
          if (this.movable[member] === 1) next.add(member);
      for (const member of this.movedPartners) if (this.movable[member] === 1) next.add(member);
      looking = [...next].sort((left, right) => left - right);
    }
  }

  private movableMembers(): number[] {
    const members: number[] = [];
    for (let member = 0; member < this.ids.length; member += 1)
      if (this.movable[member] === 1) members.push(member);
    return members;
  }

  private improve(member: number): boolean {
    const from = this.groupOf[member] ?? 0;
    const topic = this.groupTopic[from] ?? 0;
    let bestCost = 0;
    let bestCoverage = 0;
    let bestOther = -1;
    let bestGroup = -1;
    for (let group = 0; group < this.members.length; group += 1) {
      if (group === from) continue;
      const sameTopic = this.groupTopic[group] === topic;
      if (!sameTopic && this.free[member] !== 1) continue;
      if (sameTopic && (this.members[group]?.length ?? 0) + 1 === this.members[from]?.length) {
        const cost = this.moveCost(member, from, group);
        if (cost > bestCost) continue;
        const coverage = this.moveCoverage(member, from, group);
        if (cost < bestCost || coverage > bestCoverage) {
          [bestCost, bestCoverage, bestOther, bestGroup] = [cost, coverage, -1, group];
        }
      }
      for (const other of this.members[group] ?? []) {
        if (this.movable[other] !== 1 || (!sameTopic && this.free[other] !== 1)) continue;
        const cost = this.swapCost(member, from, other, group);
        if (cost > bestCost) continue;
        const coverage = this.swapCoverage(member, from, other, group);
        if (cost < bestCost || coverage > bestCoverage) {
          [bestCost, bestCoverage, bestOther, bestGroup] = [cost, coverage, other, group];
        }
      }
    }
    if (bestGroup < 0) return false;
    this.relocate(member, from, bestGroup);
    if (bestOther >= 0) this.relocate(bestOther, bestGroup, from);
    this.touched.add(from).add(bestGroup);
    for (const moved of bestOther >= 0 ? [member, bestOther] : [member])
      for (const partner of this.partners[moved] ?? []) this.movedPartners.add(partner);
    return true;
  }

  private moveCoverage(member: number, from: number, to: number): number {
    const role = this.roleOf[member] ?? 0;
    return role === 0
      ? 0
      : this.coverageChange(from, role, -1, 0) + this.coverageChange(to, role, 1, 0);
  }

  /** Cost change of moving `member` from one group to another of its topic. */
  private moveCost(member: number, from: number, to: number): number {
    const orgs = this.organisations;
    const org = this.orgOf[member] ?? 0;
    const groups = this.members.length;
    const leaving = this.orgCount[from * orgs + org] ?? 0;
    const joining = this.orgCount[to * orgs + org] ?? 0;
    const samePairs = joining - (leaving - 1);
    const repeated =
      (this.partnersIn[member * groups + to] ?? 0) - (this.partnersIn[member * groups + from] ?? 0);
    const fromDistinct = (this.distinct[from] ?? 0) - (leaving === 1 ? 1 : 0);
    const toDistinct = (this.distinct[to] ?? 0) + (joining === 0 ? 1 : 0);
    const topic = this.groupTopic[from] ?? 0;
    const singlesBefore = this.topicSingles[topic] ?? 0;
    const singlesAfter =
      singlesBefore -
      (this.distinct[from] === 1 ? 1 : 0) -
      (this.distinct[to] === 1 ? 1 : 0) +
      (fromDistinct === 1 ? 1 : 0) +
      (toDistinct === 1 ? 1 : 0);
    const largest = this.topicLargest[topic] ?? 0;
    const singles =
      this.avoidableSingles(topic, singlesAfter, largest) -
      this.avoidableSingles(topic, singlesBefore, largest);
    return singleWeight * singles + sameWeight * samePairs + repeatedWeight * repeated;
  }

  /**
   * Coverage change of a group when a volunteer for `role` joins (change 1)
   * or leaves (-1) and one for `swapRole` does the opposite (0: nobody).
   */
  private coverageChange(group: number, role: number, change: number, swapRole: number): number {
    let ordstyrere = this.volunteers[group * 3 + 1] ?? 0;
    let referenter = this.volunteers[group * 3 + 2] ?? 0;
    const before = this.coverageOf(group, ordstyrere, referenter);
    if (role === 1) ordstyrere += change;
    if (role === 2) referenter += change;
    if (swapRole === 1) ordstyrere -= change;
    if (swapRole === 2) referenter -= change;
    return this.coverageOf(group, ordstyrere, referenter) - before;
  }

  private swapCoverage(member: number, from: number, other: number, to: number): number {
    const role = this.roleOf[member] ?? 0;
    const otherRole = this.roleOf[other] ?? 0;
    return role === otherRole
      ? 0
      : this.coverageChange(from, role, -1, otherRole) +
          this.coverageChange(to, role, 1, otherRole);
  }

  /** Cost change of swapping two members of different groups. */
  private swapCost(member: number, from: number, other: number, to: number): number {
    const orgs = this.organisations;
    const groups = this.members.length;
    const org = this.orgOf[member] ?? 0;
    const otherOrg = this.orgOf[other] ?? 0;
    const together = this.partnerSet[member]?.has(other) ? 1 : 0;
    const repeated =
      (this.partnersIn[member * groups + to] ?? 0) -
      (this.partnersIn[member * groups + from] ?? 0) +
      (this.partnersIn[other * groups + from] ?? 0) -
      (this.partnersIn[other * groups + to] ?? 0) -
      2 * together;
    if (org === otherOrg) return repeatedWeight * repeated;

    const fromOrg = this.orgCount[from * orgs + org] ?? 0;
    const fromOther = this.orgCount[from * orgs + otherOrg] ?? 0;
    const toOrg = this.orgCount[to * orgs + org] ?? 0;
    const toOther = this.orgCount[to * orgs + otherOrg] ?? 0;
    const samePairs = fromOther - (fromOrg - 1) + toOrg - (toOther - 1);
    const fromDistinct =
      (this.distinct[from] ?? 0) - (fromOrg === 1 ? 1 : 0) + (fromOther === 0 ? 1 : 0);
    const toDistinct = (this.distinct[to] ?? 0) - (toOther === 1 ? 1 : 0) + (toOrg === 0 ? 1 : 0);
    const fromTopic = this.groupTopic[from] ?? 0;
    const toTopic = this.groupTopic[to] ?? 0;
    const fromSingleChange = (fromDistinct === 1 ? 1 : 0) - (this.distinct[from] === 1 ? 1 : 0);
    const toSingleChange = (toDistinct === 1 ? 1 : 0) - (this.distinct[to] === 1 ? 1 : 0);
    let singles: number;
    if (fromTopic === toTopic) {
      const before = this.topicSingles[fromTopic] ?? 0;
      const largest = this.topicLargest[fromTopic] ?? 0;
      singles =
        this.avoidableSingles(fromTopic, before + fromSingleChange + toSingleChange, largest) -
        this.avoidableSingles(fromTopic, before, largest);
    } else {
      // Between topics the topics' organisations change too, and so what is unavoidable.
      singles =
        this.topicSinglesChange(fromTopic, fromSingleChange, org, otherOrg) +
        this.topicSinglesChange(toTopic, toSingleChange, otherOrg, org);
    }
    return singleWeight * singles + sameWeight * samePairs + repeatedWeight * repeated;
  }

  private topicSinglesChange(topic: number, change: number, leaves: number, joins: number): number {
    const before = this.topicSingles[topic] ?? 0;
    const largestBefore = this.topicLargest[topic] ?? 0;
    const base = topic * this.organisations;
    this.topicOrg[base + leaves] = (this.topicOrg[base + leaves] ?? 0) - 1;
    this.topicOrg[base + joins] = (this.topicOrg[base + joins] ?? 0) + 1;
    const largestAfter = this.largestIn(topic);
    this.topicOrg[base + leaves] = (this.topicOrg[base + leaves] ?? 0) + 1;
    this.topicOrg[base + joins] = (this.topicOrg[base + joins] ?? 0) - 1;
    return (
      this.avoidableSingles(topic, before + change, largestAfter) -
      this.avoidableSingles(topic, before, largestBefore)
    );
  }

  /** Moves one member, keeping every count up to date. */
  private relocate(member: number, from: number, to: number): void {
    const orgs = this.organisations;
    const groups = this.members.length;
    const org = this.orgOf[member] ?? 0;
    const fromTopic = this.groupTopic[from] ?? 0;
    const toTopic = this.groupTopic[to] ?? 0;
    const wasSingle = [this.distinct[from] === 1, this.distinct[to] === 1];

    const fromList = this.members[from] ?? [];
    fromList.splice(fromList.indexOf(member), 1);
    this.members[to]?.push(member);
    this.groupOf[member] = to;

    const fromSlot = from * orgs + org;
    const toSlot = to * orgs + org;
    this.orgCount[fromSlot] = (this.orgCount[fromSlot] ?? 0) - 1;
    this.sameOrganisationPairs -= this.orgCount[fromSlot] ?? 0;
    if (this.orgCount[fromSlot] === 0) this.distinct[from] = (this.distinct[from] ?? 0) - 1;
    this.sameOrganisationPairs += this.orgCount[toSlot] ?? 0;
    if (this.orgCount[toSlot] === 0) this.distinct[to] = (this.distinct[to] ?? 0) + 1;
    this.orgCount[toSlot] = (this.orgCount[toSlot] ?? 0) + 1;

    this.repeatedPairs +=
      (this.partnersIn[member * groups + to] ?? 0) - (this.partnersIn[member * groups + from] ?? 0);
    for (const partner of this.partners[member] ?? []) {
      this.partnersIn[partner * groups + from] =
        (this.partnersIn[partner * groups + from] ?? 0) - 1;
      this.partnersIn[partner * groups + to] = (this.partnersIn[partner * groups + to] ?? 0) + 1;
    }
    const role = this.roleOf[member] ?? 0;
    this.volunteers[from * 3 + role] = (this.volunteers[from * 3 + role] ?? 0) - 1;
    this.volunteers[to * 3 + role] = (this.volunteers[to * 3 + role] ?? 0) + 1;

    const single = (group: number, was: boolean | undefined, topic: number): void => {
      const is = this.distinct[group] === 1;
      if (is !== was) this.topicSingles[topic] = (this.topicSingles[topic] ?? 0) + (is ? 1 : -1);
    };
    single(from, wasSingle[0], fromTopic);
    single(to, wasSingle[1], toTopic);
    if (fromTopic !== toTopic) {
      this.topicOrg[fromTopic * orgs + org] = (this.topicOrg[fromTopic * orgs + org] ?? 0) - 1;
      this.topicOrg[toTopic * orgs + org] = (this.topicOrg[toTopic * orgs + org] ?? 0) + 1;
      this.topicLargest[fromTopic] = this.largestIn(fromTopic);
      this.topicLargest[toTopic] = this.largestIn(toTopic);
    }
  }

  /**
   * A few random swaps within topics, to leave a local optimum; false when
   * there is nothing to swap (everyone fixed, or one group per topic).
   */
  shake(): boolean {
    const candidates = this.movableMembers();
    if (candidates.length < 2) return false;
    let done = 0;
    for (let attempt = 0; attempt < 20 && done < 3; attempt += 1) {
      const member = candidates[this.random.below(candidates.length)] ?? 0;
      const other = candidates[this.random.below(candidates.length)] ?? 0;
      const from = this.groupOf[member] ?? 0;
      const to = this.groupOf[other] ?? 0;
      if (from === to || this.groupTopic[from] !== this.groupTopic[to]) continue;
      this.relocate(member, from, to);
      this.relocate(other, to, from);
      done += 1;
    }
    return done > 0;
  }

  snapshot(): number[][] {
    return this.members.map((group) => [...group]);
  }

  restore(members: readonly (readonly number[])[]): this {
    this.members = members.map((group) => [...group]);
    this.rebuild();
    return this;
  }

  /** The groups as drafts, members in the roster's order (easier to read, and stable). */
  drafts(): DraftGroup[] {
    return this.members.map((group, at) => ({
      key: this.groupKeys[at] ?? '',
      topic: this.topicNames[this.groupTopic[at] ?? 0] ?? '',
      members: [...group]
        .sort((left, right) => left - right)
        .map((member) => this.ids[member] ?? ''),
    }));
  }
}
