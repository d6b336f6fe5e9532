import type { AppDeps } from '../deps.ts';
import { loadSeatContext } from './seat-context.ts';
import { unansweredSeats } from './unanswered-seats.ts';

export type ReminderRun =
  | { readonly status: 'sent'; readonly memberIds: readonly string[] }
  | { readonly status: 'stale' | 'not_open' };

/**
 * Runs a planned reminder: at run time (not at planning time) it looks up who
 * has still not answered, and reminds whoever holds each such seat today.
 */
export async function queueReminderNotices(
  deps: Pick<AppDeps, 'clock' | 'councils' | 'rosters' | 'absences' | 'hearings' | 'notifier'>,
  job: { councilId: string; hearingId: string; reminderKey: string; deadline: string },
): Promise<ReminderRun> {
  const [council, hearing] = await Promise.all([
    deps.councils.council(job.councilId),
    deps.hearings.hearing(job.councilId, job.hearingId),
  ]);
  if (council === undefined || hearing === undefined || hearing.state !== 'open') {
    return { status: 'not_open' };
  }
  // Planned for a deadline that has since moved: the new plan has its own job.
  if (new Date(hearing.deadline).getTime() !== new Date(job.deadline).getTime())
    return { status: 'stale' };

  const now = deps.clock.now();
  const [context, ballots] = await Promise.all([
    loadSeatContext(deps, council, hearing, now),
    deps.hearings.ballots(council.id, hearing.id),
  ]);
  const memberIds = unansweredSeats(context, ballots).map(({ holder }) => holder.id);

  await Promise.all(
    memberIds.map((memberId) =>
      deps.notifier.notify({
        kind: 'reminder',
        councilId: council.id,
        hearingId: hearing.id,
        memberId,
        reminderKey: job.reminderKey,
        deadline: hearing.deadline,
      }),
    ),
  );
  return { status: 'sent', memberIds };
}
