// Bench-only: src/app/cast-ballot.ts as it would be with its five reads issued
// together (one round trip before the write instead of two). Same validation,
// checks, atomic write and notice; only the order of the awaits differs. The
// cast benchmark runs it as a "what if" to measure the change before src/ has it.
import type { AppDeps } from '../../src/app/deps.ts';
import { castBallotInput, type CastBallotInput } from '../../src/app/hearings/cast-ballot.ts';
import { validate } from '../../src/app/validate.ts';
import { localDateOf } from '../../src/domain/council/council-time.ts';
import { fail, succeed } from '../../src/domain/errors.ts';
import { checkBallot } from '../../src/domain/hearings/hearing.ts';
import { claimSeat } from '../../src/domain/council/seat.ts';

export async function castWithReadsTogether(
  deps: Pick<AppDeps, 'clock' | 'councils' | 'rosters' | 'absences' | 'hearings' | 'notifier'>,
  raw: CastBallotInput,
) {
  const input = validate(castBallotInput, raw);
  if (!input.ok) return input;
  const { councilId, hearingId, actorId } = input.value;
  const now = deps.clock.now();
  const [council, hearing, members, absences, recusedMemberIds] = await Promise.all([
    deps.councils.council(councilId),
    deps.hearings.hearing(councilId, hearingId),
    deps.rosters.roster(councilId),
    deps.absences.absences(councilId),
    deps.hearings.recusedMemberIds(councilId, hearingId),
  ]);
  if (council === undefined) return fail('council_not_found', 'councilId');
  if (hearing === undefined) return fail('hearing_not_found', 'hearingId');
  const checked = checkBallot(hearing, input.value, now);
  if (!checked.ok) return checked;
  const localDate = localDateOf(now, council.timeZone);
  const seat = claimSeat(actorId, { members, absences, recusedMemberIds, hearingId, localDate });
  if (!seat.ok) return seat;
  const ballot = {
    seatId: seat.value.seatId,
    castBy: actorId,
    actingAs: seat.value.actingAs,
    ...checked.value,
    castAt: now.toISOString(),
  };
  const written = await deps.hearings.castBallot(councilId, hearingId, ballot);
  if (!written.ok) return fail(written.code);
  await deps.notifier.notify({ kind: 'hearing_changed', councilId, hearingId });
  return succeed({ ballot });
}
