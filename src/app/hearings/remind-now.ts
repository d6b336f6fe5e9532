import { z } from 'zod';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { mayClose, type Hearing } from '../../domain/hearings/hearing.ts';
import type { Member } from '../../domain/council/roster.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField, hearingIdField, memberIdField } from '../input-fields.ts';
import { loadCouncil, loadMember } from '../council/load-council.ts';
import { loadHearing } from './load-hearing.ts';
import { loadSeatContext } from './seat-context.ts';
import { unansweredSeats } from './unanswered-seats.ts';
import { validate } from '../validate.ts';

/** "Påmind nu" reminds a hearing's non-responders at most this often. */
export const remindNowIntervalMs = 60 * 60 * 1000;

export type RemindNowOutcome =
  | {
      readonly kind: 'sent';
      readonly hearing: Hearing;
      /** Each unanswered seat and whoever was reminded for it (member or substitute). */
      readonly reminded: readonly { readonly seat: Member; readonly holder: Member }[];
    }
  /** Every seat taking part has answered: nobody to remind, nothing sent. */
  | { readonly kind: 'all_answered'; readonly hearing: Hearing }
  /** Reminded less than an hour ago: nothing sent. */
  | {
      readonly kind: 'too_soon';
      readonly hearing: Hearing;
      readonly lastAt: Date;
      readonly nextAt: Date;
    };

export const remindNowInput = z.object({
  councilId: councilIdField,
  hearingId: hearingIdField,
  actorId: memberIdField,
});
export type RemindNowInput = z.input<typeof remindNowInput>;

/**
 * The secretariat or the chair group reminds everyone who has not answered
 * yet: whoever holds each unanswered seat today (the substitute during afbud,
 * never a recused seat). At most once an hour per hearing, held by the store,
 * so two presses at once or in two places still send one round.
 */
export async function remindNow(
  deps: Pick<AppDeps, 'clock' | 'councils' | 'rosters' | 'absences' | 'hearings' | 'notifier'>,
  raw: RemindNowInput,
): Promise<Result<RemindNowOutcome>> {
  const input = validate(remindNowInput, raw);
  if (!input.ok) return input;
  const { councilId, hearingId, actorId } = input.value;
  const council = await loadCouncil(deps.councils, councilId);
  if (!council.ok) return council;
  const [actor, found] = await Promise.all([
    loadMember(deps.rosters, councilId, actorId),
    loadHearing(deps.hearings, councilId, hearingId),
  ]);
  if (!actor.ok) return actor;
  if (!found.ok) return found;
  const allowed = mayClose(found.value, actor.value);
  if (!allowed.ok)
    return allowed.code === 'not_allowed_to_manage' ? fail('not_allowed_to_remind') : allowed;
  const hearing = found.value;

  const now = deps.clock.now();
  const [context, ballots] = await Promise.all([
    loadSeatContext(deps, council.value, hearing, now),
    deps.hearings.ballots(councilId, hearingId),
  ]);
  const reminded = unansweredSeats(context, ballots);
  if (reminded.length === 0) return succeed({ kind: 'all_answered', hearing });

  const claim = await deps.hearings.claimReminder(councilId, hearingId, now, remindNowIntervalMs);
  if (!claim.claimed) {
    const nextAt = new Date(claim.lastAt.getTime() + remindNowIntervalMs);
    return succeed({ kind: 'too_soon', hearing, lastAt: claim.lastAt, nextAt });
  }
  // The key names this round, so the outbox delivers each person's reminder once.
  const reminderKey = `now-${now.getTime()}`;
  await Promise.all(
    reminded.map(({ holder }) =>
      deps.notifier.notify({
        kind: 'reminder',
        councilId,
        hearingId,
        memberId: holder.id,
        reminderKey,
        deadline: hearing.deadline,
      }),
    ),
  );
  return succeed({ kind: 'sent', hearing, reminded });
}
