import { z } from 'zod';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { holdsSeat } from '../../domain/council/roster.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, hearingIdField, memberIdField } from '../input-fields.ts';
import { loadMember } from '../council/load-council.ts';
import { loadHearing } from './load-hearing.ts';
import { validate } from '../validate.ts';

export const declareRecusalInput = z.object({
  councilId: councilIdField,
  hearingId: hearingIdField,
  memberId: memberIdField,
});
export type DeclareRecusalInput = z.input<typeof declareRecusalInput>;

/**
 * Inhabilitet: the member's seat is left out of the hearing (not counted for
 * quorum or majority, not reminded) and the declaration is kept in the audit.
 */
export async function declareRecusal(
  deps: Pick<AppDeps, 'clock' | 'rosters' | 'hearings' | 'notifier'>,
  raw: DeclareRecusalInput,
): Promise<Result<void>> {
  const input = validate(declareRecusalInput, raw);
  if (!input.ok) return input;
  const { councilId, hearingId, memberId } = input.value;
  const [member, hearing] = await Promise.all([
    loadMember(deps.rosters, councilId, memberId),
    loadHearing(deps.hearings, councilId, hearingId),
  ]);
  if (!member.ok) return member;
  if (!hearing.ok) return hearing;
  if (!holdsSeat(member.value)) return fail('no_voting_right');
  if (hearing.value.state !== 'open' && hearing.value.state !== 'draft')
    return fail('hearing_not_open');
  const recorded = await deps.hearings.recordRecusal(
    councilId,
    hearingId,
    memberId,
    deps.clock.now(),
  );
  if (!recorded) return fail('already_recused');
  await deps.notifier.notify({ kind: 'hearing_changed', councilId, hearingId });
  return succeed(undefined);
}
