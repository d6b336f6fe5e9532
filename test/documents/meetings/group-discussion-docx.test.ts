import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { minutesDocx } from '../../../src/documents/meetings/minutes-docx.ts';
import { inventedMeeting } from '../../bot/present/meetings/minutes/invented-meeting.ts';

describe('the Word referat with a group discussion on an item', () => {
  it('prints the opsamling under that item, before the next one, with bold questions', async () => {
    const html = (
      await mammoth.convertToHtml({
        buffer: await minutesDocx({
          ...inventedMeeting,
          groupDiscussions: {
            '0.1.1': {
              discussionId: 'd0001',
              title: 'Havnens kompetencer',
              topics: [
                {
                  key: 'A',
                  title: 'Faglærte',
                  questions: ['Hvem mangler vi?'],
                  groups: [{ key: 'A1', answers: ['Kranførere.'], notes: '', submitted: true }],
                },
              ],
              missingGroups: [],
              compiledAt: '2026-12-03T15:00:00.000Z',
            },
          },
        }),
      })
    ).value;
    const at = html.indexOf('Opsamling fra gruppedrøftelser: Havnens kompetencer');
    expect(at).toBeGreaterThan(html.lastIndexOf(inventedMeeting.items[1]!.title));
    expect(at).toBeLessThan(html.lastIndexOf(inventedMeeting.items[2]!.title));
    expect(html).toContain('1. Hvem mangler vi?</strong> Kranførere.');
  });
});
