import { z } from 'zod';
import type { Ballot } from '../../domain/hearings/ballot.ts';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { claimSeat } from '../../domain/council/seat.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, hearingIdField, memberIdField } from '../input-fields.ts';
import { loadCouncil } from '../council/load-council.ts';
import { loadHearing } from './load-hearing.ts';
import { loadSeatContext } from './seat-context.ts';
import { validate } from '../validate.ts';

export const withdrawBallotInput = z.object({
  councilId: councilIdField,
  hearingId: hearingIdField,
  actorId: memberIdField,
});
export type WithdrawBallotInput = z.input<typeof withdrawBallotInput>;

/** Takes a seat's ballot back before the deadline; the audit trail keeps both. */
export async function withdrawBallot(
  deps: Pick<AppDeps, 'clock' | 'councils' | 'rosters' | 'absences' | 'hearings' | 'notifier'>,
  raw: WithdrawBallotInput,
): Promise<Result<Ballot>> {
  const input = validate(withdrawBallotInput, raw);
  if (!input.ok) return input;
  const { councilId, hearingId, actorId } = input.value;
  const now = deps.clock.now();
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const hearing = await loadHearing(deps.hearings, councilId, hearingId);
  if (!hearing.ok) return hearing;
  if (hearing.value.state !== 'open') return fail('hearing_not_open');
  const seat = claimSeat(actorId, await loadSeatContext(deps, council.value, hearing.value, now));
  if (!seat.ok) return seat;
  const withdrawn = await deps.hearings.withdrawBallot(
    councilId,
    hearingId,
    seat.value.seatId,
    actorId,
    now,
  );
  if (!withdrawn.ok) return fail(withdrawn.code);
  await deps.notifier.notify({ kind: 'hearing_changed', councilId, hearingId });
  return succeed(withdrawn.withdrawn);
}
