import type { MeetingAttendance } from '../../../app/meetings/meeting-attendance.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type { Member } from '../../../domain/council/roster.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { attendanceLines } from './minutes/minutes-attendance.ts';
import { meetingWhenLong } from './next-meeting-summary.ts';

/**
 * The secretariat's fremmøde in chat, as the CLI's `meeting attendance`
 * prints it: who comes, who sent afbud and which suppleant holds the seat,
 * who has not answered, then "På mødet deltog:" grouped by organisation.
 */
export interface AttendanceOverview {
  readonly meetingId: string;
  readonly title: string;
  readonly summary: readonly string[];
  readonly grouped: readonly string[];
}

const names = (locale: Locale, members: readonly Member[]): string =>
  members.length === 0
    ? t(locale, 'cli.attendance.nobody')
    : members.map((member) => member.name).join(', ');

export function attendanceOverview(locale: Locale, shown: MeetingAttendance): AttendanceOverview {
  const { record, sheet } = shown;
  const imported = record.attendance.length > 0;
  const summary = [
    t(locale, 'cli.attendance.coming_list', {
      count: sheet.coming.length,
      names: names(locale, sheet.coming),
    }),
    t(locale, 'cli.attendance.afbud_list', { count: sheet.afbud.length }),
    ...sheet.afbud.map((entry) =>
      entry.substitute === undefined
        ? t(locale, 'cli.attendance.afbud_line_empty', {
            name: entry.member.name,
            reason: entry.reason ?? '',
          })
        : t(locale, 'cli.attendance.afbud_line_substitute', {
            name: entry.member.name,
            reason: entry.reason ?? '',
            substitute: entry.substitute.name,
          }),
    ),
    t(locale, 'cli.attendance.unanswered_list', {
      count: sheet.unanswered.length,
      names: names(locale, sheet.unanswered),
    }),
  ];
  const grouped = [
    ...(imported ? [t(locale, 'cli.attendance.imported')] : []),
    ...attendanceLines(locale, imported ? record.attendance : sheet.present),
  ];
  return {
    meetingId: record.meeting.id,
    title: t(locale, 'cli.attendance.title', {
      title: record.meeting.title,
      when: meetingWhenLong(locale, record.meeting),
    }),
    summary,
    grouped: grouped.at(-1) === '' ? grouped.slice(0, -1) : grouped,
  };
}
