import { describe, expect, it } from 'vitest';
import { instantOfLocal, localDateOf } from '../../../src/domain/council/council-time.ts';
import {
  addLocalDays,
  defaultDeadline,
  defaultDeadlineInstant,
  isWorkingDay,
  unusualDeadlineDay,
  type HolidayNames,
} from '../../../src/domain/council/working-days.ts';
import { deadlineNote } from '../../../src/bot/present/hearings/deadline-note.ts';
import { danishHolidays } from '../../../src/system/danish-holidays.ts';
import { instants } from '../../fakes/test-instants.ts';

const timeZone = 'Europe/Copenhagen';
const holidays = danishHolidays();
const danish = await holidays.namesIn([2026, 2027, 2028], 'da');
const english = await holidays.namesIn([2027], 'en');

/** 10:00 in Copenhagen on a date, when a secretary opens the form. */
const morningOf = (date: string): Date => instantOfLocal(date, '10:00', timeZone)!;

describe('the default deadline of a new hearing', () => {
  it('is a week ahead at 12:00 when that is a working day', () => {
    expect(defaultDeadline(morningOf('2027-01-05'), timeZone, danish)).toEqual({
      date: '2027-01-12',
      time: '12:00',
    });
  });

  it('asked on a Saturday, skips the Saturday a week ahead and lands on Monday', () => {
    expect(defaultDeadline(new Date(instants.saturdayMorning), timeZone, danish).date).toBe(
      '2027-01-11',
    );
  });

  it('skips Easter: from the Thursday before, past Skærtorsdag, Langfredag, the weekend and 2. påskedag', () => {
    expect(defaultDeadline(morningOf('2027-03-18'), timeZone, danish).date).toBe('2027-03-30');
    // 12:00 in summer time, which began on Påskedag.
    expect(defaultDeadlineInstant(morningOf('2027-03-18'), timeZone, danish).toISOString()).toBe(
      '2027-03-30T10:00:00.000Z',
    );
  });

  it('across the change to summer time stays at 12:00 on the clocks of Copenhagen', () => {
    const deadline = defaultDeadlineInstant(
      new Date(instants.beforeEasterAndSummerTime),
      timeZone,
      danish,
    );
    expect(deadline.toISOString()).toBe('2027-03-31T10:00:00.000Z');
  });

  it('across the change to winter time stays at 12:00 on the clocks of Copenhagen', () => {
    const deadline = defaultDeadlineInstant(new Date(instants.beforeWinterTime), timeZone, danish);
    expect(deadline.toISOString()).toBe('2027-11-03T11:00:00.000Z');
  });

  it('skips Christmas and New Year, into the next year', () => {
    expect(defaultDeadline(morningOf('2026-12-18'), timeZone, danish).date).toBe('2026-12-28');
    expect(defaultDeadline(morningOf('2027-12-18'), timeZone, danish).date).toBe('2027-12-27');
    expect(defaultDeadline(morningOf('2026-12-25'), timeZone, danish).date).toBe('2027-01-04');
  });

  it('on every day of 2027 is a working day at 12:00, at least a week ahead', () => {
    for (let date = '2027-01-01'; date < '2028-01-01'; date = addLocalDays(date, 1)) {
      const now = morningOf(date);
      const deadline = defaultDeadlineInstant(now, timeZone, danish);
      const day = localDateOf(deadline, timeZone);
      expect(isWorkingDay(day, danish), `from ${date}: ${day}`).toBe(true);
      expect(day >= addLocalDays(date, 7), `from ${date}: ${day}`).toBe(true);
      expect(deadline.toLocaleTimeString('da-DK', { timeZone }), `from ${date}`).toBe('12.00.00');
    }
  });
});

describe('a deadline the secretary picks on a weekend or a holiday', () => {
  const noon = (date: string) => instantOfLocal(date, '12:00', timeZone)!;
  const none: HolidayNames = new Map();

  it('is a Saturday or a Sunday, said gently in both languages', () => {
    expect(unusualDeadlineDay(noon('2027-01-09'), timeZone, danish)).toEqual({ kind: 'saturday' });
    expect(deadlineNote('da', unusualDeadlineDay(noon('2027-01-10'), timeZone, danish))).toBe(
      'Fristen ligger på en søndag.',
    );
    expect(deadlineNote('en', unusualDeadlineDay(noon('2027-01-09'), timeZone, none))).toBe(
      'The deadline falls on a Saturday.',
    );
  });

  it('names the public holiday, in the council language', () => {
    expect(deadlineNote('da', unusualDeadlineDay(noon('2027-03-25'), timeZone, danish))).toBe(
      'Fristen ligger på en helligdag (Skærtorsdag).',
    );
    expect(deadlineNote('en', unusualDeadlineDay(noon('2027-03-25'), timeZone, english))).toBe(
      'The deadline falls on a public holiday (Maundy Thursday).',
    );
    // A holiday on a Sunday is named as the holiday.
    expect(deadlineNote('da', unusualDeadlineDay(noon('2027-03-28'), timeZone, danish))).toBe(
      'Fristen ligger på en helligdag (Påskedag).',
    );
  });

  it('counts by the day in Copenhagen, not in UTC', () => {
    // 00:30 on Monday 4 January in Copenhagen is still Sunday in UTC.
    const justAfterMidnight = instantOfLocal('2027-01-04', '00:30', timeZone)!;
    expect(unusualDeadlineDay(justAfterMidnight, timeZone, danish)).toBeUndefined();
  });

  it('on a working day has no note', () => {
    const friday = unusualDeadlineDay(noon('2027-01-08'), timeZone, danish);
    expect(deadlineNote('da', friday)).toBeUndefined();
  });

  it('Juleaftensdag and Grundlovsdag are not public holidays in law, so they get no note', () => {
    expect(unusualDeadlineDay(noon('2027-12-24'), timeZone, danish)).toBeUndefined();
    expect(danish.has('2026-06-05')).toBe(false);
  });
});
