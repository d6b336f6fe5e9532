import { inZone } from '../council/council-time.ts';
import {
  defaultQuietHours,
  leadBefore,
  outOfQuietHours,
  type Lead,
  type QuietHours,
} from '../council/quiet-hours.ts';
import type { Meeting } from './meeting.ts';
import { instantOfMeetingTime } from './meeting-time.ts';

/**
 * When a published meeting reminds the council, in council time and out of
 * quiet hours: the day before the afbud deadline (to those who have not
 * answered), the day before the meeting and an hour before it. "A day
 * before" is the same wall-clock time on the previous calendar day, across a
 * daylight-saving change too.
 */
export const meetingReminderKeys = ['afbud-deadline', 'day-before', 'hour-before'] as const;
export type MeetingReminderKey = (typeof meetingReminderKeys)[number];

interface MeetingReminderRule {
  readonly key: MeetingReminderKey;
  /** The meeting time the reminder leads. */
  readonly of: 'afbudDeadline' | 'start';
  readonly before: Lead;
  /** Out of quiet hours, the evening before or (for a reminder meant just before) the morning. */
  readonly quietShift: 'evening' | 'morning';
}

const meetingReminderRules: readonly MeetingReminderRule[] = [
  { key: 'afbud-deadline', of: 'afbudDeadline', before: { days: 1 }, quietShift: 'evening' },
  { key: 'day-before', of: 'start', before: { days: 1 }, quietShift: 'evening' },
  { key: 'hour-before', of: 'start', before: { hours: 1 }, quietShift: 'morning' },
];

export interface PlannedMeetingReminder {
  readonly key: MeetingReminderKey;
  readonly dueAt: Date;
}

export interface MeetingReminderPlanInput {
  readonly meeting: Meeting;
  readonly now: Date;
  readonly timeZone: string;
  readonly quietHours?: QuietHours;
}

/**
 * The reminders still ahead of `now`. One whose time has passed is not
 * planned (a late "tomorrow" is wrong news); one that quiet hours push past
 * the time it leads is dropped.
 */
export function planMeetingReminders(input: MeetingReminderPlanInput): PlannedMeetingReminder[] {
  const { meeting, now, timeZone } = input;
  const quiet = input.quietHours ?? defaultQuietHours;
  const planned: PlannedMeetingReminder[] = [];
  for (const rule of meetingReminderRules) {
    const local = meeting[rule.of];
    if (local === undefined) continue;
    const until = instantOfMeetingTime(local, timeZone);
    const due = outOfQuietHours(
      leadBefore(inZone(until, timeZone), rule.before),
      now,
      until,
      quiet,
      rule.quietShift,
    );
    if (due === undefined) continue;
    const dueAt = new Date(due.getTime());
    if (dueAt <= now || dueAt >= until) continue;
    planned.push({ key: rule.key, dueAt });
  }
  return planned.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}
