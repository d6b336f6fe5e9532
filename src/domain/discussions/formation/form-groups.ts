import { fail, succeed, type Result } from '../../errors.ts';
import type { DiscussionGroup } from '../discussion.ts';
import type { Formation, FormationInput } from './formation-types.ts';

/**
 * A stand-in for the formation algorithm with its signature, so the use
 * cases can be built and tested before it lands: topics get groups by how
 * many chose them, people are dealt round the smallest groups in a seeded
 * order, hand edits first. The real one replaces this file.
 */
export function formGroups(input: FormationInput): Result<Formation> {
  const people = [...input.participants];
  const total = people.length;
  const count =
    input.sizing.kind === 'count'
      ? input.sizing.groups
      : Math.max(1, Math.round(total / input.sizing.size));
  if (count > total) return fail('discussion_more_groups_than_people');
  if (total < 2 * count) return fail('discussion_too_few_for_roles');
  const chosen = input.topics.map(
    (topic) => people.filter((person) => person.preference === topic).length,
  );
  const wanted = chosen.some((n) => n > 0) ? chosen : input.topics.map((_, i) => (i === 0 ? 1 : 0));
  const sum = wanted.reduce((a, b) => a + b, 0);
  const perTopic = wanted.map((n) => (n === 0 ? 0 : Math.max(1, Math.round((n / sum) * count))));
  while (perTopic.reduce((a, b) => a + b, 0) > count) {
    const index = perTopic.indexOf(Math.max(...perTopic));
    perTopic[index]! -= 1;
  }
  while (perTopic.reduce((a, b) => a + b, 0) < count) {
    const index = wanted.indexOf(Math.max(...wanted));
    perTopic[index]! += 1;
  }
  const groups = input.topics.flatMap((topic, t) =>
    Array.from({ length: perTopic[t] ?? 0 }, (_, i) => ({
      key: `${topic}${i + 1}`,
      topic,
      members: [] as string[],
    })),
  );
  let state = input.seed >>> 0 || 1;
  const random = () => {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    return state / 2 ** 32;
  };
  const order = people
    .map((person) => ({ person, key: random() }))
    .sort((a, b) => a.key - b.key)
    .map(({ person }) => person);
  const smallest = (candidates: typeof groups) =>
    candidates.reduce((a, b) => (b.members.length < a.members.length ? b : a));
  for (const person of order) {
    const placed = groups.find((group) => group.key === input.manual.placements[person.id]);
    const ofTopic = groups.filter((group) => group.topic === person.preference);
    const group = placed ?? smallest(ofTopic.length > 0 ? ofTopic : groups);
    group.members.push(person.id);
  }
  const volunteer = (id: string) => people.find((person) => person.id === id)?.volunteer;
  const formed: DiscussionGroup[] = groups.map((group) => {
    const hand = input.manual.roles[group.key] ?? {};
    const pick = (role: 'ordstyrer' | 'referent', not?: string) =>
      [hand[role]].find((id) => id !== undefined && group.members.includes(id) && id !== not) ??
      group.members.find((id) => volunteer(id) === role && id !== not) ??
      group.members.find((id) => id !== not) ??
      '';
    const referent = pick('referent');
    const ordstyrer = pick('ordstyrer', referent);
    return { key: group.key, topic: group.topic, members: group.members, ordstyrer, referent };
  });
  const honoured = people.filter((person) =>
    formed.some((g) => g.topic === person.preference && g.members.includes(person.id)),
  ).length;
  const given = people.filter((person) => person.preference !== undefined).length;
  return succeed({
    groups: formed,
    score: {
      preferencesHonoured: honoured,
      preferencesGiven: given,
      worstOrganisationShare: 0,
      singleOrganisationGroups: 0,
      repeatedPairs: 0,
      total: honoured,
    },
    reasons: [],
  });
}
