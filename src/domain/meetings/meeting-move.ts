import { fail, succeed, type Result } from '../errors.ts';
import type { Meeting } from './meeting.ts';

/** Start before end; both council-local 'YYYY-MM-DDTHH:mm', so text order is time order. */
export function checkMeetingTimes(start: string, end: string): Result<void> {
  return end <= start ? fail('meeting_end_before_start', 'end') : succeed(undefined);
}

export interface NewMeetingTimes {
  readonly start: string;
  readonly end: string;
  readonly afbudDeadline?: string;
}

/**
 * The meeting at new times, one revision on: a calendar that holds the old
 * invitation replaces it, and reminders planned for the old times go stale.
 * Only before it is held; an afbud deadline must not fall after the start.
 */
export function moveMeetingTimes(meeting: Meeting, times: NewMeetingTimes): Result<Meeting> {
  if (meeting.status === 'cancelled') return fail('meeting_cancelled', 'meetingId');
  if (meeting.status !== 'planned' && meeting.status !== 'agenda_published')
    return fail('meeting_status_invalid', undefined, { from: meeting.status, to: 'moved' });
  const checked = checkMeetingTimes(times.start, times.end);
  if (!checked.ok) return checked;
  if (times.afbudDeadline !== undefined && times.afbudDeadline > times.start)
    return fail('meeting_afbud_deadline_after_start', 'afbudDeadline');
  return succeed({
    ...meeting,
    start: times.start,
    end: times.end,
    ...(times.afbudDeadline === undefined ? {} : { afbudDeadline: times.afbudDeadline }),
    sequence: (meeting.sequence ?? 0) + 1,
  });
}

// Council-local 'YYYY-MM-DDTHH:mm' read as if it were UTC: wall-clock arithmetic, no zone involved.
const wallClock = (local: string): number => Date.parse(`${local}:00Z`);
const localOfWallClock = (ms: number): string => new Date(ms).toISOString().slice(0, 16);

/**
 * The times a move asks for, filled in the way a secretary expects: a new
 * start alone keeps the meeting's length; an end given as a time of day
 * ('HH:mm') is on the (new) start's day; an afbud deadline not given keeps
 * its lead before the start. Lengths and leads are wall-clock, so a 13:00–16:00
 * meeting moved across a daylight-saving change is still 13:00–16:00.
 */
export function movedTimes(
  meeting: Meeting,
  asked: { readonly start?: string; readonly end?: string; readonly afbudDeadline?: string },
): NewMeetingTimes {
  const start = asked.start ?? meeting.start;
  const shift = wallClock(start) - wallClock(meeting.start);
  const end =
    asked.end === undefined
      ? localOfWallClock(wallClock(meeting.end) + shift)
      : asked.end.includes('T')
        ? asked.end
        : `${start.slice(0, 10)}T${asked.end.padStart(5, '0')}`;
  const afbudDeadline =
    asked.afbudDeadline ??
    (meeting.afbudDeadline === undefined
      ? undefined
      : localOfWallClock(wallClock(meeting.afbudDeadline) + shift));
  return { start, end, ...(afbudDeadline === undefined ? {} : { afbudDeadline }) };
}
