import fc from 'fast-check';
import { expect } from 'vitest';
import type { GroupRole } from '../../../../src/domain/discussions/discussion.ts';
import type {
  Formation,
  FormationInput,
  FormationParticipant,
} from '../../../../src/domain/discussions/formation/formation-types.ts';
import { noManualEdits } from '../../../../src/domain/discussions/formation/formation-types.ts';

export const topicKeys = ['A', 'B', 'C', 'D'] as const;

/** A participant of an invented roster. */
export const member = (
  id: string,
  organisation: string,
  preference?: string,
  volunteer?: GroupRole,
): FormationParticipant => ({
  id,
  organisation,
  ...(preference === undefined ? {} : { preference }),
  ...(volunteer === undefined ? {} : { volunteer }),
});

export const formationInput = (
  participants: readonly FormationParticipant[],
  overrides: Partial<FormationInput> = {},
): FormationInput => ({
  topics: ['A', 'B'],
  participants,
  sizing: { kind: 'size', size: 4 },
  previousGroups: [],
  manual: noManualEdits,
  seed: 1,
  ...overrides,
});

/** Rosters of 2–`maxPeople` with 1–4 topics, a few organisations, some without a preference. */
export const rosterInput = (maxPeople = 200): fc.Arbitrary<FormationInput> =>
  fc
    .record({
      people: fc.integer({ min: 2, max: maxPeople }),
      topicCount: fc.integer({ min: 1, max: 4 }),
      organisations: fc.integer({ min: 1, max: 8 }),
      sizing: fc.oneof(
        fc.record({ kind: fc.constant('size' as const), size: fc.integer({ min: 2, max: 8 }) }),
        fc.record({ kind: fc.constant('count' as const), groups: fc.integer({ min: 1, max: 30 }) }),
      ),
      seed: fc.integer(),
      noise: fc.array(fc.nat(), { minLength: 1, maxLength: 1 }).chain(() => fc.integer()),
      previousGroupSize: fc.integer({ min: 0, max: 6 }),
    })
    .map(({ people, topicCount, organisations, sizing, seed, noise, previousGroupSize }) => {
      const topics = topicKeys.slice(0, topicCount);
      // A tiny deterministic stream from the noise: the roster's details follow from it.
      let state = noise >>> 0;
      const pick = (below: number): number => {
        state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
        return (state >>> 8) % below;
      };
      const roles: (GroupRole | undefined)[] = ['ordstyrer', 'referent', undefined, undefined];
      const participants = Array.from({ length: people }, (_, index) => {
        const preferenceDraw = pick(topicCount + 1);
        return member(
          `p${index}`,
          `org${pick(organisations)}`,
          preferenceDraw === topicCount ? undefined : topics[preferenceDraw],
          roles[pick(roles.length)],
        );
      });
      const previousGroups: string[][] = [];
      if (previousGroupSize > 1)
        for (let start = 0; start < people; start += previousGroupSize)
          previousGroups.push(
            participants
              .slice(start, start + previousGroupSize)
              .map((participant) => participant.id),
          );
      return {
        topics: [...topics],
        participants,
        sizing,
        previousGroups,
        manual: noManualEdits,
        seed,
      } satisfies FormationInput;
    });

/** The hard rules every formation keeps, whatever it was given. */
export function expectHardRules(input: FormationInput, formation: Formation): void {
  const placed = formation.groups.flatMap((group) => group.members);
  expect([...placed].sort()).toEqual(
    input.participants.map((participant) => participant.id).sort(),
  );
  const sizesByTopic = new Map<string, number[]>();
  for (const group of formation.groups) {
    expect(group.key.startsWith(group.topic)).toBe(true);
    expect(input.topics).toContain(group.topic);
    sizesByTopic.set(group.topic, [...(sizesByTopic.get(group.topic) ?? []), group.members.length]);
    expect(group.members.length).toBeGreaterThanOrEqual(2);
    expect(group.members).toContain(group.ordstyrer);
    expect(group.members).toContain(group.referent);
    expect(group.ordstyrer).not.toBe(group.referent);
  }
  for (const sizes of sizesByTopic.values())
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
  expect(new Set(formation.groups.map((group) => group.key)).size).toBe(formation.groups.length);
}

/** Every manual move and role of the input holds in the formation. */
export function expectManualKept(input: FormationInput, formation: Formation): void {
  const present = new Set(input.participants.map((participant) => participant.id));
  const groupOf = new Map(
    formation.groups.flatMap((group) => group.members.map((id) => [id, group] as const)),
  );
  for (const [id, key] of Object.entries(input.manual.placements))
    if (present.has(id)) expect(groupOf.get(id)?.key).toBe(key);
  for (const [key, roles] of Object.entries(input.manual.roles)) {
    const group = formation.groups.find((candidate) => candidate.key === key);
    if (roles.ordstyrer !== undefined && present.has(roles.ordstyrer))
      expect(group?.ordstyrer).toBe(roles.ordstyrer);
    if (roles.referent !== undefined && present.has(roles.referent))
      expect(group?.referent).toBe(roles.referent);
  }
}

/** The score's parts, counted again here from the groups alone. */
export function expectScoreOfGroups(input: FormationInput, formation: Formation): void {
  const byId = new Map(input.participants.map((participant) => [participant.id, participant]));
  const together = new Set<string>();
  for (const group of input.previousGroups)
    for (const one of group)
      for (const other of group) if (one < other) together.add(`${one}|${other}`);
  let honoured = 0;
  let repeated = 0;
  let worst = 0;
  for (const group of formation.groups) {
    const perOrganisation = new Map<string, number>();
    for (const id of group.members) {
      const participant = byId.get(id)!;
      if (participant.preference === group.topic) honoured += 1;
      perOrganisation.set(
        participant.organisation,
        (perOrganisation.get(participant.organisation) ?? 0) + 1,
      );
      for (const other of group.members)
        if (id < other && together.has(`${id}|${other}`)) repeated += 1;
    }
    worst = Math.max(worst, Math.max(...perOrganisation.values()) / group.members.length);
  }
  expect(formation.score.preferencesHonoured).toBe(honoured);
  expect(formation.score.repeatedPairs).toBe(repeated);
  expect(formation.score.worstOrganisationShare).toBeCloseTo(worst);
  expect(formation.score.preferencesGiven).toBe(
    input.participants.filter(
      (participant) =>
        participant.preference !== undefined && input.topics.includes(participant.preference),
    ).length,
  );
}
