import { inZone } from '../council/council-time.ts';
import {
  defaultQuietHours,
  leadBefore,
  type Lead,
  outOfQuietHours,
  type QuietHours,
} from '../council/quiet-hours.ts';

/**
 * When to remind seats that have not answered a hearing, before its deadline
 * in council time and out of quiet hours (see ../council/quiet-hours.ts).
 */
export interface ReminderRule {
  readonly key: string;
  readonly before: Lead;
}

export const defaultReminderRules: readonly ReminderRule[] = [
  { key: 'day-before', before: { days: 1 } },
  { key: 'two-hours', before: { hours: 2 } },
];

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

export function planReminders(input: ReminderPlanInput): PlannedReminder[] {
  const seatIds = input.seatIds.filter((seatId) => !input.respondedSeatIds.has(seatId));
  if (seatIds.length === 0) return [];
  const quiet = input.quietHours ?? defaultQuietHours;
  const deadline = inZone(input.deadline, input.timeZone);
  const planned: PlannedReminder[] = [];
  for (const rule of input.rules ?? defaultReminderRules) {
    const due = outOfQuietHours(
      leadBefore(deadline, rule.before),
      input.now,
      input.deadline,
      quiet,
    );
    if (due === undefined) continue;
    const dueAt = new Date(due.getTime());
    if (dueAt <= input.now || dueAt >= input.deadline) continue;
    if (planned.some((other) => other.dueAt.getTime() === dueAt.getTime())) continue;
    planned.push({ key: rule.key, dueAt, seatIds });
  }
  return planned.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
