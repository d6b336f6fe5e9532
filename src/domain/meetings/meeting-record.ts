import { format } from 'date-fns';
import { inZone } from '../council/council-time.ts';
import type { AgendaItem } from './agenda-item.ts';
import { formatAgendaNumber } from './agenda-number.ts';
import type { AttendanceGroup } from './attendance.ts';
import type { Meeting } from './meeting.ts';

/** A meeting as it is stored: the meeting itself, its agenda items in order and who took part. */
export interface MeetingRecord {
  readonly meeting: Meeting;
  readonly items: readonly AgendaItem[];
  readonly attendance: readonly AttendanceGroup[];
}

/**
 * Upcoming meetings first, soonest first; then those that have begun, most
 * recent first. `now` is council-local 'YYYY-MM-DDTHH:mm', like the starts.
 */
export function upcomingFirst(records: readonly MeetingRecord[], now: string): MeetingRecord[] {
  const byStart = (a: MeetingRecord, b: MeetingRecord) =>
    a.meeting.start.localeCompare(b.meeting.start) || a.meeting.id.localeCompare(b.meeting.id);
  const upcoming = records.filter((record) => record.meeting.start >= now).sort(byStart);
  const begun = records
    .filter((record) => record.meeting.start < now)
    .sort((a, b) => byStart(b, a));
  return [...upcoming, ...begun];
}

/** Council-local 'YYYY-MM-DDTHH:mm' of an instant, to compare with a meeting's start. */
export const localDateTimeOf = (instant: Date, timeZone: string): string =>
  format(inZone(instant, timeZone), "yyyy-MM-dd'T'HH:mm");

/** The agenda item numbered "2.1.1", if the meeting's agenda has one. */
export const itemNumbered = (record: MeetingRecord, number: string): AgendaItem | undefined =>
  record.items.find((item) => formatAgendaNumber(item.number) === number);
