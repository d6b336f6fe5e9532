import { describe, expect, it } from 'vitest';
import {
  canMoveTo,
  isLocalDateTime,
  moveTo,
  type Meeting,
} from '../../../src/domain/meetings/meeting.ts';

describe("a meeting's status", () => {
  it('goes planned → agenda published → held → minutes sent → minutes approved', () => {
    expect(canMoveTo('planned', 'agenda_published')).toBe(true);
    expect(canMoveTo('agenda_published', 'held')).toBe(true);
    expect(canMoveTo('held', 'minutes_sent')).toBe(true);
    expect(canMoveTo('minutes_sent', 'minutes_approved')).toBe(true);
  });

  it('goes from planned straight to held when no agenda was published through Rådsbot', () => {
    expect(canMoveTo('planned', 'held')).toBe(true);
    expect(canMoveTo('planned', 'minutes_sent')).toBe(false);
  });

  it('is cancelled only before the meeting is held, and never comes back', () => {
    expect(canMoveTo('planned', 'cancelled')).toBe(true);
    expect(canMoveTo('agenda_published', 'cancelled')).toBe(true);
    expect(canMoveTo('held', 'cancelled')).toBe(false);
    expect(canMoveTo('cancelled', 'planned')).toBe(false);
    expect(canMoveTo('minutes_approved', 'minutes_sent')).toBe(false);
  });

  it('moves a meeting on, or says why not', () => {
    const meeting: Meeting = {
      id: 'm1',
      councilId: 'rar-kyst',
      title: 'Rådsmøde',
      start: '2027-03-04T13:00',
      end: '2027-03-04T16:00',
      status: 'planned',
    };
    expect(moveTo(meeting, 'agenda_published')).toEqual({
      ok: true,
      value: { ...meeting, status: 'agenda_published' },
    });
    expect(moveTo({ ...meeting, status: 'cancelled' }, 'minutes_sent')).toEqual({
      ok: false,
      code: 'meeting_status_invalid',
      params: { from: 'cancelled', to: 'minutes_sent' },
    });
  });
});

describe('a council-local time', () => {
  it("is 'YYYY-MM-DDTHH:mm' on a real calendar day", () => {
    expect(isLocalDateTime('2023-09-28T13:00')).toBe(true);
    expect(isLocalDateTime('2023-02-29T13:00')).toBe(false);
    expect(isLocalDateTime('2023-09-28T24:00')).toBe(false);
    expect(isLocalDateTime('2023-09-28 13:00')).toBe(false);
  });
});
