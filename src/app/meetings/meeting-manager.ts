import { mayManageHearings } from '../../domain/council/roster.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import type { Member } from '../../domain/council/roster.ts';
import type { AppDeps } from '../deps.ts';
import { loadCouncil, loadMember } from '../council/load-council.ts';
import type { Council } from '../../domain/council/council.ts';

/**
 * The council and the actor, who must be of the secretariat or the chair
 * group: the same people who open hearings put meetings on the calendar.
 */
export async function loadManager(
  deps: Pick<AppDeps, 'councils' | 'rosters'>,
  councilId: string,
  actorId: string,
): Promise<Result<{ council: Council; actor: Member }>> {
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const actor = await loadMember(deps.rosters, councilId, actorId);
  if (!actor.ok) return actor;
  if (!mayManageHearings(actor.value)) return fail('not_allowed_to_manage_meetings');
  return succeed({ council: council.value, actor: actor.value });
}
