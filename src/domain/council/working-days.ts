import { instantOfLocal, localDateOf } from './council-time.ts';

/** Public holidays by council-local date (YYYY-MM-DD) → the holiday's name. */
export type HolidayNames = ReadonlyMap<string, string>;

/** A new hearing's notice, until the secretary changes it: a week, ending at noon. */
export const DEFAULT_NOTICE_DAYS = 7;
export const DEFAULT_DEADLINE_TIME = '12:00';

/** Day of the week of a calendar date (0 Sunday … 6 Saturday); no zone involved. */
const weekdayOf = (localDate: string): number => new Date(`${localDate}T00:00:00Z`).getUTCDay();

/** The calendar date `days` after a date: plain calendar arithmetic, so DST cannot shift it. */
export function addLocalDays(localDate: string, days: number): string {
  const date = new Date(`${localDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

export const isWeekend = (localDate: string): boolean => [0, 6].includes(weekdayOf(localDate));

/** Neither a Saturday, a Sunday nor a public holiday. */
export const isWorkingDay = (localDate: string, holidays: HolidayNames): boolean =>
  !isWeekend(localDate) && !holidays.has(localDate);

/** The years whose holidays a date `days` ahead of now may need (New Year's week crosses one). */
export function yearsAround(now: Date, timeZone: string): number[] {
  const year = Number(localDateOf(now, timeZone).slice(0, 4));
  return [year, year + 1];
}

/**
 * The deadline a "Ny høring" form offers: a week ahead at 12:00 council time,
 * moved on to the next working day when that is a weekend or a public holiday
 * (the secretariat keeps the full week of notice, never less).
 */
export function defaultDeadline(
  now: Date,
  timeZone: string,
  holidays: HolidayNames,
): { date: string; time: string } {
  let date = addLocalDays(localDateOf(now, timeZone), DEFAULT_NOTICE_DAYS);
  while (!isWorkingDay(date, holidays)) date = addLocalDays(date, 1);
  return { date, time: DEFAULT_DEADLINE_TIME };
}

/** The instant of defaultDeadline, e.g. for a test or a scheduler. */
export function defaultDeadlineInstant(now: Date, timeZone: string, holidays: HolidayNames): Date {
  const { date, time } = defaultDeadline(now, timeZone, holidays);
  // 12:00 exists on every day, DST changes happen at night.
  return instantOfLocal(date, time, timeZone)!;
}

/** Why a chosen deadline is an unusual day, for a gentle note (never a refusal). */
export type DeadlineDay =
  | { readonly kind: 'holiday'; readonly name: string }
  | { readonly kind: 'saturday' }
  | { readonly kind: 'sunday' };

/** A holiday wins over the weekend: "Påskedag" says more than "a Sunday". */
export function unusualDeadlineDay(
  deadline: Date,
  timeZone: string,
  holidays: HolidayNames,
): DeadlineDay | undefined {
  const date = localDateOf(deadline, timeZone);
  const holiday = holidays.get(date);
  if (holiday !== undefined) return { kind: 'holiday', name: holiday };
  const weekday = weekdayOf(date);
  if (weekday === 6) return { kind: 'saturday' };
  if (weekday === 0) return { kind: 'sunday' };
  return undefined;
}
