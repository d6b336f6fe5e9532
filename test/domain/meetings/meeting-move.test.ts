import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../src/domain/meetings/meeting.ts';
import {
  checkMeetingTimes,
  movedTimes,
  moveMeetingTimes,
} from '../../../src/domain/meetings/meeting-move.ts';

const meeting: Meeting = {
  id: 'm1',
  councilId: 'rar-kyst',
  title: 'Rådsmøde',
  start: '2027-03-25T13:00',
  end: '2027-03-25T16:00',
  afbudDeadline: '2027-03-22T12:00',
  status: 'agenda_published',
};

describe('moving a meeting', () => {
  it('to a new start keeps its length and the afbud deadline its lead, across summer time', () => {
    expect(movedTimes(meeting, { start: '2027-03-29T10:00' })).toEqual({
      start: '2027-03-29T10:00',
      end: '2027-03-29T13:00',
      afbudDeadline: '2027-03-26T09:00',
    });
  });

  it('with only a new end keeps the day and the start', () => {
    expect(movedTimes(meeting, { end: '15:30' })).toEqual({
      start: '2027-03-25T13:00',
      end: '2027-03-25T15:30',
      afbudDeadline: '2027-03-22T12:00',
    });
  });

  it('puts an end given as a time of day on the new start’s day', () => {
    expect(movedTimes(meeting, { start: '2027-04-01T09:00', end: '12:00' }).end).toBe(
      '2027-04-01T12:00',
    );
  });

  it('takes a new afbud deadline as it is given', () => {
    expect(
      movedTimes(meeting, { start: '2027-04-01T09:00', afbudDeadline: '2027-03-30T10:00' })
        .afbudDeadline,
    ).toBe('2027-03-30T10:00');
  });

  it('goes one revision on, so calendars replace the old invitation', () => {
    const once = moveMeetingTimes(meeting, movedTimes(meeting, { start: '2027-03-29T10:00' }));
    expect(once.ok && once.value.sequence).toBe(1);
    if (!once.ok) return;
    const twice = moveMeetingTimes(once.value, {
      start: '2027-03-30T10:00',
      end: '2027-03-30T12:00',
    });
    expect(twice.ok && twice.value.sequence).toBe(2);
  });

  it('is refused once the meeting is held or cancelled', () => {
    const times = { start: '2027-03-29T10:00', end: '2027-03-29T13:00' };
    expect(moveMeetingTimes({ ...meeting, status: 'held' }, times)).toMatchObject({
      ok: false,
      code: 'meeting_status_invalid',
    });
    expect(moveMeetingTimes({ ...meeting, status: 'cancelled' }, times)).toMatchObject({
      ok: false,
      code: 'meeting_cancelled',
    });
  });

  it('needs the end after the start and the afbud deadline before it', () => {
    expect(checkMeetingTimes('2027-03-29T10:00', '2027-03-29T10:00')).toMatchObject({
      ok: false,
      code: 'meeting_end_before_start',
      field: 'end',
    });
    expect(
      moveMeetingTimes(meeting, {
        start: '2027-03-29T10:00',
        end: '2027-03-29T13:00',
        afbudDeadline: '2027-03-29T11:00',
      }),
    ).toMatchObject({
      ok: false,
      code: 'meeting_afbud_deadline_after_start',
      field: 'afbudDeadline',
    });
  });
});
