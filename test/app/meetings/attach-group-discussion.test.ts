import { describe, expect, it } from 'vitest';
import { attachGroupDiscussion } from '../../../src/app/meetings/index.ts';
import type { ItemGroupDiscussion } from '../../../src/domain/meetings/item-group-discussion.ts';
import { minutesMarkdown } from '../../../src/bot/present/meetings/minutes/minutes-markdown.ts';
import { minutesOfRecord } from '../../../src/bot/present/meetings/minutes/minutes-of-record.ts';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';
import { aMeetingRecord } from '../../store/meetings/meeting-store-contract.ts';

const councilId = 'rar-test';

const opsamling: ItemGroupDiscussion = {
  discussionId: 'd0001',
  title: 'Rekruttering i havneerhvervene',
  topics: [
    {
      key: 'A',
      title: 'Faglærte',
      questions: ['Hvem mangler vi?', 'Hvem uddanner dem?'],
      groups: [
        {
          key: 'A1',
          answers: ['Kranførere.', 'Erhvervsskolen.'],
          notes: 'Også lagerfolk.',
          submitted: true,
        },
        { key: 'A2', answers: [], notes: '', submitted: false },
      ],
    },
  ],
  missingGroups: ['A2'],
  compiledAt: '2026-12-03T15:00:00.000Z',
};

/** A held meeting with the D item 0.1.1, stored as an imported one is. */
async function anAppWithHeldMeeting(status: 'held' | 'minutes_approved' = 'held') {
  const setup = await anAppWithCouncil();
  await setup.deps.meetings.saveMeeting(aMeetingRecord({ status }));
  return setup;
}

describe('a group discussion attached to its agenda item', () => {
  it('is shown with the meeting and printed under the item in the referat', async () => {
    const { app, deps, council } = await anAppWithHeldMeeting();
    const attached = await attachGroupDiscussion(deps, {
      councilId,
      meetingId: 'm0001',
      itemNumber: '0.1.1',
      discussion: opsamling,
    });
    expect(attached).toEqual({ ok: true, value: opsamling });

    const shown = await app.showMeeting({ councilId, meetingId: 'm0001' });
    if (!shown.ok) throw new Error(shown.code);
    expect(shown.value.groupDiscussions).toEqual({ '0.1.1': opsamling });

    const referat = minutesMarkdown(minutesOfRecord(council, shown.value));
    const underItem = referat.slice(referat.indexOf('Rekruttering i havneerhvervene'));
    expect(underItem).toContain(
      [
        '**Opsamling fra gruppedrøftelser: Rekruttering i havneerhvervene**',
        '',
        '**Emne A – Faglærte**',
        '',
        '**Gruppe A1**',
        '**1. Hvem mangler vi?** Kranførere.',
        '**2. Hvem uddanner dem?** Erhvervsskolen.',
        '**Øvrige noter** Også lagerfolk.',
        '',
        'Gruppe A2 – afleverede ingen opsamling',
        '',
        'Grupper uden opsamling: A2.',
      ].join('\n'),
    );
    // The agenda sent before the meeting has no opsamling.
    expect(minutesMarkdown(minutesOfRecord(council, shown.value, 'agenda'))).not.toContain(
      'Opsamling fra gruppedrøftelser',
    );
  });

  it('is refused for a meeting or item that is not there, naming the field, and nothing is kept', async () => {
    const { deps } = await anAppWithHeldMeeting();
    const attach = (meetingId: string, itemNumber: string) =>
      attachGroupDiscussion(deps, { councilId, meetingId, itemNumber, discussion: opsamling });
    expect(await attach('m-none', '0.1.1')).toMatchObject({
      ok: false,
      code: 'meeting_not_found',
      field: 'meetingId',
    });
    expect(await attach('m0001', '7')).toMatchObject({
      ok: false,
      code: 'decision_item_not_found',
      field: 'itemNumber',
      params: { item: '7' },
    });
    expect(await attach('m0001', 'syv')).toMatchObject({
      ok: false,
      code: 'invalid_input',
      field: 'itemNumber',
    });
    expect(
      await attachGroupDiscussion(deps, {
        councilId,
        meetingId: 'm0001',
        itemNumber: '0.1.1',
        discussion: { ...opsamling, topics: [] },
      }),
    ).toMatchObject({ ok: false, code: 'invalid_input', field: 'discussion.topics' });
    expect((await deps.itemGroupDiscussions.groupDiscussions(councilId, 'm0001')).size).toBe(0);
  });

  it('is refused once the minutes are approved: the approved referat stays as it was', async () => {
    const { deps } = await anAppWithHeldMeeting('minutes_approved');
    expect(
      await attachGroupDiscussion(deps, {
        councilId,
        meetingId: 'm0001',
        itemNumber: '0.1.1',
        discussion: opsamling,
      }),
    ).toMatchObject({
      ok: false,
      code: 'group_discussion_meeting_closed',
      params: { status: 'minutes_approved' },
    });
  });
});
