import type { GroupRole } from '../discussion.ts';
import type { FormationParticipant } from './formation-types.ts';
import type { DraftGroup } from './place-participants.ts';
import type { SeededRandom } from './seeded-random.ts';

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

/** Local search over swaps that keep every hard rule (first version: the placement as is). */
export function improveBySwaps(
  drafts: readonly DraftGroup[],
  _context: SearchContext,
): DraftGroup[] {
  return drafts.map((draft) => ({ ...draft, members: [...draft.members] }));
}
