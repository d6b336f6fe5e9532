import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../src/domain/meetings/meeting.ts';
import { planMeetingReminders } from '../../../src/domain/meetings/meeting-reminder-plan.ts';

const timeZone = 'Europe/Copenhagen';

const aMeeting = (times: Partial<Meeting> = {}): Meeting => ({
  id: 'm1',
  councilId: 'rar-kyst',
  title: 'Rådsmøde',
  start: '2027-03-25T10:00',
  end: '2027-03-25T13:00',
  status: 'agenda_published',
  ...times,
});

const plan = (meeting: Meeting, now: string) =>
  planMeetingReminders({ meeting, now: new Date(now), timeZone }).map(({ key, dueAt }) => [
    key,
    dueAt.toISOString(),
  ]);

describe("a published meeting's reminders", () => {
  it('are planned in council time: the day before the afbud deadline, the day before, an hour before', () => {
    const meeting = aMeeting({ afbudDeadline: '2027-03-22T12:00' });
    // Winter time, +01:00: 12.00 local is 11.00 UTC.
    expect(plan(meeting, '2027-03-15T09:00:00Z')).toEqual([
      ['afbud-deadline', '2027-03-21T11:00:00.000Z'],
      ['day-before', '2027-03-24T09:00:00.000Z'],
      ['hour-before', '2027-03-25T08:00:00.000Z'],
    ]);
  });

  it('land at the same local hour across the change to summer time', () => {
    // Summer time begins Sunday 28 March 2027: the meeting on the 29th is at +02:00, the day before too.
    const meeting = aMeeting({ start: '2027-03-29T10:00', end: '2027-03-29T13:00' });
    expect(plan(meeting, '2027-03-15T09:00:00Z')).toEqual([
      ['day-before', '2027-03-28T08:00:00.000Z'],
      ['hour-before', '2027-03-29T07:00:00.000Z'],
    ]);
  });

  it('are not sent in quiet hours: an hour before an 08.30 meeting goes at 08.00 that morning', () => {
    const meeting = aMeeting({ start: '2027-03-25T08:30', end: '2027-03-25T11:00' });
    expect(plan(meeting, '2027-03-15T09:00:00Z')).toEqual([
      ['day-before', '2027-03-24T07:30:00.000Z'],
      ['hour-before', '2027-03-25T07:00:00.000Z'],
    ]);
  });

  it('an hour before a meeting at 08.00 goes the evening before at 19.00, the morning being too late', () => {
    const meeting = aMeeting({ start: '2027-03-25T08:00', end: '2027-03-25T11:00' });
    expect(plan(meeting, '2027-03-15T09:00:00Z')).toEqual([
      ['day-before', '2027-03-24T07:00:00.000Z'],
      ['hour-before', '2027-03-24T18:00:00.000Z'],
    ]);
  });

  it('that have passed when planned are not sent late', () => {
    const meeting = aMeeting({ afbudDeadline: '2027-03-22T12:00' });
    // Published the evening before the meeting: only the hour-before reminder is still ahead.
    expect(plan(meeting, '2027-03-24T17:00:00Z')).toEqual([
      ['hour-before', '2027-03-25T08:00:00.000Z'],
    ]);
  });

  it('have no afbud reminder when the meeting has no afbud deadline', () => {
    expect(plan(aMeeting(), '2027-03-15T09:00:00Z').map(([key]) => key)).toEqual([
      'day-before',
      'hour-before',
    ]);
  });
});
