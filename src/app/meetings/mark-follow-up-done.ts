import { z } from 'zod';
import { mayManageHearings, type Member } from '../../domain/council/roster.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { parseFollowUpPointId, type FollowUpPoint } from '../../domain/meetings/follow-up.ts';
import type { AppDeps } from '../deps.ts';
import { loadCouncil, loadMember } from '../council/load-council.ts';
import { councilIdField, memberIdField } from '../input-fields.ts';
import { validate } from '../validate.ts';
import { pointsOfMeetings } from './follow-up-points.ts';
import { loadMeeting } from './load-meeting.ts';

/**
 * Whether the point is this member's: its owner is their member id or their
 * name (the secretariat writes either).
 */
export function ownsPoint(point: Pick<FollowUpPoint, 'owner'>, member: Member): boolean {
  const owner = point.owner?.trim().toLocaleLowerCase('da');
  if (owner === undefined || owner === '') return false;
  return (
    owner === member.id.toLocaleLowerCase('da') ||
    owner === member.name.trim().toLocaleLowerCase('da')
  );
}

/** The secretariat and chair group may mark any point; anyone else only their own. */
export const mayMarkDone = (point: Pick<FollowUpPoint, 'owner'>, member: Member): boolean =>
  mayManageHearings(member) || ownsPoint(point, member);

export const markFollowUpDoneInput = z.object({
  councilId: councilIdField,
  actorId: memberIdField,
  /** "m0001/2.1": the meeting and the item. */
  pointId: z.string().trim().min(1).max(80),
});
export type MarkFollowUpDoneInput = z.input<typeof markFollowUpDoneInput>;

/**
 * "Markér som udført" from chat: the point's owner marks it done, or the
 * secretariat does for anyone. Anyone else is refused and nothing changes.
 */
export async function markFollowUpDone(
  deps: Pick<AppDeps, 'councils' | 'rosters' | 'meetings' | 'decisions' | 'followUp' | 'clock'>,
  raw: MarkFollowUpDoneInput,
): Promise<Result<FollowUpPoint>> {
  const input = validate(markFollowUpDoneInput, raw);
  if (!input.ok) return input;
  const { councilId, actorId, pointId } = input.value;
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const actor = await loadMember(deps.rosters, councilId, actorId);
  if (!actor.ok) return actor;
  const parsed = parseFollowUpPointId(pointId);
  const notFound = () => fail('follow_up_point_not_found', 'pointId', { point: pointId });
  if (parsed === undefined) return notFound();
  const record = await loadMeeting(deps.meetings, councilId, parsed.meetingId);
  if (!record.ok) return notFound();
  const found = (await pointsOfMeetings(deps, councilId, [record.value])).find(
    (point) => point.item === parsed.item,
  );
  if (found === undefined) return notFound();
  if (!mayMarkDone(found, actor.value)) return fail('follow_up_not_owner');
  await deps.followUp.editFollowUp(councilId, parsed.meetingId, parsed.item, {
    status: 'done',
    updatedBy: actorId,
    updatedAt: deps.clock.now().toISOString(),
  });
  return succeed({ ...found, status: 'done' });
}
