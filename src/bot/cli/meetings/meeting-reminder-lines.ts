import type { Locale } from '../../../domain/council/council.ts';
import type { Meeting } from '../../../domain/meetings/meeting.ts';
import { localDateTimeOf } from '../../../domain/meetings/meeting-record.ts';
import type { PlannedMeetingReminder } from '../../../domain/meetings/meeting-reminder-plan.ts';
import { formatDate, t } from '../../../i18n/meetings/index.ts';

/** When a meeting's reminders go, in council time, so the secretary sees the move took them along. */
export function meetingReminderLines(
  locale: Locale,
  meeting: Meeting,
  reminders: readonly PlannedMeetingReminder[],
  timeZone: string,
): string[] {
  if (meeting.status !== 'agenda_published')
    return [t(locale, 'cli.meeting.reminders.not_published')];
  if (reminders.length === 0) return [t(locale, 'cli.meeting.reminders.none')];
  return [
    t(locale, 'cli.meeting.reminders.heading'),
    ...reminders.map(({ key, dueAt }) => {
      const [date = '', time = ''] = localDateTimeOf(dueAt, timeZone).split('T');
      return t(locale, 'cli.meeting.reminders.at', {
        date: formatDate(locale, date),
        time: locale === 'da' ? time.replace(':', '.') : time,
        what: t(locale, `meeting.reminder.${key}`),
      });
    }),
  ];
}
