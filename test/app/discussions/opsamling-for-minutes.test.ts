import { describe, expect, it } from 'vitest';
import { opsamlingForMinutes } from '../../../src/app/discussions/opsamling-for-minutes.ts';
import {
  aDiscussion,
  aSummary,
  groups,
} from '../../bot/present/discussions/discussion-fixtures.ts';

describe("a compiled discussion's opsamling for the referat", () => {
  it('has every topic with its groups, their answers and notes, and the groups without a summary', () => {
    const printed = opsamlingForMinutes(aDiscussion(), groups, [aSummary('A1')], {
      compiledAt: '2027-05-21T14:00:00.000Z',
    });
    expect(printed.topics.map((topic) => topic.groups.map((group) => group.key))).toEqual([
      ['A1', 'A2'],
      ['B1'],
    ]);
    expect(printed.topics[0]?.groups[0]).toEqual({
      key: 'A1',
      answers: ['Tekniske faglærte.', 'Erhvervsskolerne.'],
      notes: 'Vi talte også om voksenlærlinge.',
      submitted: true,
    });
    expect(printed.topics[0]?.groups[1]).toEqual({
      key: 'A2',
      answers: ['', ''],
      notes: '',
      submitted: false,
    });
    expect(printed.missingGroups).toEqual(['A2', 'B1']);
  });
});
