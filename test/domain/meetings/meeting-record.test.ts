import { describe, expect, it } from 'vitest';
import { cancel, type Meeting } from '../../../src/domain/meetings/meeting.ts';
import {
  localDateTimeOf,
  upcomingFirst,
  type MeetingRecord,
} from '../../../src/domain/meetings/meeting-record.ts';

const meeting: Meeting = {
  id: 'm0001',
  councilId: 'rar-test',
  title: 'Rådsmøde',
  start: '2026-12-03T13:00',
  end: '2026-12-03T16:00',
  status: 'planned',
};
const at = (id: string, start: string): MeetingRecord => ({
  meeting: { ...meeting, id, start },
  items: [],
  attendance: [],
});

describe('cancelling a meeting', () => {
  it('records who and when', () => {
    expect(cancel(meeting, 'sekretariat', new Date('2026-11-23T08:00:00.000Z'))).toEqual({
      ok: true,
      value: {
        ...meeting,
        status: 'cancelled',
        cancelledAt: '2026-11-23T08:00:00.000Z',
        cancelledBy: 'sekretariat',
      },
    });
  });

  it('refuses a held or cancelled meeting', () => {
    const now = new Date('2026-11-23T08:00:00.000Z');
    expect(cancel({ ...meeting, status: 'held' }, 'sekretariat', now)).toMatchObject({
      ok: false,
      code: 'meeting_status_invalid',
    });
    expect(cancel({ ...meeting, status: 'cancelled' }, 'sekretariat', now).ok).toBe(false);
  });
});

describe('the order of meetings', () => {
  it('puts the upcoming first, soonest first, then those begun, latest first', () => {
    const records = [
      at('a', '2026-11-02T13:00'),
      at('b', '2026-12-10T13:00'),
      at('c', '2026-11-23T09:00'),
      at('d', '2026-10-05T13:00'),
      at('e', '2026-12-10T13:00'),
    ];
    expect(upcomingFirst(records, '2026-11-23T09:00').map((record) => record.meeting.id)).toEqual([
      'c',
      'b',
      'e',
      'a',
      'd',
    ]);
  });

  it("reads the council's wall clock, across the change to winter time", () => {
    expect(localDateTimeOf(new Date('2026-11-23T08:00:00.000Z'), 'Europe/Copenhagen')).toBe(
      '2026-11-23T09:00',
    );
    expect(localDateTimeOf(new Date('2026-07-01T08:00:00.000Z'), 'Europe/Copenhagen')).toBe(
      '2026-07-01T10:00',
    );
  });
});
