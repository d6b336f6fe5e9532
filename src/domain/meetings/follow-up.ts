import { compareAgendaNumbers, formatAgendaNumber } from './agenda-number.ts';
import type { MeetingRecord } from './meeting-record.ts';

/**
 * The follow-up sheet (opfølgningsark): the decisions to act on. One point
 * per B item with a Beslutning; the secretariat gives it an owner, a due
 * date and a status. The points are built from the meetings again on every
 * read, so the sheet follows a changed decision, and the edits are stored
 * apart, by point, so re-building keeps them.
 */
export const followUpStatuses = ['open', 'in_progress', 'done'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

/** What the secretariat has set on a point; all of it optional. */
export interface FollowUpEdit {
  /** A free name ("Sekretariatet") or a member id. */
  readonly owner?: string;
  /** Council-local 'YYYY-MM-DD'. */
  readonly due?: string;
  readonly status?: FollowUpStatus;
  readonly updatedBy?: string;
  /** ISO instant. */
  readonly updatedAt?: string;
}

export interface FollowUpPoint {
  /** "m0001/2.1": the meeting and the item it came from. */
  readonly id: string;
  readonly meetingId: string;
  readonly meetingTitle: string;
  /** Council-local 'YYYY-MM-DDTHH:mm' of the meeting's start. */
  readonly meetingStart: string;
  readonly item: string;
  readonly itemTitle: string;
  /** The Beslutning to act on. */
  readonly decision: string;
  readonly owner?: string;
  readonly due?: string;
  readonly status: FollowUpStatus;
}

export const followUpPointId = (meetingId: string, item: string): string => `${meetingId}/${item}`;

/** "m0001/2.1" → its meeting and item; undefined for anything else. */
export function parseFollowUpPointId(id: string): { meetingId: string; item: string } | undefined {
  const match = /^([A-Za-z0-9_-]{1,64})\/(\d{1,2}(?:\.\d{1,2})*)$/.exec(id.trim());
  return match === null ? undefined : { meetingId: match[1]!, item: match[2]! };
}

/**
 * The meeting's points: its B items with a Beslutning (recorded, or from an
 * imported referat), in agenda order, each with the edits stored for it. A
 * cancelled meeting decided nothing.
 */
export function followUpPoints(
  record: MeetingRecord,
  edits: ReadonlyMap<string, FollowUpEdit>,
): FollowUpPoint[] {
  if (record.meeting.status === 'cancelled') return [];
  const { meeting } = record;
  return [...record.items]
    .filter((item) => item.kinds.includes('B') && (item.fields.beslutning ?? '').trim() !== '')
    .sort((a, b) => compareAgendaNumbers(a.number, b.number))
    .map((item) => {
      const number = formatAgendaNumber(item.number);
      const edit = edits.get(number) ?? {};
      return {
        id: followUpPointId(meeting.id, number),
        meetingId: meeting.id,
        meetingTitle: meeting.title,
        meetingStart: meeting.start,
        item: number,
        itemTitle: item.title,
        decision: item.fields.beslutning!.trim(),
        ...(edit.owner === undefined ? {} : { owner: edit.owner }),
        ...(edit.due === undefined ? {} : { due: edit.due }),
        status: edit.status ?? 'open',
      };
    });
}

/** Not done yet. */
export const isOutstanding = (point: FollowUpPoint): boolean => point.status !== 'done';

/**
 * What the start of a meeting's agenda shows, as item 1.2.1 of the samples
 * does: the points still outstanding from the meetings before it, oldest first.
 */
export function outstandingBefore(
  points: readonly FollowUpPoint[],
  meeting: { readonly id: string; readonly start: string },
): FollowUpPoint[] {
  return points.filter(
    (point) =>
      isOutstanding(point) && point.meetingId !== meeting.id && point.meetingStart < meeting.start,
  );
}

const localDate = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a text is a council-local 'YYYY-MM-DD' that names a real day. */
export function isLocalDate(text: string): boolean {
  if (!localDate.test(text)) return false;
  const [year, month, day] = text.split('-').map(Number) as [number, number, number];
  const calendar = new Date(Date.UTC(year, month - 1, day));
  return calendar.getUTCMonth() === month - 1 && calendar.getUTCDate() === day;
}
