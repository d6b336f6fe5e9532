import { describe, expect, it } from 'vitest';
import { formGroups } from '../../../../src/domain/discussions/formation/form-groups.ts';
import type { Formation } from '../../../../src/domain/discussions/formation/formation-types.ts';
import { describeFailure } from '../../../../src/i18n/discussions/index.ts';
import { reasonLines } from '../../../../src/bot/present/discussions/formation-reasons.ts';
import { expectHardRules, formationInput, member } from './rosters.ts';

const formed = (result: ReturnType<typeof formGroups>): Formation => {
  if (!result.ok) throw new Error(`expected groups, got ${result.code}`);
  return result.value;
};
const reason = (formation: Formation, code: string) =>
  formation.reasons.find((candidate) => candidate.code === code);

describe('forming the groups', () => {
  it('places members without a choice where they balance the topics', () => {
    const participants = [
      ...['a1', 'a2', 'a3', 'a4', 'a5', 'a6'].map((id, at) => member(id, `org${at}`, 'A')),
      member('b1', 'org1', 'B'),
      member('b2', 'org2', 'B'),
      ...['f1', 'f2', 'f3', 'f4'].map((id, at) => member(id, `org${at + 3}`)),
    ];
    const input = formationInput(participants);
    const formation = formed(formGroups(input));

    expectHardRules(input, formation);
    expect(formation.groups.map((group) => [group.key, group.members.length])).toEqual([
      ['A1', 4],
      ['A2', 4],
      ['B1', 4],
    ]);
    expect(formation.groups.find((group) => group.key === 'B1')?.members).toEqual(
      expect.arrayContaining(['b1', 'b2']),
    );
    expect(reason(formation, 'unplaced_balanced')?.params).toEqual({ count: 4 });
    expect(reason(formation, 'all_first_choice')?.params).toEqual({ count: 8 });
  });

  it('makes no group of one organisation when the roster allows otherwise', () => {
    const participants = [
      ...['k1', 'k2', 'k3', 'k4'].map((id) => member(id, 'Kommunen', 'A')),
      ...['f1', 'f2', 'f3', 'f4'].map((id) => member(id, 'Foreningen', 'A')),
    ];
    for (const seed of [1, 2, 3, 4, 5]) {
      const formation = formed(
        formGroups(formationInput(participants, { sizing: { kind: 'size', size: 2 }, seed })),
      );
      for (const group of formation.groups)
        expect(new Set(group.members.map((id) => id[0]))).toEqual(new Set(['k', 'f']));
      expect(formation.score.singleOrganisationGroups).toBe(0);
      expect(reason(formation, 'organisations_per_group')?.params).toEqual({ min: 2, max: 2 });
    }
  });

  it('says a one-organisation group could not be avoided when nearly all chose from one', () => {
    const participants = [
      ...['k1', 'k2', 'k3', 'k4', 'k5'].map((id) => member(id, 'Kommunen', 'A')),
      member('f1', 'Foreningen', 'A'),
    ];
    const formation = formed(
      formGroups(formationInput(participants, { sizing: { kind: 'size', size: 3 } })),
    );
    expect(formation.score.singleOrganisationGroups).toBe(0);
    expect(reason(formation, 'single_organisation_groups')?.params).toEqual({
      count: 1,
      unavoidable: 1,
    });
  });

  it('spreads each organisation over the groups', () => {
    const participants = ['x', 'y', 'z'].flatMap((org) =>
      [1, 2, 3].map((n) => member(`${org}${n}`, org, 'A')),
    );
    const formation = formed(
      formGroups(formationInput(participants, { sizing: { kind: 'count', groups: 3 } })),
    );
    for (const group of formation.groups)
      expect(new Set(group.members.map((id) => id[0])).size).toBe(3);
    expect(formation.score.worstOrganisationShare).toBeCloseTo(1 / 3);
  });

  it('seats as few as possible with the same people as last time', () => {
    const participants = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'].map((id) =>
      member(id, 'Rådet', 'A'),
    );
    const formation = formed(
      formGroups(
        formationInput(participants, {
          previousGroups: [
            ['p1', 'p2', 'p3', 'p4'],
            ['p5', 'p6', 'p7', 'p8'],
          ],
        }),
      ),
    );
    // Two groups of four from two groups of four: at best two of each old group meet again.
    expect(formation.score.repeatedPairs).toBe(4);
    expect(reason(formation, 'repeated_pairs')?.params).toEqual({ count: 4 });
  });

  it('makes a volunteer referent the referent, and a volunteer ordstyrer the ordstyrer', () => {
    const participants = [
      member('m1', 'a', 'A'),
      member('m2', 'b', 'A', 'referent'),
      member('m3', 'c', 'A'),
      member('m4', 'd', 'A', 'ordstyrer'),
    ];
    for (const seed of [1, 2, 3]) {
      const [group] = formed(formGroups(formationInput(participants, { seed }))).groups;
      expect(group?.referent).toBe('m2');
      expect(group?.ordstyrer).toBe('m4');
    }
  });

  it('appoints an ordstyrer and a referent, two different people, when nobody volunteers', () => {
    const participants = [member('m1', 'a', 'A'), member('m2', 'b', 'A')];
    const formation = formed(formGroups(formationInput(participants)));
    const [group] = formation.groups;
    expect(new Set([group?.ordstyrer, group?.referent])).toEqual(new Set(['m1', 'm2']));
    expect(reason(formation, 'roles_appointed')?.params).toEqual({ count: 2 });
  });

  it('splits a number of groups over the topics in proportion to who chose them', () => {
    const participants = [
      ...Array.from({ length: 8 }, (_, n) => member(`a${n}`, `org${n}`, 'A')),
      ...Array.from({ length: 4 }, (_, n) => member(`b${n}`, `org${n}`, 'B')),
    ];
    const formation = formed(
      formGroups(formationInput(participants, { sizing: { kind: 'count', groups: 3 } })),
    );
    expect(formation.groups.map((group) => group.key)).toEqual(['A1', 'A2', 'B1']);
  });

  it('gives a topic nobody chose no group, and says so', () => {
    const participants = Array.from({ length: 4 }, (_, n) => member(`a${n}`, `org${n}`, 'A'));
    const formation = formed(formGroups(formationInput(participants, { topics: ['A', 'B'] })));
    expect(formation.groups.map((group) => group.topic)).toEqual(['A']);
    expect(reason(formation, 'topic_without_sign_ups')?.params).toEqual({ topic: 'B' });
  });

  it('places the only one who chose a topic elsewhere, as a group needs two, and says so', () => {
    const participants = [
      ...Array.from({ length: 4 }, (_, n) => member(`a${n}`, `org${n}`, 'A')),
      member('b0', 'org9', 'B'),
    ];
    const formation = formed(formGroups(formationInput(participants)));
    expect(formation.groups.map((group) => group.key)).toEqual(['A1']);
    expect(reason(formation, 'topic_too_few')?.params).toEqual({ topic: 'B' });
    expect(formation.score).toMatchObject({ preferencesHonoured: 4, preferencesGiven: 5 });
  });

  it('refuses more groups than people, naming the numbers', () => {
    const participants = Array.from({ length: 6 }, (_, n) => member(`m${n}`, 'org', 'A'));
    const result = formGroups(
      formationInput(participants, { sizing: { kind: 'count', groups: 10 } }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'discussion_more_groups_than_people',
      params: { groups: 10, people: 6 },
    });
    if (result.ok) return;
    expect(describeFailure('da', result)).toContain('10 grupper');
    expect(describeFailure('da', result)).toContain('6 deltagere');
  });

  it('refuses groups too many to give each an ordstyrer and a referent', () => {
    const participants = Array.from({ length: 5 }, (_, n) => member(`m${n}`, 'org', 'A'));
    const result = formGroups(
      formationInput(participants, { sizing: { kind: 'count', groups: 3 } }),
    );
    expect(result).toMatchObject({ ok: false, code: 'discussion_too_few_for_roles' });
  });

  it('keeps a move by hand and works around it', () => {
    const participants = Array.from({ length: 8 }, (_, n) =>
      member(`m${n}`, `org${n % 4}`, n < 6 ? 'A' : 'B'),
    );
    const input = formationInput(participants, {
      sizing: { kind: 'size', size: 2 },
      manual: { placements: { m0: 'A3', m6: 'A1' }, roles: { A3: { referent: 'm0' } } },
    });
    const formation = formed(formGroups(input));
    expectHardRules(input, formation);
    expect(formation.groups.find((group) => group.key === 'A3')?.referent).toBe('m0');
    expect(formation.groups.find((group) => group.key === 'A1')?.members).toContain('m6');
    expect(reason(formation, 'manual_kept')?.params).toEqual({ count: 3 });
  });

  it('refuses a move by hand to a group that no longer exists, naming it', () => {
    const participants = Array.from({ length: 4 }, (_, n) => member(`m${n}`, 'org', 'A'));
    const result = formGroups(
      formationInput(participants, { manual: { placements: { m1: 'A7' }, roles: {} } }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'discussion_group_unknown',
      params: { group: 'A7' },
    });
  });

  it('refuses the same person as ordstyrer and referent by hand', () => {
    const participants = Array.from({ length: 4 }, (_, n) => member(`m${n}`, 'org', 'A'));
    const result = formGroups(
      formationInput(participants, {
        manual: { placements: {}, roles: { A1: { ordstyrer: 'm1', referent: 'm1' } } },
      }),
    );
    expect(result).toMatchObject({ ok: false, code: 'discussion_same_person_both_roles' });
  });

  it('refuses a role by hand for someone moved by hand to another group', () => {
    const participants = Array.from({ length: 8 }, (_, n) => member(`m${n}`, 'org', 'A'));
    const result = formGroups(
      formationInput(participants, {
        manual: { placements: { m1: 'A2' }, roles: { A1: { ordstyrer: 'm1' } } },
      }),
    );
    expect(result).toMatchObject({ ok: false, code: 'discussion_member_not_in_group' });
  });

  it('refuses moves by hand that would make a group larger than its topic allows', () => {
    const participants = Array.from({ length: 8 }, (_, n) => member(`m${n}`, 'org', 'A'));
    const result = formGroups(
      formationInput(participants, {
        manual: {
          placements: { m0: 'A1', m1: 'A1', m2: 'A1', m3: 'A1', m4: 'A1' },
          roles: {},
        },
      }),
    );
    expect(result).toMatchObject({
      ok: false,
      code: 'discussion_group_too_full',
      params: { group: 'A1', members: 5, max: 4 },
    });
  });

  it('sets aside a move by hand for someone no longer taking part, and says so', () => {
    const participants = Array.from({ length: 4 }, (_, n) => member(`m${n}`, 'org', 'A'));
    const formation = formed(
      formGroups(
        formationInput(participants, { manual: { placements: { gone: 'A1' }, roles: {} } }),
      ),
    );
    expect(reason(formation, 'manual_for_absent')?.params).toEqual({ count: 1 });
  });

  it('gives reasons the secretary can read, in Danish and English', () => {
    const participants = [
      member('m1', 'Kommunen', 'A', 'ordstyrer'),
      member('m2', 'Foreningen', 'A', 'referent'),
      member('m3', 'Regionen', 'A'),
    ];
    const formation = formed(formGroups(formationInput(participants)));
    expect(reasonLines(formation.reasons, 'da')).toEqual([
      'alle fik deres førsteprioritet',
      'ingen valgte emne B, så det har ingen gruppe',
      'hver gruppe har 3 organisationer',
      'frivillige fik rollen: 1 som ordstyrer, 1 som referent',
    ]);
    expect(reasonLines(formation.reasons, 'en')[0]).toBe('everyone got their first choice');
    expect(reasonLines([{ code: 'from_a_newer_version', params: {} }], 'da')).toEqual([]);
  });
});
