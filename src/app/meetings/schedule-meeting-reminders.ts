import type { Meeting } from '../../domain/meetings/meeting.ts';
import {
  planMeetingReminders,
  type PlannedMeetingReminder,
} from '../../domain/meetings/meeting-reminder-plan.ts';
import type { AppDeps } from '../deps.ts';

/**
 * Plans a published meeting's reminders from now on, replacing the ones
 * planned before (a move, a second publish). A meeting whose agenda is not
 * published has none: publishing is what tells the council.
 */
export async function scheduleMeetingReminders(
  deps: Pick<AppDeps, 'clock' | 'meetingScheduler'>,
  meeting: Meeting,
  timeZone: string,
): Promise<readonly PlannedMeetingReminder[]> {
  if (meeting.status !== 'agenda_published') return [];
  const reminders = planMeetingReminders({ meeting, now: deps.clock.now(), timeZone });
  await deps.meetingScheduler.scheduleReminders(meeting, reminders);
  return reminders;
}
