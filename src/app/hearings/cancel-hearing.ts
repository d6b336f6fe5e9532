import { z } from 'zod';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { mayManageHearings } from '../../domain/council/roster.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, hearingIdField, memberIdField } from '../input-fields.ts';
import { loadMember } from '../council/load-council.ts';
import { loadHearing } from './load-hearing.ts';
import { validate } from '../validate.ts';

export const cancelHearingInput = z.object({
  councilId: councilIdField,
  hearingId: hearingIdField,
  actorId: memberIdField,
});
export type CancelHearingInput = z.input<typeof cancelHearingInput>;

/** Withdraws a hearing without a result (e.g. sent by mistake). */
export async function cancelHearing(
  deps: Pick<AppDeps, 'clock' | 'rosters' | 'hearings' | 'notifier' | 'scheduler'>,
  raw: CancelHearingInput,
): Promise<Result<void>> {
  const input = validate(cancelHearingInput, raw);
  if (!input.ok) return input;
  const { councilId, hearingId, actorId } = input.value;
  const [actor, hearing] = await Promise.all([
    loadMember(deps.rosters, councilId, actorId),
    loadHearing(deps.hearings, councilId, hearingId),
  ]);
  if (!actor.ok) return actor;
  if (!hearing.ok) return hearing;
  if (!mayManageHearings(actor.value)) return fail('not_allowed_to_manage');
  if (!(await deps.hearings.markCancelled(councilId, hearingId, deps.clock.now(), actorId))) {
    return fail('hearing_not_open');
  }
  await deps.scheduler.cancelSchedule(hearing.value);
  await deps.notifier.notify({ kind: 'hearing_cancelled', councilId, hearingId });
  return succeed(undefined);
}
