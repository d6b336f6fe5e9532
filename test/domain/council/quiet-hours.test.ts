import { describe, expect, it } from 'vitest';
import { inZone } from '../../../src/domain/council/council-time.ts';
import {
  defaultQuietHours,
  leadBefore,
  outOfQuietHours,
} from '../../../src/domain/council/quiet-hours.ts';

const timeZone = 'Europe/Copenhagen';
const local = (iso: string) => inZone(new Date(iso), timeZone);

describe('council time for reminders of every capability', () => {
  it('takes a day before as the same clock time on the previous calendar day, across summer time', () => {
    // Monday 29 March 2027 10.00 (+02:00) → Sunday 28 March 10.00, the day summer time begins.
    const due = leadBefore(local('2027-03-29T08:00:00Z'), { days: 1 });
    expect(new Date(due.getTime()).toISOString()).toBe('2027-03-28T08:00:00.000Z');
  });

  it('moves a time in quiet hours to 19.00 the evening before while that is still ahead', () => {
    const due = local('2027-03-25T06:30:00Z'); // 07.30 local
    const moved = outOfQuietHours(
      due,
      new Date('2027-03-20T09:00:00Z'),
      new Date('2027-03-25T07:30:00Z'),
      defaultQuietHours,
    );
    expect(moved && new Date(moved.getTime()).toISOString()).toBe('2027-03-24T18:00:00.000Z');
  });

  it('else to 08.00 that morning, if that is still before what it leads', () => {
    const due = local('2027-03-25T06:30:00Z');
    const until = new Date('2027-03-25T08:00:00Z'); // 09.00 local
    const lateEvening = new Date('2027-03-24T20:00:00Z');
    const moved = outOfQuietHours(due, lateEvening, until, defaultQuietHours);
    expect(moved && new Date(moved.getTime()).toISOString()).toBe('2027-03-25T07:00:00.000Z');
    expect(
      outOfQuietHours(due, lateEvening, new Date('2027-03-25T07:00:00Z'), defaultQuietHours),
    ).toBeUndefined();
  });
});
