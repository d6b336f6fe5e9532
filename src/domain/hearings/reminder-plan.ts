import { TZDate } from '@date-fns/tz';
import { addDays, subDays, subHours } from 'date-fns';
import { inZone } from '../council/council-time.ts';

/**
 * When to remind seats that have not answered a hearing. "A day before" means
 * the same wall-clock time on the previous calendar day, so a reminder across
 * a daylight-saving change still lands at the hour people expect.
 */
export interface ReminderRule {
  readonly key: string;
  readonly before: { readonly days?: number; readonly hours?: number };
}

export const defaultReminderRules: readonly ReminderRule[] = [
  { key: 'day-before', before: { days: 1 } },
  { key: 'two-hours', before: { hours: 2 } },
];

/** Nobody wants a reminder at 03:00: council-local hours when none is sent. */
export interface QuietHours {
  readonly startHour: number;
  readonly endHour: number;
}

export const defaultQuietHours: QuietHours = { startHour: 20, endHour: 8 };

/** A reminder pushed out of quiet hours goes at this local hour the evening before. */
const eveningHour = 19;

export interface ReminderPlanInput {
  readonly deadline: Date;
  readonly now: Date;
  readonly timeZone: string;
  readonly seatIds: readonly string[];
  readonly respondedSeatIds: ReadonlySet<string>;
  readonly rules?: readonly ReminderRule[];
  readonly quietHours?: QuietHours;
}

export interface PlannedReminder {
  readonly key: string;
  readonly dueAt: Date;
  readonly seatIds: readonly string[];
}

const isQuiet = (local: TZDate, quiet: QuietHours): boolean => {
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

function nominalDueAt(deadline: TZDate, rule: ReminderRule): TZDate {
  let due = deadline;
  if (rule.before.days) due = subDays(due, rule.before.days);
  if (rule.before.hours) due = subHours(due, rule.before.hours);
  return due;
}

/** Moves a time out of quiet hours: to the evening before if still ahead, else to the morning. */
function outOfQuietHours(
  due: TZDate,
  now: Date,
  deadline: Date,
  quiet: QuietHours,
): TZDate | undefined {
  if (!isQuiet(due, quiet)) return due;
  const eveningDay = due.getHours() < quiet.endHour ? subDays(due, 1) : due;
  const evening = atLocalHour(eveningDay, eveningHour);
  if (evening.getTime() > now.getTime() && !isQuiet(evening, quiet)) return evening;
  const morningDay = due.getHours() >= quiet.endHour ? addDays(due, 1) : due;
  const morning = atLocalHour(morningDay, quiet.endHour);
  return morning.getTime() < deadline.getTime() ? morning : undefined;
}

export function planReminders(input: ReminderPlanInput): PlannedReminder[] {
  const seatIds = input.seatIds.filter((seatId) => !input.respondedSeatIds.has(seatId));
  if (seatIds.length === 0) return [];
  const quiet = input.quietHours ?? defaultQuietHours;
  const deadline = inZone(input.deadline, input.timeZone);
  const planned: PlannedReminder[] = [];
  for (const rule of input.rules ?? defaultReminderRules) {
    const due = outOfQuietHours(nominalDueAt(deadline, rule), input.now, input.deadline, quiet);
    if (due === undefined) continue;
    const dueAt = new Date(due.getTime());
    if (dueAt <= input.now || dueAt >= input.deadline) continue;
    if (planned.some((other) => other.dueAt.getTime() === dueAt.getTime())) continue;
    planned.push({ key: rule.key, dueAt, seatIds });
  }
  return planned.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
