import { TZDate } from '@date-fns/tz';

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
