import type { Locale } from '../../../domain/council/council.ts';
import type { AgendaItem } from '../../../domain/meetings/agenda-item.ts';
import type { Decision } from '../../../domain/meetings/decision.ts';
import type { FollowUpPoint } from '../../../domain/meetings/follow-up.ts';
import { formatAgendaNumber } from '../../../domain/meetings/agenda-number.ts';
import type { Meeting } from '../../../domain/meetings/meeting.ts';
import { localDateTimeOf, type MeetingRecord } from '../../../domain/meetings/meeting-record.ts';
import { formatDate, t } from '../../../i18n/meetings/index.ts';

/**
 * A stored meeting as the command line prints it: one line in `meeting
 * list`, and the header with the numbered items in `meeting show`.
 */

/** "13.00" in Danish, "13:00" in English, from a council-local 'YYYY-MM-DDTHH:mm'. */
const clockOf = (locale: Locale, local: string): string => {
  const time = local.split('T')[1] ?? local;
  return locale === 'da' ? time.replace(':', '.') : time;
};
const dateOf = (locale: Locale, local: string): string =>
  formatDate(locale, local.split('T')[0] ?? local);

/** "28.09.2023 kl. 13.00–16.00" */
export const meetingWhen = (locale: Locale, meeting: Pick<Meeting, 'start' | 'end'>): string =>
  t(locale, 'meeting.when', {
    date: dateOf(locale, meeting.start),
    from: clockOf(locale, meeting.start),
    to: clockOf(locale, meeting.end),
  });

/** "m0001  28.09.2023 kl. 13.00–16.00  Rådsmøde (planlagt)" */
export const meetingListLine = (locale: Locale, meeting: Meeting): string =>
  `${meeting.id}  ${meetingWhen(locale, meeting)}  ${meeting.title} (${t(locale, `meeting.status.${meeting.status}`)})`;

export function meetingHeaderLines(locale: Locale, meeting: Meeting, timeZone: string): string[] {
  const lines = [
    `${t(locale, 'meeting.preview.title', { title: meeting.title })} [${meeting.id}]`,
    t(locale, 'meeting.preview.when', {
      date: dateOf(locale, meeting.start),
      from: clockOf(locale, meeting.start),
      to: clockOf(locale, meeting.end),
    }),
  ];
  if (meeting.place !== undefined)
    lines.push(t(locale, 'meeting.preview.place', { place: meeting.place }));
  if (meeting.onlineLink !== undefined)
    lines.push(t(locale, 'meeting.preview.online', { link: meeting.onlineLink }));
  if (meeting.afbudDeadline !== undefined)
    lines.push(
      t(locale, 'meeting.show.afbud_deadline', {
        date: dateOf(locale, meeting.afbudDeadline),
        time: clockOf(locale, meeting.afbudDeadline),
      }),
    );
  lines.push(
    t(locale, 'meeting.show.status', { status: t(locale, `meeting.status.${meeting.status}`) }),
  );
  if (meeting.cancelledAt !== undefined && meeting.cancelledBy !== undefined) {
    const at = localDateTimeOf(new Date(meeting.cancelledAt), timeZone);
    lines.push(
      t(locale, 'meeting.show.cancelled_by', {
        by: meeting.cancelledBy,
        date: dateOf(locale, at),
        time: clockOf(locale, at),
      }),
    );
  }
  return lines;
}

/** "  0.1.1   Rekruttering i havneerhvervene (Oplæg+O+D)", as the minutes' table of contents. */
export function agendaItemLine(item: AgendaItem): string {
  const marks = [...(item.presentation ? ['Oplæg'] : []), ...item.kinds].join('+');
  return `  ${formatAgendaNumber(item.number).padEnd(7)} ${item.title}${marks === '' ? '' : ` (${marks})`}`;
}

/**
 * The table of contents: each theme heading once, then its items, each with
 * the decision recorded on it, if any.
 */
export function agendaLines(
  locale: Locale,
  items: readonly AgendaItem[],
  decisions: readonly Decision[] = [],
): string[] {
  if (items.length === 0) return [t(locale, 'meeting.show.no_items')];
  const lines = [t(locale, 'meeting.preview.items', { count: items.length })];
  const recorded = new Map(decisions.map((decision) => [decision.item, decision]));
  let theme: string | undefined;
  for (const item of items) {
    if (item.theme !== undefined && item.theme !== theme) lines.push(`  ${item.theme}`);
    theme = item.theme;
    lines.push(agendaItemLine(item));
    const decision = recorded.get(formatAgendaNumber(item.number));
    if (decision !== undefined)
      lines.push(
        `            ${t(locale, 'meeting.show.decision', { revision: decision.revision, text: decision.text.replaceAll('\n', ' ') })}`,
      );
  }
  return lines;
}

/** "  m0001/2.1  [åben] Budget 2027 · ansvarlig: Sekretariatet · frist 15.01.2027", then the decision and where it came from. */
export function followUpLines(locale: Locale, point: FollowUpPoint): string[] {
  const details = [
    point.owner === undefined
      ? t(locale, 'meeting.followup.no_owner')
      : t(locale, 'meeting.followup.owner', { owner: point.owner }),
    ...(point.due === undefined
      ? []
      : [t(locale, 'meeting.followup.due', { date: formatDate(locale, point.due) })]),
  ];
  return [
    `  ${point.id}  [${t(locale, `meeting.followup.status.${point.status}`)}] ${point.itemTitle} · ${details.join(' · ')}`,
    `      ${point.decision.replaceAll('\n', ' ')}`,
    `      (${t(locale, 'meeting.followup.from', { title: point.meetingTitle, date: dateOf(locale, point.meetingStart), item: point.item })})`,
  ];
}

/** What `meeting show` prints first: the points still open from earlier meetings. */
export const followUpSection = (locale: Locale, points: readonly FollowUpPoint[]): string[] =>
  points.length === 0
    ? []
    : [
        `${t(locale, 'meeting.followup.heading')}:`,
        ...points.flatMap((point) => followUpLines(locale, point)),
        '',
      ];

export const meetingText = (
  locale: Locale,
  record: MeetingRecord & {
    readonly decisions?: readonly Decision[];
    readonly followUp?: readonly FollowUpPoint[];
  },
  timeZone: string,
): string =>
  [
    ...meetingHeaderLines(locale, record.meeting, timeZone),
    '',
    ...followUpSection(locale, record.followUp ?? []),
    ...agendaLines(locale, record.items, record.decisions),
  ].join('\n');
