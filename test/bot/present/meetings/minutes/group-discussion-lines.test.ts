import { describe, expect, it } from 'vitest';
import { groupDiscussionLines } from '../../../../../src/bot/present/meetings/minutes/group-discussion-lines.ts';
import type { ItemGroupDiscussion } from '../../../../../src/domain/meetings/item-group-discussion.ts';

const opsamling: ItemGroupDiscussion = {
  discussionId: 'd0001',
  title: 'Havnens kompetencer',
  topics: [
    {
      key: 'A',
      title: 'Faglærte',
      questions: ['Hvem mangler vi?', 'Hvem uddanner dem?'],
      groups: [
        {
          key: 'A1',
          answers: ['Kranførere.\n\nOg svejsere.', ''],
          notes: 'Kort møde.',
          submitted: true,
        },
      ],
    },
    { key: 'B', title: 'Ingen tilmeldte', questions: ['Hvad nu?'], groups: [] },
  ],
  missingGroups: [],
  compiledAt: '2026-12-03T15:00:00.000Z',
};

describe("the referat's opsamling under an item", () => {
  it('keeps an answer of several paragraphs in one block, says when a question got no answer, and leaves out a topic without groups', () => {
    expect(groupDiscussionLines('en', opsamling)).toEqual([
      '**Summary of the group discussions: Havnens kompetencer**',
      '',
      '**Topic A – Faglærte**',
      '',
      '**Group A1**',
      '**1. Hvem mangler vi?** Kranførere.',
      'Og svejsere.',
      '**2. Hvem uddanner dem?** No answer.',
      '**Other notes** Kort møde.',
      '',
    ]);
  });
});
