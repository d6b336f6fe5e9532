import { z } from 'zod';
import type { Council } from '../../domain/council/council.ts';
import { succeed, type Result } from '../../domain/errors.ts';
import { mayClose, type Hearing } from '../../domain/hearings/hearing.ts';
import {
  everySeatResponded,
  resultOf,
  tallyBallots,
} from '../../domain/hearings/hearing-result.ts';
import { eligibleSeatIds } from '../../domain/council/seat.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, hearingIdField, memberIdField } from '../input-fields.ts';
import { loadCouncil, loadMember } from '../council/load-council.ts';
import { loadHearing } from './load-hearing.ts';
import { validate } from '../validate.ts';

type CloseDeps = Pick<AppDeps, 'clock' | 'rosters' | 'hearings' | 'notifier' | 'scheduler'>;

/**
 * Closes a hearing and announces its result — idempotently. Closing first
 * freezes the ballots (the store refuses casts on a closed hearing); the
 * result is then derived from the frozen ballots, so any caller that finds
 * the hearing closed (two workers, a retry, a manual close) computes the same
 * result, and the announcement is deduplicated by the notifier.
 */
export async function settleHearing(
  deps: CloseDeps,
  hearing: Hearing,
  closedBy: string,
): Promise<Hearing> {
  const { councilId, id: hearingId } = hearing;
  await deps.hearings.markClosed(councilId, hearingId, deps.clock.now(), closedBy);
  const closed = await deps.hearings.hearing(councilId, hearingId);
  if (closed === undefined || closed.state !== 'closed') return closed ?? hearing;

  if (closed.result === undefined) {
    const [members, recused, ballots] = await Promise.all([
      deps.rosters.roster(councilId),
      deps.hearings.recusedMemberIds(councilId, hearingId),
      deps.hearings.ballots(councilId, hearingId),
    ]);
    const result = resultOf(closed.mode, closed.rules, ballots, eligibleSeatIds(members, recused));
    await deps.hearings.saveResult(councilId, hearingId, result);
  }
  await deps.scheduler.cancelSchedule(closed);
  await deps.notifier.notify({ kind: 'hearing_closed', councilId, hearingId });
  return (await deps.hearings.hearing(councilId, hearingId)) ?? closed;
}

export const closeHearingInput = z.object({
  councilId: councilIdField,
  hearingId: hearingIdField,
  actorId: memberIdField,
});
export type CloseHearingInput = z.input<typeof closeHearingInput>;

/**
 * The hearing someone asks to close, when they may close it now: the one
 * check behind both closing early and previewing what closing would lead to.
 */
export async function loadClosableHearing(
  deps: Pick<AppDeps, 'councils' | 'rosters' | 'hearings'>,
  raw: CloseHearingInput,
): Promise<Result<{ readonly hearing: Hearing; readonly actorId: string }>> {
  const input = validate(closeHearingInput, raw);
  if (!input.ok) return input;
  const { councilId, hearingId, actorId } = input.value;
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const [actor, hearing] = await Promise.all([
    loadMember(deps.rosters, councilId, actorId),
    loadHearing(deps.hearings, councilId, hearingId),
  ]);
  if (!actor.ok) return actor;
  if (!hearing.ok) return hearing;
  const allowed = mayClose(hearing.value, actor.value);
  return allowed.ok ? succeed({ hearing: hearing.value, actorId }) : allowed;
}

/** The secretariat or the chair group closes a hearing before its deadline. */
export async function closeHearing(
  deps: CloseDeps & Pick<AppDeps, 'councils'>,
  raw: CloseHearingInput,
): Promise<Result<Hearing>> {
  const closable = await loadClosableHearing(deps, raw);
  if (!closable.ok) return closable;
  return succeed(await settleHearing(deps, closable.value.hearing, closable.value.actorId));
}

/**
 * Called by the deadline job. A job scheduled for an earlier deadline (the
 * deadline was moved) finds a different deadline and does nothing.
 */
export async function closeAtDeadline(
  deps: CloseDeps,
  councilId: string,
  hearingId: string,
  scheduledDeadline: string,
): Promise<'closed' | 'stale' | 'not_open'> {
  const hearing = await deps.hearings.hearing(councilId, hearingId);
  if (hearing === undefined) return 'not_open';
  if (hearing.state === 'closed') {
    await settleHearing(deps, hearing, 'deadline');
    return 'closed';
  }
  if (hearing.state !== 'open') return 'not_open';
  if (new Date(hearing.deadline).getTime() !== new Date(scheduledDeadline).getTime())
    return 'stale';
  await settleHearing(deps, hearing, 'deadline');
  return 'closed';
}

export async function closeIfAllResponded(
  deps: CloseDeps,
  council: Council,
  hearing: Hearing,
): Promise<boolean> {
  const [members, recused, ballots] = await Promise.all([
    deps.rosters.roster(council.id),
    deps.hearings.recusedMemberIds(council.id, hearing.id),
    deps.hearings.ballots(council.id, hearing.id),
  ]);
  if (!everySeatResponded(tallyBallots(ballots, eligibleSeatIds(members, recused)))) return false;
  await settleHearing(deps, hearing, 'all_responded');
  return true;
}
