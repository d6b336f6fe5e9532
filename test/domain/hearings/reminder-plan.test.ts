import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantOfLocal, localDateOf } from '../../../src/domain/council/council-time.ts';
import { planReminders } from '../../../src/domain/hearings/reminder-plan.ts';

const zone = 'Europe/Copenhagen';
const at = (date: string, time: string): Date => {
  const instant = instantOfLocal(date, time, zone);
  if (!instant) throw new Error(`bad local time ${date} ${time}`);
  return instant;
};
const local = (instant: Date) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: zone,
    dateStyle: 'short',
    timeStyle: 'short',
  }).format(instant);

const plan = (deadline: Date, now: Date, responded: string[] = []) =>
  planReminders({
    deadline,
    now,
    timeZone: zone,
    seatIds: ['a', 'b', 'c'],
    respondedSeatIds: new Set(responded),
  });

describe('the reminder plan', () => {
  it('reminds a day before and two hours before the deadline, in council time', () => {
    const reminders = plan(at('2026-11-27', '12:00'), at('2026-11-23', '09:00'));
    expect(reminders.map((r) => [r.key, local(r.dueAt)])).toEqual([
      ['day-before', '2026-11-26 12:00'],
      ['two-hours', '2026-11-27 10:00'],
    ]);
  });

  it('only reminds seats that have not responded', () => {
    const [first] = plan(at('2026-11-27', '12:00'), at('2026-11-23', '09:00'), ['a', 'c']);
    expect(first?.seatIds).toEqual(['b']);
    expect(plan(at('2026-11-27', '12:00'), at('2026-11-23', '09:00'), ['a', 'b', 'c'])).toEqual([]);
  });

  it('keeps "a day before" at the same wall-clock time across the October daylight-saving change', () => {
    // Summer time ends on Sunday 25 October 2026 at 03:00 local.
    const [dayBefore] = plan(at('2026-10-25', '10:00'), at('2026-10-20', '09:00'));
    expect(local(dayBefore!.dueAt)).toBe('2026-10-24 10:00');
    expect(at('2026-10-25', '10:00').getTime() - dayBefore!.dueAt.getTime()).toBe(25 * 3600_000);
  });

  it('keeps "a day before" at the same wall-clock time across the March daylight-saving change', () => {
    // Summer time begins on Sunday 29 March 2026 at 02:00 local.
    const [dayBefore] = plan(at('2026-03-29', '09:00'), at('2026-03-20', '09:00'));
    expect(local(dayBefore!.dueAt)).toBe('2026-03-28 09:00');
    expect(at('2026-03-29', '09:00').getTime() - dayBefore!.dueAt.getTime()).toBe(23 * 3600_000);
  });

  it('moves a reminder out of quiet hours to the evening before', () => {
    // Deadline 09:00: two hours before is 07:00, inside 20:00–08:00.
    const reminders = plan(at('2026-11-27', '09:00'), at('2026-11-23', '09:00'));
    expect(reminders.map((r) => local(r.dueAt))).toEqual(['2026-11-26 09:00', '2026-11-26 19:00']);
  });

  it('moves a quiet-hours reminder to the morning when the evening before has passed', () => {
    const reminders = plan(at('2026-11-27', '09:30'), at('2026-11-26', '21:00'));
    expect(reminders.map((r) => local(r.dueAt))).toEqual(['2026-11-27 08:00']);
  });

  it('never plans a reminder in the past or after the deadline', () => {
    const reminders = plan(at('2026-11-23', '12:00'), at('2026-11-23', '10:30'));
    expect(reminders).toEqual([]);
  });
});

describe('council time', () => {
  it('turns a local date and time into the right instant in winter and summer', () => {
    expect(at('2026-11-28', '12:00').toISOString()).toBe('2026-11-28T11:00:00.000Z');
    expect(at('2026-06-28', '12.00').toISOString()).toBe('2026-06-28T10:00:00.000Z');
  });

  it('rejects dates that do not exist and times that daylight saving skips', () => {
    expect(instantOfLocal('2026-02-30', '12:00', zone)).toBeUndefined();
    expect(instantOfLocal('2026-03-29', '02:30', zone)).toBeUndefined();
    expect(instantOfLocal('2026-11-28', '24:00', zone)).toBeUndefined();
  });

  it('tells the local date of an instant', () => {
    expect(localDateOf(new Date('2026-11-27T23:30:00Z'), zone)).toBe('2026-11-28');
  });

  it('tells the same local date as calendar arithmetic in the zone, for any instant', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('2000-01-01T00:00:00Z'),
          max: new Date('2100-01-01T00:00:00Z'),
          noInvalidDate: true,
        }),
        fc.constantFrom('Europe/Copenhagen', 'America/Godthab', 'Pacific/Kiritimati'),
        (instant, timeZone) => {
          expect(localDateOf(instant, timeZone)).toBe(
            format(new TZDate(instant, timeZone), 'yyyy-MM-dd'),
          );
        },
      ),
    );
  });
});
