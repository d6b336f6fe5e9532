import { z } from 'zod';
import { succeed, type Result } from '../../domain/errors.ts';
import {
  localDateTimeOf,
  upcomingFirst,
  type MeetingRecord,
} from '../../domain/meetings/meeting-record.ts';
import type { AppDeps } from '../deps.ts';
import { loadCouncil } from '../council/load-council.ts';
import { councilIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { loadMeeting } from './load-meeting.ts';
import { meetingIdField } from './meeting-fields.ts';
import { withBuiltAttendance } from './meeting-attendance.ts';

export const listMeetingsInput = z.object({ councilId: councilIdField });
export type ListMeetingsInput = z.input<typeof listMeetingsInput>;

/** The council's meetings, the upcoming ones first (soonest first), then the past ones. */
export async function listMeetings(
  deps: Pick<AppDeps, 'councils' | 'meetings' | 'clock'>,
  raw: ListMeetingsInput,
): Promise<Result<MeetingRecord[]>> {
  const input = validate(listMeetingsInput, raw);
  if (!input.ok) return input;
  const council = await loadCouncil(deps.councils, input.value.councilId);
  if (!council.ok) return council;
  const records = await deps.meetings.meetings(council.value.id);
  return succeed(upcomingFirst(records, localDateTimeOf(deps.clock.now(), council.value.timeZone)));
}

export const showMeetingInput = z.object({ councilId: councilIdField, meetingId: meetingIdField });
export type ShowMeetingInput = z.input<typeof showMeetingInput>;

/**
 * One meeting with its agenda items and attendance: imported minutes keep
 * theirs, a meeting run in Rådsbot that has begun gets the built one.
 */
export async function showMeeting(
  deps: Pick<AppDeps, 'meetings' | 'councils' | 'rosters' | 'absences' | 'meetingGuests' | 'clock'>,
  raw: ShowMeetingInput,
): Promise<Result<MeetingRecord>> {
  const input = validate(showMeetingInput, raw);
  if (!input.ok) return input;
  const record = await loadMeeting(deps.meetings, input.value.councilId, input.value.meetingId);
  if (!record.ok) return record;
  return succeed(await withBuiltAttendance(deps, record.value));
}
