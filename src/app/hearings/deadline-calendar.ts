import type { Council } from '../../domain/council/council.ts';
import {
  defaultDeadline,
  unusualDeadlineDay,
  yearsAround,
  type DeadlineDay,
} from '../../domain/council/working-days.ts';
import type { AppDeps } from '../deps.ts';

type CalendarDeps = Pick<AppDeps, 'clock' | 'holidays'>;

/** What a "Ny høring" form offers as deadline: a week ahead at noon, on a working day. */
export async function suggestDeadline(
  deps: CalendarDeps,
  council: Pick<Council, 'timeZone' | 'locale'>,
): Promise<{ date: string; time: string }> {
  const now = deps.clock.now();
  const holidays = await deps.holidays.namesIn(yearsAround(now, council.timeZone), council.locale);
  return defaultDeadline(now, council.timeZone, holidays);
}

/** A weekend or holiday deadline, for the confirmation's gentle note; undefined on a working day. */
export async function deadlineDay(
  deps: Pick<AppDeps, 'holidays'>,
  council: Pick<Council, 'timeZone' | 'locale'>,
  deadline: Date | string,
): Promise<DeadlineDay | undefined> {
  const instant = new Date(deadline);
  const holidays = await deps.holidays.namesIn(
    yearsAround(instant, council.timeZone).slice(0, 1),
    council.locale,
  );
  return unusualDeadlineDay(instant, council.timeZone, holidays);
}
