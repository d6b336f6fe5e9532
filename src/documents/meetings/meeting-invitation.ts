import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Council } from '../../domain/council/council.ts';
import { formatAgendaNumber } from '../../domain/meetings/agenda-number.ts';
import type { MeetingRecord } from '../../domain/meetings/meeting-record.ts';
import { instantOfMeetingTime } from '../../domain/meetings/meeting-time.ts';

/** The calendar entry's id: the same for every version of the meeting, so a calendar replaces it. */
export const invitationUid = (councilId: string, meetingId: string): string =>
  `${meetingId}@${councilId}.raadsbot`;

/**
 * A meeting as an iCalendar invitation (.ics), one click into Outlook or any
 * calendar. Times are written as UTC instants (…Z): every calendar reads
 * them, and shows them in its user's own zone, across a daylight-saving
 * change too. (A TZID would need a VTIMEZONE block; ical-generator leaves that
 * to a generator package the project does not carry.)
 *
 * The UID stays, the SEQUENCE goes up with each move (the meeting's
 * `sequence`), so the calendar updates the entry it has. A cancelled meeting
 * is sent as METHOD:CANCEL with STATUS:CANCELLED, one revision on, which is
 * what removes it from the calendar.
 */
export function meetingInvitation(
  council: Council,
  record: MeetingRecord,
  /** When this version was made (DTSTAMP). */
  stamp: Date,
): string {
  const { meeting, items } = record;
  const cancelled = meeting.status === 'cancelled';
  const sequence = (meeting.sequence ?? 0) + (cancelled ? 1 : 0);
  const calendar = ical({
    prodId: { company: 'Raadsbot', product: 'Raadsbot', language: council.locale.toUpperCase() },
    method: cancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    name: council.name,
  });
  const description = [
    ...items.map((item) => `${formatAgendaNumber(item.number)} ${item.title}`),
    ...(meeting.onlineLink === undefined ? [] : ['', meeting.onlineLink]),
  ].join('\n');
  calendar.createEvent({
    id: invitationUid(council.id, meeting.id),
    sequence,
    stamp,
    start: instantOfMeetingTime(meeting.start, council.timeZone),
    end: instantOfMeetingTime(meeting.end, council.timeZone),
    summary: `${meeting.title} – ${council.name}`,
    ...(meeting.place === undefined ? {} : { location: meeting.place }),
    ...(meeting.onlineLink === undefined ? {} : { url: meeting.onlineLink }),
    ...(description === '' ? {} : { description }),
    status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}
