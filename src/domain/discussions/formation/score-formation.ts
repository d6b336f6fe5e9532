import type { DiscussionGroup } from '../discussion.ts';
import type { FormationParticipant, FormationScore } from './formation-types.ts';

/**
 * The weights that make the goals, in their order, one number:
 * a preference honoured outweighs any change one move can make to the mix of
 * organisations, and the mix outweighs sitting with the same people again.
 * The organisation goal counts avoidable one-organisation groups and, to
 * spread each organisation, the pairs of colleagues sitting in one group.
 */
export const scoreWeights = {
  preference: 100,
  singleOrganisationGroup: 20,
  sameOrganisationPair: 4,
  repeatedPair: 1,
} as const;

export interface ScoreParts {
  readonly preferencesHonoured: number;
  readonly singleOrganisationGroups: number;
  readonly sameOrganisationPairs: number;
  readonly repeatedPairs: number;
}

export const totalOf = (parts: ScoreParts): number =>
  scoreWeights.preference * parts.preferencesHonoured -
  scoreWeights.singleOrganisationGroup * parts.singleOrganisationGroups -
  scoreWeights.sameOrganisationPair * parts.sameOrganisationPairs -
  scoreWeights.repeatedPair * parts.repeatedPairs;

/** Pairs who sat together at the last discussion, as 'a\u0000b' keys (a < b). */
export function previousPairs(previousGroups: readonly (readonly string[])[]): Set<string> {
  const pairs = new Set<string>();
  for (const group of previousGroups)
    for (let left = 0; left < group.length; left += 1)
      for (let right = left + 1; right < group.length; right += 1)
        pairs.add(pairKey(group[left] as string, group[right] as string));
  return pairs;
}

export const pairKey = (one: string, other: string): string =>
  one < other ? `${one}\u0000${other}` : `${other}\u0000${one}`;

/**
 * How few one-organisation groups a topic can have: a group is mixed only if
 * it holds someone outside the topic's largest organisation, so with more
 * groups than such people, the rest are that organisation alone.
 */
export function unavoidableSingleOrganisationGroups(
  groups: number,
  organisations: readonly string[],
): number {
  const counts = new Map<string, number>();
  for (const organisation of organisations)
    counts.set(organisation, (counts.get(organisation) ?? 0) + 1);
  const largest = Math.max(0, ...counts.values());
  return Math.max(0, groups - (organisations.length - largest));
}

export interface ScoreDetails extends FormationScore, ScoreParts {
  readonly singleOrganisationGroupsInAll: number;
  /** One-organisation groups the topics' rosters left no way around. */
  readonly unavoidableSingleOrganisationGroups: number;
  readonly organisationsPerGroup: { readonly min: number; readonly max: number };
}

/** The score of finished groups, from scratch (the search keeps it up to date by deltas). */
export function scoreFormation(
  groups: readonly Pick<DiscussionGroup, 'topic' | 'members'>[],
  participants: readonly FormationParticipant[],
  topics: readonly string[],
  previousGroups: readonly (readonly string[])[],
): ScoreDetails {
  const byId = new Map(participants.map((participant) => [participant.id, participant]));
  const known = new Set(topics);
  const pairs = previousPairs(previousGroups);
  let preferencesHonoured = 0;
  let sameOrganisationPairs = 0;
  let repeatedPairs = 0;
  let singleInAll = 0;
  let worstOrganisationShare = 0;
  let minOrganisations = Infinity;
  let maxOrganisations = 0;
  const topicOrganisations = new Map<string, string[]>();
  const topicGroups = new Map<string, number>();
  const topicSingles = new Map<string, number>();
  for (const group of groups) {
    const counts = new Map<string, number>();
    for (const member of group.members) {
      const participant = byId.get(member);
      const organisation = participant?.organisation ?? '';
      counts.set(organisation, (counts.get(organisation) ?? 0) + 1);
      if (participant?.preference === group.topic) preferencesHonoured += 1;
      const inTopic = topicOrganisations.get(group.topic) ?? [];
      inTopic.push(organisation);
      topicOrganisations.set(group.topic, inTopic);
    }
    topicGroups.set(group.topic, (topicGroups.get(group.topic) ?? 0) + 1);
    for (const count of counts.values()) sameOrganisationPairs += (count * (count - 1)) / 2;
    if (counts.size === 1) {
      singleInAll += 1;
      topicSingles.set(group.topic, (topicSingles.get(group.topic) ?? 0) + 1);
    }
    minOrganisations = Math.min(minOrganisations, counts.size);
    maxOrganisations = Math.max(maxOrganisations, counts.size);
    if (group.members.length > 0)
      worstOrganisationShare = Math.max(
        worstOrganisationShare,
        Math.max(...counts.values()) / group.members.length,
      );
    for (let left = 0; left < group.members.length; left += 1)
      for (let right = left + 1; right < group.members.length; right += 1)
        if (pairs.has(pairKey(group.members[left] as string, group.members[right] as string)))
          repeatedPairs += 1;
  }
  // Counted per topic: a topic's unavoidable ones do not excuse another topic's.
  let avoidable = 0;
  let unavoidable = 0;
  for (const [topic, organisations] of topicOrganisations) {
    const least = unavoidableSingleOrganisationGroups(topicGroups.get(topic) ?? 0, organisations);
    unavoidable += Math.min(least, topicSingles.get(topic) ?? 0);
    avoidable += Math.max(0, (topicSingles.get(topic) ?? 0) - least);
  }
  const parts: ScoreParts = {
    preferencesHonoured,
    singleOrganisationGroups: avoidable,
    sameOrganisationPairs,
    repeatedPairs,
  };
  return {
    ...parts,
    preferencesGiven: participants.filter(
      (participant) => participant.preference !== undefined && known.has(participant.preference),
    ).length,
    worstOrganisationShare,
    total: totalOf(parts),
    singleOrganisationGroupsInAll: singleInAll,
    unavoidableSingleOrganisationGroups: unavoidable,
    organisationsPerGroup: {
      min: groups.length === 0 ? 0 : minOrganisations,
      max: maxOrganisations,
    },
  };
}
