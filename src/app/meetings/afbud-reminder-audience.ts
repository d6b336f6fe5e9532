import type { Council } from '../../domain/council/council.ts';
import { holdsSeat } from '../../domain/council/roster.ts';
import type { Meeting } from '../../domain/meetings/meeting.ts';
import type { AppDeps } from '../deps.ts';

/** Who the afbud-deadline reminder goes to: those invited who have neither said "coming" nor sent afbud. */
export async function afbudReminderAudience(
  deps: Pick<AppDeps, 'rosters' | 'absences'>,
  council: Council,
  meeting: Meeting,
): Promise<string[]> {
  const [members, absences] = await Promise.all([
    deps.rosters.roster(council.id),
    deps.absences.absences(council.id),
  ]);
  const date = meeting.start.slice(0, 10);
  const away = new Set(
    absences
      .filter(({ scope }) => scope.kind === 'period' && scope.from <= date && date <= scope.to)
      .map(({ memberId }) => memberId),
  );
  return members
    .filter((member) => holdsSeat(member) && !away.has(member.id))
    .map((member) => member.id);
}
