import { TZDate } from '@date-fns/tz';
import { localDateTimeOf } from './meeting-record.ts';

/**
 * The instant of a council-local 'YYYY-MM-DDTHH:mm'. A wall time that a
 * spring-forward skips (02:30) is read as the instant it would have been,
 * i.e. an hour later on the clock, rather than refused: the meeting exists.
 */
export function instantOfMeetingTime(local: string, timeZone: string): Date {
  const [date = '', time = ''] = local.split('T');
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(new TZDate(year, month - 1, day, hours, minutes, 0, timeZone).getTime());
}

/**
 * Whether the clock skips this council-local wall time (02:30 on the night
 * summer time begins): such a time names no moment, so a meeting is not put
 * at it.
 */
export function isSkippedWallTime(local: string, timeZone: string): boolean {
  return localDateTimeOf(instantOfMeetingTime(local, timeZone), timeZone) !== local;
}

/** The first of the meeting's times that the clock skips, with the field it came from. */
export function skippedMeetingTime(
  times: { readonly start: string; readonly end: string; readonly afbudDeadline?: string },
  timeZone: string,
): { field: 'start' | 'end' | 'afbudDeadline'; time: string } | undefined {
  for (const field of ['start', 'end', 'afbudDeadline'] as const) {
    const time = times[field];
    if (time !== undefined && isSkippedWallTime(time, timeZone)) return { field, time };
  }
  return undefined;
}
