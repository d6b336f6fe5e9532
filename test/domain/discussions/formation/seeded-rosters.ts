import type { GroupRole } from '../../../../src/domain/discussions/discussion.ts';
import type { FormationInput } from '../../../../src/domain/discussions/formation/formation-types.ts';
import { noManualEdits } from '../../../../src/domain/discussions/formation/formation-types.ts';
import { seededRandom } from '../../../../src/domain/discussions/formation/seeded-random.ts';

/**
 * An invented council roster for measuring formation: `people` members of a
 * few organisations of uneven size (a few large, many small, as on a real
 * council; by default one per six members), three topics chosen unevenly, one in five without a preference,
 * some volunteers, and last time's groups of five. The same seed gives the
 * same roster.
 */
export function seededRoster(
  people: number,
  seed: number,
  organisations = Math.max(3, Math.round(people / 6)),
): FormationInput {
  const random = seededRandom(seed * 7919 + people * 31 + organisations);
  const topics = ['A', 'B', 'C'];
  const topicWeights = [0.5, 0.3, 0.2];
  const roles: (GroupRole | undefined)[] = [
    'ordstyrer',
    'referent',
    undefined,
    undefined,
    undefined,
  ];
  const participants = Array.from({ length: people }, (_, index) => {
    // Squaring skews towards the first organisations: some send many, most a few.
    const organisation = Math.floor(random.next() ** 2 * organisations);
    const draw = random.next();
    const preference =
      random.next() < 0.2
        ? undefined
        : draw < (topicWeights[0] ?? 0)
          ? 'A'
          : draw < (topicWeights[0] ?? 0) + (topicWeights[1] ?? 0)
            ? 'B'
            : 'C';
    const volunteer = roles[random.below(roles.length)];
    return {
      id: `p${index}`,
      organisation: `org${organisation}`,
      ...(preference === undefined ? {} : { preference }),
      ...(volunteer === undefined ? {} : { volunteer }),
    };
  });
  // Last time's groups: the roster in a shuffled order, cut into fives.
  const order = participants.map((participant) => participant.id);
  for (let index = order.length - 1; index > 0; index -= 1) {
    const other = random.below(index + 1);
    [order[index], order[other]] = [order[other] as string, order[index] as string];
  }
  const previousGroups: string[][] = [];
  for (let start = 0; start < order.length; start += 5)
    previousGroups.push(order.slice(start, start + 5));
  return {
    topics,
    participants,
    sizing: { kind: 'size', size: 5 },
    previousGroups,
    manual: noManualEdits,
    seed,
  };
}
