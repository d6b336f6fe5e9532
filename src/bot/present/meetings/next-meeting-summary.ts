import type {
  MemberMeetingStatus,
  NextMeetingForMember,
} from '../../../app/meetings/next-meeting-for-member.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type { Meeting } from '../../../domain/meetings/meeting.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { headingsOf } from './minutes/item-headings.ts';
import { clockTime, longDate } from './minutes/minutes-header.ts';

/**
 * A member's next meeting as both surfaces show it (Slack's App Home and
 * "/raad næste", Teams' "næste møde"): plain text, each platform adds its
 * own mark-up and buttons.
 */
export interface NextMeetingSummary {
  readonly meetingId: string;
  readonly title: string;
  readonly when: string;
  readonly place?: string;
  readonly onlineLink?: string;
  readonly afbudDeadline?: string;
  /** The agenda's headings ("1.2 Budget for 2028 (B)"), once it is published; themes marked. */
  readonly agenda?: readonly { readonly text: string; readonly theme: boolean }[];
  /** Said instead of the agenda when it is not out yet. */
  readonly agendaNote?: string;
  readonly status: string;
  /** The button that matters now, if any: afbud, or taking it back. */
  readonly action?: 'afbud' | 'withdrawAfbud';
}

export interface MinutesToApprove {
  readonly meetingId: string;
  readonly line: string;
}

const dateOf = (local: string) => local.split('T')[0] ?? local;
const timeOf = (local: string) => local.split('T')[1] ?? '';

/** "28. september 2023, kl. 13.00–16.00" in council time. */
export const meetingWhenLong = (locale: Locale, meeting: Pick<Meeting, 'start' | 'end'>): string =>
  t(locale, 'meeting.next.when', {
    date: longDate(locale, dateOf(meeting.start)),
    from: clockTime(locale, timeOf(meeting.start)),
    to: clockTime(locale, timeOf(meeting.end)),
  });

function statusLine(locale: Locale, status: MemberMeetingStatus): string {
  switch (status.kind) {
    case 'afbud':
      return status.substitute === undefined
        ? t(locale, 'meeting.next.status.afbud_empty', { reason: status.reason ?? '' })
        : t(locale, 'meeting.next.status.afbud_substitute', {
            reason: status.reason ?? '',
            substitute: status.substitute.name,
          });
    case 'holds_seat':
      return t(locale, 'meeting.next.status.holds_seat', { member: status.seatOf.name });
    default:
      return t(locale, `meeting.next.status.${status.kind}`);
  }
}

function actionFor(status: MemberMeetingStatus): NextMeetingSummary['action'] {
  if (status.kind === 'afbud') return 'withdrawAfbud';
  if (status.kind === 'coming' || status.kind === 'unanswered') return 'afbud';
  return undefined;
}

/** The next meeting for this member, or undefined when none is planned. */
export function nextMeetingSummary(view: NextMeetingForMember): NextMeetingSummary | undefined {
  const { next } = view;
  if (next === undefined) return undefined;
  const locale = view.council.locale;
  const { meeting, items } = next.record;
  const published = meeting.status === 'agenda_published';
  const action = next.open ? actionFor(next.status) : undefined;
  return {
    meetingId: meeting.id,
    title: meeting.title,
    when: meetingWhenLong(locale, meeting),
    ...(meeting.place === undefined ? {} : { place: meeting.place }),
    ...(meeting.onlineLink === undefined ? {} : { onlineLink: meeting.onlineLink }),
    ...(meeting.afbudDeadline === undefined
      ? {}
      : {
          afbudDeadline: t(locale, 'meeting.next.afbud_deadline', {
            date: longDate(locale, dateOf(meeting.afbudDeadline)),
            time: clockTime(locale, timeOf(meeting.afbudDeadline)),
          }),
        }),
    ...(published
      ? items.length === 0
        ? { agendaNote: t(locale, 'meeting.next.no_items') }
        : {
            agenda: headingsOf(locale, items).map((heading) => ({
              text: heading.text,
              theme: heading.kind === 'theme',
            })),
          }
      : { agendaNote: t(locale, 'meeting.next.agenda_not_published') }),
    status: next.open
      ? statusLine(locale, next.status)
      : `${t(locale, 'meeting.next.begun')} ${statusLine(locale, next.status)}`,
    ...(action === undefined ? {} : { action }),
  };
}

/** One line per referat waiting for this member's approval. */
export function minutesToApprove(view: NextMeetingForMember): MinutesToApprove[] {
  const locale = view.council.locale;
  return view.minutesAwaiting.map(({ record, round }) => ({
    meetingId: record.meeting.id,
    line: t(locale, 'meeting.next.minutes_line', {
      title: record.meeting.title,
      date: longDate(locale, dateOf(record.meeting.start)),
      deadline:
        round === undefined
          ? ''
          : `${longDate(locale, dateOf(round.deadline))} ${clockTime(locale, timeOf(round.deadline))}`,
    }),
  }));
}
