import { z } from 'zod';
import { succeed, type Result } from '../../domain/errors.ts';
import { hasBegun } from '../../domain/meetings/meeting.ts';
import {
  localDateTimeOf,
  upcomingFirst,
  type MeetingRecord,
} from '../../domain/meetings/meeting-record.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { loadManager } from './meeting-manager.ts';

export const listPublishableMeetingsInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
});
export type ListPublishableMeetingsInput = z.input<typeof listPublishableMeetingsInput>;

/**
 * The meetings whose agenda the secretariat can send out from chat, soonest
 * first: not begun, not cancelled, with at least one item (an empty agenda
 * has nothing to post), planned or published already (published again after
 * an edit updates what the channel shows). Only for those who may publish.
 */
export async function listPublishableMeetings(
  deps: Pick<AppDeps, 'councils' | 'rosters' | 'meetings' | 'clock'>,
  raw: ListPublishableMeetingsInput,
): Promise<Result<MeetingRecord[]>> {
  const input = validate(listPublishableMeetingsInput, raw);
  if (!input.ok) return input;
  const manager = await loadManager(deps, input.value.councilId, input.value.actorId);
  if (!manager.ok) return manager;
  const { council } = manager.value;
  const now = localDateTimeOf(deps.clock.now(), council.timeZone);
  const records = await deps.meetings.meetings(council.id);
  return succeed(
    upcomingFirst(records, now).filter(
      ({ meeting, items }) =>
        (meeting.status === 'planned' || meeting.status === 'agenda_published') &&
        !hasBegun(meeting, now) &&
        items.length > 0,
    ),
  );
}
