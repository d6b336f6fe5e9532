import { z } from 'zod';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { checkMeetingTimes } from '../../domain/meetings/meeting-move.ts';
import { skippedMeetingTime } from '../../domain/meetings/meeting-time.ts';
import type { Meeting } from '../../domain/meetings/meeting.ts';
import type { MeetingRecord } from '../../domain/meetings/meeting-record.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import {
  localDateTimeField,
  meetingTitleField,
  onlineLinkField,
  placeField,
} from './meeting-fields.ts';
import { loadManager } from './meeting-manager.ts';

export const createMeetingInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
  title: meetingTitleField,
  /** Council-local 'YYYY-MM-DDTHH:mm'. */
  start: localDateTimeField,
  end: localDateTimeField,
  place: placeField.optional(),
  onlineLink: onlineLinkField.optional(),
  afbudDeadline: localDateTimeField.optional(),
});
export type CreateMeetingInput = z.input<typeof createMeetingInput>;

/** The secretariat or the chair group puts a meeting on the council's calendar. */
export async function createMeeting(
  deps: Pick<AppDeps, 'councils' | 'rosters' | 'meetings' | 'ids'>,
  raw: CreateMeetingInput,
): Promise<Result<MeetingRecord>> {
  const input = validate(createMeetingInput, raw);
  if (!input.ok) return input;
  const { councilId, actorId, title, start, end, place, onlineLink, afbudDeadline } = input.value;
  const times = checkMeetingTimes(start, end);
  if (!times.ok) return times;
  if (afbudDeadline !== undefined && afbudDeadline > start)
    return fail('meeting_afbud_deadline_after_start', 'afbudDeadline');
  const manager = await loadManager(deps, councilId, actorId);
  if (!manager.ok) return manager;
  const skipped = skippedMeetingTime(
    { start, end, ...(afbudDeadline === undefined ? {} : { afbudDeadline }) },
    manager.value.council.timeZone,
  );
  if (skipped !== undefined)
    return fail('meeting_time_skipped', skipped.field, { time: skipped.time });
  const meeting: Meeting = {
    id: deps.ids.newId('m'),
    councilId,
    title,
    start,
    end,
    ...(place === undefined ? {} : { place }),
    ...(onlineLink === undefined ? {} : { onlineLink }),
    ...(afbudDeadline === undefined ? {} : { afbudDeadline }),
    status: 'planned',
  };
  const record: MeetingRecord = { meeting, items: [], attendance: [] };
  await deps.meetings.saveMeeting(record);
  return succeed(record);
}
