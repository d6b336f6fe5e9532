import { z } from 'zod';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { isLocalDateTime, type Meeting } from '../../domain/meetings/meeting.ts';
import type { AgendaItem } from '../../domain/meetings/agenda-item.ts';
import { formatAgendaNumber } from '../../domain/meetings/agenda-number.ts';
import type { MeetingRecord } from '../../domain/meetings/meeting-record.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import type { ImportedMeeting, ImportedMinutes } from './agenda-import/imported-minutes.ts';
import { refusedRewrite } from './refused-rewrite.ts';
import { loadMeeting } from './load-meeting.ts';
import { meetingIdField } from './meeting-fields.ts';
import { loadManager } from './meeting-manager.ts';
import { agendaFormats, previewAgendaImport } from './preview-agenda-import.ts';

export const importAgendaIntoMeetingInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
  /** The meeting to fill; without it, the import creates one from the file's header. */
  meetingId: meetingIdField.optional(),
  format: z.enum(agendaFormats),
  text: z.string(),
});
export type ImportAgendaIntoMeetingInput = z.input<typeof importAgendaIntoMeetingInput>;

export interface ImportedIntoMeeting {
  readonly record: MeetingRecord;
  /** What the file gave, as the dry run previews it. */
  readonly minutes: ImportedMinutes;
  readonly created: boolean;
}

/** The header fields the file may give a meeting that has none of its own. */
function withMissingHeader(meeting: Meeting, imported: ImportedMeeting): Meeting {
  return {
    ...meeting,
    ...(meeting.place === undefined && imported.place !== undefined
      ? { place: imported.place }
      : {}),
    ...(meeting.onlineLink === undefined && imported.onlineLink !== undefined
      ? { onlineLink: imported.onlineLink }
      : {}),
    ...(meeting.afbudDeadline === undefined && imported.afbudDeadline !== undefined
      ? { afbudDeadline: imported.afbudDeadline }
      : {}),
    // When the meeting ended is a fact of the minutes, not a plan: the file's time counts.
    ...(imported.endedAt === undefined ? {} : { endedAt: imported.endedAt.slice(-5) }),
  };
}

/** A new meeting from the file's header, which must say what and when. */
function meetingFromHeader(
  id: string,
  councilId: string,
  imported: ImportedMeeting,
): Result<Meeting> {
  const { title, start, end } = imported;
  // The file is at fault, not a flag: the field is its text, the part says what it lacks.
  if (title === undefined) return fail('meeting_time_missing', 'text', { part: 'title' });
  if (start === undefined || !isLocalDateTime(start))
    return fail('meeting_time_missing', 'text', { part: 'start' });
  if (end === undefined || !isLocalDateTime(end) || end <= start)
    return fail('meeting_time_missing', 'text', { part: 'end' });
  return succeed(
    withMissingHeader({ id, councilId, title, start, end, status: 'planned' }, imported),
  );
}

/**
 * Stores an imported agenda or minutes: fills the meeting given by id with
 * the items (and the attendance and the time it ended, when the file has
 * them), taking header fields only where the meeting has none; or creates the meeting from the file's
 * header. A cancelled meeting is never filled. Nothing is stored on a failure.
 */
export async function importAgendaIntoMeeting(
  deps: Pick<AppDeps, 'councils' | 'rosters' | 'meetings' | 'decisions' | 'ids'>,
  raw: ImportAgendaIntoMeetingInput,
): Promise<Result<ImportedIntoMeeting>> {
  const input = validate(importAgendaIntoMeetingInput, raw);
  if (!input.ok) return input;
  const { councilId, actorId, meetingId, format, text } = input.value;
  const manager = await loadManager(deps, councilId, actorId);
  if (!manager.ok) return manager;
  const previewed = previewAgendaImport({ format, text });
  if (!previewed.ok) return previewed;
  const minutes = previewed.value;

  if (meetingId === undefined) {
    const meeting = meetingFromHeader(deps.ids.newId('m'), councilId, minutes.meeting);
    if (!meeting.ok) return meeting;
    const record: MeetingRecord = {
      meeting: meeting.value,
      items: minutes.items,
      attendance: minutes.attendance,
    };
    await deps.meetings.saveMeeting(record);
    return succeed({ record, minutes, created: true });
  }

  const existing = await loadMeeting(deps.meetings, councilId, meetingId);
  if (!existing.ok) return existing;
  if (existing.value.meeting.status === 'cancelled') return fail('meeting_cancelled', 'meetingId');
  const replacing = await checkReplacement(deps, existing.value, minutes.items);
  if (!replacing.ok) return replacing;
  const record: MeetingRecord = {
    meeting: withMissingHeader(existing.value.meeting, minutes.meeting),
    items: minutes.items,
    attendance: minutes.attendance.length > 0 ? minutes.attendance : existing.value.attendance,
  };
  // The store refuses a meeting cancelled, or whose status changed, since it was read.
  if (!(await deps.meetings.saveMeeting(record, existing.value.meeting.status)))
    return refusedRewrite(deps.meetings, councilId, meetingId);
  return succeed({ record, minutes, created: false });
}

/**
 * Whether the file may replace the meeting's agenda: not once its minutes are
 * out for approval or approved; not with a file that gave no items at all
 * (a wrong file would wipe the agenda); and not when an item with a recorded
 * decision would disappear (decisions belong to item numbers).
 */
async function checkReplacement(
  deps: Pick<AppDeps, 'decisions'>,
  existing: MeetingRecord,
  items: readonly AgendaItem[],
): Promise<Result<void>> {
  const { meeting } = existing;
  if (meeting.status === 'minutes_sent' || meeting.status === 'minutes_approved')
    return fail('meeting_minutes_locked', 'meetingId', { status: meeting.status });
  if (items.length === 0 && existing.items.length > 0)
    return fail('agenda_import_without_items', undefined, { count: existing.items.length });
  const kept = new Set(items.map((item) => formatAgendaNumber(item.number)));
  const decided = await deps.decisions.decisions(meeting.councilId, meeting.id);
  const dropped = decided.map((decision) => decision.item).filter((item) => !kept.has(item));
  if (dropped.length > 0)
    return fail('agenda_import_drops_decisions', undefined, { items: dropped.join(', ') });
  return succeed(undefined);
}
