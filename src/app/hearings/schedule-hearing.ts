import type { Council } from '../../domain/council/council.ts';
import type { Hearing } from '../../domain/hearings/hearing.ts';
import { planReminders } from '../../domain/hearings/reminder-plan.ts';
import { eligibleSeatIds } from '../../domain/council/seat.ts';
import type { AppDeps } from '../deps.ts';

/** (Re)plans the close and the reminders of an open hearing from its current deadline. */
export async function scheduleHearing(
  deps: Pick<AppDeps, 'clock' | 'rosters' | 'hearings' | 'scheduler'>,
  council: Council,
  hearing: Hearing,
): Promise<void> {
  const [members, recused, ballots] = await Promise.all([
    deps.rosters.roster(council.id),
    deps.hearings.recusedMemberIds(council.id, hearing.id),
    deps.hearings.ballots(council.id, hearing.id),
  ]);
  const reminders = planReminders({
    deadline: new Date(hearing.deadline),
    now: deps.clock.now(),
    timeZone: council.timeZone,
    seatIds: eligibleSeatIds(members, recused),
    respondedSeatIds: new Set(ballots.map((ballot) => ballot.seatId)),
  });
  await deps.scheduler.scheduleDeadline(hearing, reminders);
}
