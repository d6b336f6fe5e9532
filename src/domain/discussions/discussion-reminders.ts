import { inZone } from '../council/council-time.ts';
import { defaultQuietHours, outOfQuietHours, type QuietHours } from '../council/quiet-hours.ts';

const dayMs = 24 * 60 * 60 * 1000;

/**
 * When to remind before a deadline: a day before, or halfway from now when
 * the deadline is less than two days off (so a short sign-up still gets one),
 * moved out of the council's quiet hours as the meetings' reminders are.
 * Undefined when no time fits before the deadline.
 */
export function reminderBefore(
  now: Date,
  deadline: Date,
  timeZone: string,
  quiet: QuietHours = defaultQuietHours,
): Date | undefined {
  const left = deadline.getTime() - now.getTime();
  if (left <= 0) return undefined;
  const at = left >= 2 * dayMs ? deadline.getTime() - dayMs : now.getTime() + left / 2;
  const shifted = outOfQuietHours(inZone(new Date(at), timeZone), now, deadline, quiet);
  if (shifted === undefined) return undefined;
  const due = new Date(shifted.getTime());
  return due > now && due < deadline ? due : undefined;
}
