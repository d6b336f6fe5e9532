import { fail, succeed, type Result } from '../errors.ts';

/**
 * A council meeting (rådsmøde, formandskabsmøde, …). Times are council-local
 * ('YYYY-MM-DDTHH:mm' in the council's zone), as the minutes write them.
 */
export const meetingStatuses = [
  'planned',
  'agenda_published',
  'held',
  'minutes_sent',
  'minutes_approved',
  'cancelled',
] as const;
export type MeetingStatus = (typeof meetingStatuses)[number];

export interface Meeting {
  readonly id: string;
  readonly councilId: string;
  /** "Rådsmøde", "Formandskabsmøde", … */
  readonly title: string;
  /** Council-local 'YYYY-MM-DDTHH:mm'. */
  readonly start: string;
  readonly end: string;
  readonly place?: string;
  readonly onlineLink?: string;
  /** Council-local 'YYYY-MM-DDTHH:mm': afbud after this reaches the secretariat too late. */
  readonly afbudDeadline?: string;
  /** When it ended, council-local 'HH:mm' ("Mødet sluttede kl. 16.15"), once the minutes say so. */
  readonly endedAt?: string;
  readonly status: MeetingStatus;
  /** When it was cancelled (ISO instant) and by whom (a member id); only on a cancelled meeting. */
  readonly cancelledAt?: string;
  readonly cancelledBy?: string;
  /** How often it has moved (0 when absent): the invitation's SEQUENCE, and what makes a reminder stale. */
  readonly sequence?: number;
}

/**
 * planned → agenda published → held → minutes sent → minutes approved;
 * cancelled before it is held. A meeting whose agenda never went out through
 * Rådsbot (its minutes were imported, say) goes from planned to held.
 */
const nextStatuses: Readonly<Record<MeetingStatus, readonly MeetingStatus[]>> = {
  planned: ['agenda_published', 'held', 'cancelled'],
  agenda_published: ['held', 'cancelled'],
  held: ['minutes_sent'],
  minutes_sent: ['minutes_approved'],
  minutes_approved: [],
  cancelled: [],
};

export const canMoveTo = (from: MeetingStatus, to: MeetingStatus): boolean =>
  nextStatuses[from].includes(to);

/** The meeting in its next status, or `meeting_status_invalid` (minutes of a cancelled meeting …). */
export function moveTo(meeting: Meeting, status: MeetingStatus): Result<Meeting> {
  if (!canMoveTo(meeting.status, status))
    return fail('meeting_status_invalid', undefined, { from: meeting.status, to: status });
  return succeed({ ...meeting, status });
}

/** The meeting cancelled by `by` at `at`; only before it is held. */
export function cancel(meeting: Meeting, by: string, at: Date): Result<Meeting> {
  const moved = moveTo(meeting, 'cancelled');
  if (!moved.ok) return moved;
  return succeed({ ...moved.value, cancelledAt: at.toISOString(), cancelledBy: by });
}

const localDateTime = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;

/** Whether a text is a council-local 'YYYY-MM-DDTHH:mm' that names a real moment of the calendar. */
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

/** Whether the meeting has begun at `now` (council-local 'YYYY-MM-DDTHH:mm'). */
export const hasBegun = (meeting: Pick<Meeting, 'start'>, now: string): boolean =>
  now >= meeting.start;
