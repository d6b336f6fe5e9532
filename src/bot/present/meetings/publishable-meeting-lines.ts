import type { Locale } from '../../../domain/council/council.ts';
import type { MeetingRecord } from '../../../domain/meetings/meeting-record.ts';
import type { Meeting } from '../../../domain/meetings/meeting.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { clockTime, longDate } from './minutes/minutes-header.ts';

const dateOf = (local: string) => local.split('T')[0] ?? local;
const timeOf = (local: string) => local.split('T')[1] ?? '';

/** "28. september 2027, kl. 13.00–16.00", in council time as the meeting is stored. */
export const meetingWhenText = (locale: Locale, meeting: Pick<Meeting, 'start' | 'end'>): string =>
  t(locale, 'slack.meeting.agenda.when', {
    date: longDate(locale, dateOf(meeting.start)),
    from: clockTime(locale, timeOf(meeting.start)),
    to: clockTime(locale, timeOf(meeting.end)),
  });

/** A meeting the secretariat may publish, as both surfaces list it: what, when, how many items, and where it stands. */
export interface PublishableMeetingLine {
  readonly meetingId: string;
  readonly line: string;
  readonly status: string;
  readonly again: boolean;
  readonly confirmTitle: string;
  readonly confirmText: string;
}

export function publishableMeetingLine(
  locale: Locale,
  { meeting, items }: MeetingRecord,
): PublishableMeetingLine {
  const when = meetingWhenText(locale, meeting);
  const again = meeting.status === 'agenda_published';
  return {
    meetingId: meeting.id,
    line: t(locale, 'publish.chat.meeting_line', {
      title: meeting.title,
      when,
      count: items.length,
    }),
    status: t(locale, again ? 'publish.chat.status.published' : 'publish.chat.status.planned'),
    again,
    confirmTitle: t(locale, 'publish.chat.confirm_title'),
    confirmText: t(
      locale,
      again ? 'publish.chat.confirm_again_text' : 'publish.chat.confirm_text',
      { title: meeting.title, when },
    ),
  };
}
