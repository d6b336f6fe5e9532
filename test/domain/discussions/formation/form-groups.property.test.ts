import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formGroups } from '../../../../src/domain/discussions/formation/form-groups.ts';
import type { FormationInput } from '../../../../src/domain/discussions/formation/formation-types.ts';
import { expectHardRules, expectManualKept, expectScoreOfGroups, rosterInput } from './rosters.ts';

/** The only ways a roster may be refused, each for a reason the input shows. */
const refusals = ['discussion_more_groups_than_people', 'discussion_too_few_for_roles'];

describe('forming groups over many rosters', () => {
  it('keeps the hard rules: everyone in one group, even sizes per topic, two different role holders', () => {
    fc.assert(
      fc.property(rosterInput(), (input) => {
        const result = formGroups(input);
        if (!result.ok) {
          expect(refusals).toContain(result.code);
          return;
        }
        expectHardRules(input, result.value);
        expectScoreOfGroups(input, result.value);
      }),
      { numRuns: 70 },
    );
  });

  it('gives the same groups for the same seed', () => {
    fc.assert(
      fc.property(rosterInput(80), (input) => {
        expect(formGroups(input)).toEqual(formGroups({ ...input }));
      }),
      { numRuns: 20 },
    );
  });

  it('keeps the secretary’s moves and roles when the groups are formed again', () => {
    // Counted so the property cannot pass by refusing every roster or edit.
    let keptEdits = 0;
    fc.assert(
      fc.property(rosterInput(80), fc.integer(), fc.integer(), (input, pickMove, pickRole) => {
        const first = formGroups(input);
        if (!first.ok) return;
        const groups = first.value.groups;
        // Like a secretary: move one member to another group of the same topic, and give
        // a role in some group to one of its members who holds none.
        const from = groups[Math.abs(pickMove) % groups.length]!;
        const to = groups.find((group) => group.topic === from.topic && group.key !== from.key);
        const moved = from.members[Math.abs(pickMove >> 3) % from.members.length]!;
        const placements: Record<string, string> = to === undefined ? {} : { [moved]: to.key };
        const target = groups[Math.abs(pickRole) % groups.length]!;
        const candidate = target.members.find(
          (id) => id !== moved && id !== target.ordstyrer && id !== target.referent,
        );
        const roles = candidate === undefined ? {} : { [target.key]: { referent: candidate } };
        const again: FormationInput = {
          ...input,
          manual: { placements, roles },
          seed: input.seed + 1,
        };
        const result = formGroups(again);
        if (!result.ok) {
          // A move into an already larger group may leave no room: that is said, not broken.
          expect(['discussion_group_too_full']).toContain(result.code);
          return;
        }
        expectHardRules(again, result.value);
        expectManualKept(again, result.value);
        if (Object.keys(placements).length + Object.keys(roles).length > 0) keptEdits += 1;
      }),
      { numRuns: 40 },
    );
    expect(keptEdits).toBeGreaterThan(20);
  });

  it('keeps any manual edits it accepts, and refuses the others with the edit’s own code', () => {
    const editRefusals = [
      ...refusals,
      'discussion_group_unknown',
      'discussion_group_too_full',
      'discussion_member_not_in_group',
      'discussion_same_person_both_roles',
    ];
    const edit = fc.record({
      member: fc.nat(),
      topic: fc.nat(),
      number: fc.integer({ min: 1, max: 4 }),
      role: fc.constantFrom('ordstyrer' as const, 'referent' as const, undefined),
    });
    fc.assert(
      fc.property(rosterInput(60), fc.array(edit, { maxLength: 6 }), (input, edits) => {
        const placements: Record<string, string> = {};
        const roles: Record<string, { ordstyrer?: string; referent?: string }> = {};
        for (const { member, topic, number, role } of edits) {
          const id = input.participants[member % input.participants.length]!.id;
          const key = `${input.topics[topic % input.topics.length]}${number}`;
          if (role === undefined) placements[id] = key;
          else roles[key] = { ...roles[key], [role]: id };
        }
        const edited: FormationInput = { ...input, manual: { placements, roles } };
        const result = formGroups(edited);
        if (!result.ok) {
          expect(editRefusals).toContain(result.code);
          return;
        }
        expectHardRules(edited, result.value);
        expectManualKept(edited, result.value);
      }),
      { numRuns: 100 },
    );
  });
});
