import { addLocalDays, isWorkingDay, type HolidayNames } from '../council/working-days.ts';
import type { DiscussionTimes } from './discussion-setup.ts';

/** A council-local 'YYYY-MM-DDTHH:mm' plus whole hours, on the wall clock (no zone needed here). */
function plusHours(local: string, hours: number): string {
  const date = new Date(`${local}:00Z`);
  date.setUTCHours(date.getUTCHours() + hours);
  return date.toISOString().slice(0, 16);
}

/** The working day `count` working days before a date. */
function workingDaysBefore(localDate: string, count: number, holidays: HolidayNames): string {
  let date = localDate;
  for (let left = count; left > 0;) {
    date = addLocalDays(date, -1);
    if (isWorkingDay(date, holidays)) left -= 1;
  }
  return date;
}

/**
 * The times a discussion set up from a meeting's D item starts from, for the
 * secretary to adjust:
 * - the sign-up deadline two working days before the meeting at 12:00, so
 *   the groups can be formed and announced the day before; if that has
 *   passed, one working day before at 12:00; failing that, the meeting's
 *   start (sign-up runs until the groups meet);
 * - the window is the meeting's first hour, where the item is discussed
 *   (an agenda item carries no time of its own);
 * - summaries are due the next day at 12:00: the referent writes up the
 *   notes while they are fresh, and the opsamling reaches the council
 *   before the minutes are written.
 */
export function draftTimes(
  meetingStart: string,
  nowLocal: string,
  holidays: HolidayNames,
): DiscussionTimes {
  const windowStart = meetingStart;
  const windowEnd = plusHours(meetingStart, 1);
  const meetingDay = meetingStart.slice(0, 10);
  const candidates = [
    `${workingDaysBefore(meetingDay, 2, holidays)}T12:00`,
    `${workingDaysBefore(meetingDay, 1, holidays)}T12:00`,
  ];
  const signUpDeadline =
    candidates.find((time) => time > nowLocal && time <= windowStart) ?? windowStart;
  const summariesDue = `${addLocalDays(windowEnd.slice(0, 10), 1)}T12:00`;
  return { signUpDeadline, windowStart, windowEnd, summariesDue };
}
