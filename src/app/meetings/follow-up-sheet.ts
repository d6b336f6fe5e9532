import { z } from 'zod';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import {
  followUpStatuses,
  isLocalDate,
  isOutstanding,
  parseFollowUpPointId,
  type FollowUpPoint,
} from '../../domain/meetings/follow-up.ts';
import type { AppDeps } from '../deps.ts';
import { loadCouncil } from '../council/load-council.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { pointsOfMeetings } from './follow-up-points.ts';
import { loadMeeting } from './load-meeting.ts';
import { meetingIdField } from './meeting-fields.ts';
import { loadManager } from './meeting-manager.ts';
import type { FollowUpChange } from './ports.ts';

export const listFollowUpInput = z.object({
  councilId: councilIdField,
  /** One meeting's points; without it, every meeting's. */
  meetingId: meetingIdField.optional(),
  /** Done points too. */
  all: z.boolean().default(false),
});
export type ListFollowUpInput = z.input<typeof listFollowUpInput>;

/** The follow-up sheet: the points still to act on (or all of them), oldest meeting first. */
export async function listFollowUp(
  deps: Pick<AppDeps, 'councils' | 'meetings' | 'decisions' | 'followUp'>,
  raw: ListFollowUpInput,
): Promise<Result<FollowUpPoint[]>> {
  const input = validate(listFollowUpInput, raw);
  if (!input.ok) return input;
  const { councilId, meetingId, all } = input.value;
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  let records;
  if (meetingId === undefined) records = await deps.meetings.meetings(councilId);
  else {
    const record = await loadMeeting(deps.meetings, councilId, meetingId);
    if (!record.ok) return record;
    records = [record.value];
  }
  const points = await pointsOfMeetings(deps, councilId, records);
  return succeed(all ? points : points.filter(isOutstanding));
}

/** A free name or a member id; empty clears it. */
const ownerField = z.string().trim().max(100);
/** Council-local YYYY-MM-DD; empty clears it. */
const dueField = z
  .string()
  .trim()
  .refine((text) => text === '' || isLocalDate(text), { error: 'invalid_date' });

export const setFollowUpInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
  /** "m0001/2.1": the meeting and the item. */
  pointId: z.string().trim().min(1).max(80),
  owner: ownerField.optional(),
  due: dueField.optional(),
  status: z.enum(followUpStatuses).optional(),
});
export type SetFollowUpInput = z.input<typeof setFollowUpInput>;

/** The secretariat sets a point's owner, due date or status; what it does not give stays. */
export async function setFollowUp(
  deps: Pick<AppDeps, 'councils' | 'rosters' | 'meetings' | 'decisions' | 'followUp' | 'clock'>,
  raw: SetFollowUpInput,
): Promise<Result<FollowUpPoint>> {
  const input = validate(setFollowUpInput, raw);
  if (!input.ok) return input;
  const { councilId, actorId, pointId, owner, due, status } = input.value;
  if (owner === undefined && due === undefined && status === undefined)
    return fail('follow_up_nothing_to_set');
  const manager = await loadManager(deps, councilId, actorId);
  if (!manager.ok) return manager;
  const parsed = parseFollowUpPointId(pointId);
  if (parsed === undefined) return fail('follow_up_point_not_found', 'pointId', { point: pointId });
  const record = await loadMeeting(deps.meetings, councilId, parsed.meetingId);
  if (!record.ok) return fail('follow_up_point_not_found', 'pointId', { point: pointId });
  const found = (await pointsOfMeetings(deps, councilId, [record.value])).find(
    (point) => point.item === parsed.item,
  );
  if (found === undefined) return fail('follow_up_point_not_found', 'pointId', { point: pointId });
  const change: FollowUpChange = {
    ...(owner === undefined ? {} : { owner: owner === '' ? null : owner }),
    ...(due === undefined ? {} : { due: due === '' ? null : due }),
    ...(status === undefined ? {} : { status }),
    updatedBy: actorId,
    updatedAt: deps.clock.now().toISOString(),
  };
  await deps.followUp.editFollowUp(councilId, parsed.meetingId, parsed.item, change);
  const { owner: _owner, due: _due, ...rest } = found;
  const ownerAfter = owner === undefined ? found.owner : owner === '' ? undefined : owner;
  const dueAfter = due === undefined ? found.due : due === '' ? undefined : due;
  return succeed({
    ...rest,
    ...(ownerAfter === undefined ? {} : { owner: ownerAfter }),
    ...(dueAfter === undefined ? {} : { due: dueAfter }),
    status: status ?? found.status,
  });
}
