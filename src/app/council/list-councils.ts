import type { Council } from '../../domain/council/council.ts';
import { succeed, type Result } from '../../domain/errors.ts';
import type { Hearing } from '../../domain/hearings/index.ts';
import type { Member } from '../../domain/council/roster.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField } from '../input-fields.ts';
import { loadCouncil } from './load-council.ts';
import { validate } from '../validate.ts';

export async function listCouncils(deps: Pick<AppDeps, 'councils'>): Promise<Result<Council[]>> {
  return succeed(await deps.councils.councils());
}

/** A council with its roster and its open hearings, for overviews. */
export async function describeCouncil(
  deps: Pick<AppDeps, 'councils' | 'rosters' | 'hearings'>,
  raw: { councilId: string },
): Promise<Result<{ council: Council; members: Member[]; openHearings: Hearing[] }>> {
  const councilId = validate(councilIdField, raw.councilId);
  if (!councilId.ok) return { ...councilId, field: 'councilId' };
  const council = await loadCouncil(deps.councils, councilId.value);
  if (!council.ok) return council;
  const [members, openHearings] = await Promise.all([
    deps.rosters.roster(council.value.id),
    deps.hearings.openHearings(council.value.id),
  ]);
  return succeed({ council: council.value, members, openHearings });
}
