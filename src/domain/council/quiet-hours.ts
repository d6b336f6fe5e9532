import { TZDate } from '@date-fns/tz';
import { addDays, subDays, subHours } from 'date-fns';

/**
 * Council-time arithmetic every capability's reminders share: "a day before"
 * is the same wall-clock time on the previous calendar day, so a reminder
 * across a daylight-saving change still lands at the hour people expect, and
 * nothing is sent in the council's quiet hours.
 */
export interface Lead {
  readonly days?: number;
  readonly hours?: number;
}

/** Nobody wants a reminder at 03:00: council-local hours when none is sent. */
export interface QuietHours {
  readonly startHour: number;
  readonly endHour: number;
}

export const defaultQuietHours: QuietHours = { startHour: 20, endHour: 8 };

/** A reminder pushed out of quiet hours goes at this local hour the evening before. */
const eveningHour = 19;

export const isQuiet = (local: TZDate, quiet: QuietHours): boolean => {
  const hour = local.getHours();
  return quiet.startHour > quiet.endHour
    ? hour >= quiet.startHour || hour < quiet.endHour
    : hour >= quiet.startHour && hour < quiet.endHour;
};

const atLocalHour = (local: TZDate, hour: number): TZDate => {
  const moved = new TZDate(local.getTime(), local.timeZone ?? 'UTC');
  moved.setHours(hour, 0, 0, 0);
  return moved;
};

/** `lead` before a council-local time: calendar days first (DST-proof), then real hours. */
export function leadBefore(local: TZDate, lead: Lead): TZDate {
  let due = local;
  if (lead.days) due = subDays(due, lead.days);
  if (lead.hours) due = subHours(due, lead.hours);
  return due;
}

/**
 * Moves a time out of quiet hours: to the evening before if still ahead of
 * `now`, else to the morning, as long as that is before `until` (the
 * deadline or the meeting reminded of); undefined when neither fits. With
 * `prefer: 'morning'` (a reminder meant to come just before, such as an hour
 * before a meeting) the morning comes first, and the evening only when the
 * morning is too late.
 */
export function outOfQuietHours(
  due: TZDate,
  now: Date,
  until: Date,
  quiet: QuietHours,
  prefer: 'evening' | 'morning' = 'evening',
): TZDate | undefined {
  if (!isQuiet(due, quiet)) return due;
  const eveningDay = due.getHours() < quiet.endHour ? subDays(due, 1) : due;
  const evening = atLocalHour(eveningDay, eveningHour);
  const eveningFits = evening.getTime() > now.getTime() && !isQuiet(evening, quiet);
  const morningDay = due.getHours() >= quiet.endHour ? addDays(due, 1) : due;
  const morning = atLocalHour(morningDay, quiet.endHour);
  const morningFits = morning.getTime() < until.getTime();
  if (prefer === 'morning' && morningFits) return morning;
  if (eveningFits) return evening;
  return morningFits ? morning : undefined;
}
