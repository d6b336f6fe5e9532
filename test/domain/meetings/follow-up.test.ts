import { describe, expect, it } from 'vitest';
import {
  followUpPoints,
  isLocalDate,
  outstandingBefore,
  parseFollowUpPointId,
} from '../../../src/domain/meetings/follow-up.ts';
import { anItem, aMeetingWithItems } from './meeting-with-items.ts';

describe('the follow-up sheet', () => {
  it('has one point per B item with a Beslutning, in agenda order, open and without an owner', () => {
    const record = {
      ...aMeetingWithItems(),
      items: [
        anItem('5.1', ['B', 'O'], 'Rådet godkendte planen.'),
        anItem('2.1', ['B'], 'Rådet vedtog indstillingen.'),
        anItem('2.2', ['B']),
        anItem('3.1', ['O'], 'Taget til efterretning.'),
      ],
    };
    expect(followUpPoints(record, new Map())).toEqual([
      {
        id: 'm0001/2.1',
        meetingId: 'm0001',
        meetingTitle: 'Rådsmøde',
        meetingStart: '2026-12-03T13:00',
        item: '2.1',
        itemTitle: 'Punkt 2.1',
        decision: 'Rådet vedtog indstillingen.',
        status: 'open',
      },
      expect.objectContaining({ id: 'm0001/5.1', decision: 'Rådet godkendte planen.' }),
    ]);
  });

  it("keeps the secretariat's owner, due date and status on a point built again", () => {
    const points = followUpPoints(
      aMeetingWithItems(),
      new Map([
        ['5.1', { owner: 'Sekretariatet', due: '2027-01-15', status: 'in_progress' as const }],
      ]),
    );
    expect(points).toEqual([
      expect.objectContaining({
        id: 'm0001/5.1',
        owner: 'Sekretariatet',
        due: '2027-01-15',
        status: 'in_progress',
      }),
    ]);
  });

  it('a cancelled meeting decided nothing', () => {
    expect(followUpPoints(aMeetingWithItems({ status: 'cancelled' }), new Map())).toEqual([]);
  });

  it("the next meeting's agenda starts with the points still outstanding from earlier meetings", () => {
    const earlier = followUpPoints(
      aMeetingWithItems({ id: 'm0001', start: '2026-09-03T13:00' }),
      new Map(),
    );
    const done = followUpPoints(
      {
        ...aMeetingWithItems({ id: 'm0002', start: '2026-10-03T13:00' }),
        items: [anItem('2.1', ['B'], 'Rådet vedtog.')],
      },
      new Map([['2.1', { status: 'done' as const }]]),
    );
    const later = followUpPoints(
      aMeetingWithItems({ id: 'm0004', start: '2027-01-03T13:00' }),
      new Map(),
    );
    const shown = outstandingBefore([...earlier, ...done, ...later], {
      id: 'm0003',
      start: '2026-12-03T13:00',
    });
    expect(shown.map((point) => point.id)).toEqual(['m0001/5.1']);
  });

  it('names a point MEETING/ITEM', () => {
    expect(parseFollowUpPointId('m0001/2.1')).toEqual({ meetingId: 'm0001', item: '2.1' });
    expect(parseFollowUpPointId('m0001')).toBeUndefined();
    expect(parseFollowUpPointId('m0001/punkt')).toBeUndefined();
  });

  it('takes due dates that name a real day', () => {
    expect(isLocalDate('2027-01-15')).toBe(true);
    expect(isLocalDate('2027-02-30')).toBe(false);
    expect(isLocalDate('15-01-2027')).toBe(false);
  });
});
