import { z } from 'zod';
import { succeed, type Result } from '../../domain/errors.ts';
import { hasBegun, type Meeting } from '../../domain/meetings/meeting.ts';
import { localDateTimeOf } from '../../domain/meetings/meeting-record.ts';
import type { AppDeps } from '../deps.ts';
import { loadCouncil } from '../council/load-council.ts';
import { councilIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';

export const upcomingMeetingsInput = z.object({ councilId: councilIdField });
export type UpcomingMeetingsInput = z.input<typeof upcomingMeetingsInput>;

/** The meetings afbud can still be sent for: planned or published, not begun, soonest first. */
export async function upcomingMeetings(
  deps: Pick<AppDeps, 'councils' | 'meetings' | 'clock'>,
  raw: UpcomingMeetingsInput,
): Promise<Result<Meeting[]>> {
  const input = validate(upcomingMeetingsInput, raw);
  if (!input.ok) return input;
  const council = await loadCouncil(deps.councils, input.value.councilId);
  if (!council.ok) return council;
  const now = localDateTimeOf(deps.clock.now(), council.value.timeZone);
  const records = await deps.meetings.meetings(council.value.id);
  return succeed(
    records
      .map((record) => record.meeting)
      .filter(
        (meeting) =>
          (meeting.status === 'planned' || meeting.status === 'agenda_published') &&
          !hasBegun(meeting, now),
      )
      .sort((a, b) => a.start.localeCompare(b.start)),
  );
}
