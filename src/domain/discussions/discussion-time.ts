import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import { inZone } from '../council/council-time.ts';

/**
 * A discussion's times are council-local 'YYYY-MM-DDTHH:mm', as a meeting's
 * are; these turn them into instants and back. (The meetings' own helpers
 * sit inside their capability, so these few lines are repeated here.)
 */
const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Whether a text is a 'YYYY-MM-DDTHH:mm' that names a real day and time. */
export function isLocalDateTime(text: string): boolean {
  if (!localDateTime.test(text)) return false;
  const [date, time] = text.split('T') as [string, string];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  return (
    calendar.getUTCMonth() === month - 1 &&
    calendar.getUTCDate() === day &&
    hour < 24 &&
    minute < 60
  );
}

/** The instant of a council-local time (a wall time DST skips is read an hour later). */
export function instantOfLocalTime(local: string, timeZone: string): Date {
  const [date = '', time = ''] = local.split('T');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hours, minutes, 0, timeZone).getTime());
}

/** Council-local 'YYYY-MM-DDTHH:mm' of an instant. */
export const localTimeOf = (instant: Date, timeZone: string): string =>
  format(inZone(instant, timeZone), "yyyy-MM-dd'T'HH:mm");
