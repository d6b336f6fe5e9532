import { TZDate } from '@date-fns/tz';

/**
 * Council-local calendar arithmetic. date-fns and @date-fns/tz are the one
 * exception to "the domain imports nothing": they are pure functions with no
 * I/O, and hand-written zone offsets are how reminders end up at 03:00.
 */
export const inZone = (instant: Date, timeZone: string): TZDate => new TZDate(instant, timeZone);

// Every ballot asks for today's date in the council's zone; a formatter per
// zone, made once, answers in about a microsecond instead of twenty-five.
const dateFormatters = new Map<string, Intl.DateTimeFormat>();

/** YYYY-MM-DD of an instant in the council's zone. */
export function localDateOf(instant: Date, timeZone: string): string {
  let formatter = dateFormatters.get(timeZone);
  if (formatter === undefined) {
    // en-CA writes dates as YYYY-MM-DD.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dateFormatters.set(timeZone, formatter);
  }
  return formatter.format(instant);
}

/** The instant of a council-local wall-clock time, e.g. 2026-11-28 12:00 in Copenhagen. */
export function instantOfLocal(date: string, time: string, timeZone: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const clock = /^(\d{1,2})[:.](\d{2})$/.exec(time);
  if (!match || !clock) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const [hours, minutes] = [Number(clock[1]), Number(clock[2])];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hours > 23 || minutes > 59)
    return undefined;
  const local = new TZDate(year, month - 1, day, hours, minutes, 0, timeZone);
  // Reject dates that rolled over (31 February) or wall times that DST skips.
  if (local.getDate() !== day || local.getHours() !== hours || local.getMinutes() !== minutes) {
    return undefined;
  }
  return new Date(local.getTime());
}
