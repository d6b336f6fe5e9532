import type { MinutesApprovalView } from '../../../app/meetings/approve-minutes.ts';
import type { Council, Locale } from '../../../domain/council/council.ts';
import { formatAgendaNumber } from '../../../domain/meetings/agenda-number.ts';
import { localDateTimeOf } from '../../../domain/meetings/meeting-record.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { clockTime, longDate } from './minutes/minutes-header.ts';
import type { MinutesView } from './minutes-notice-plans.ts';

/** A Beslutning longer than this is cut in the summary: the whole one is in the referat. */
export const summaryDecisionMax = 240;

const dateOf = (local: string) => local.split('T')[0] ?? local;
const timeOf = (local: string) => local.split('T')[1] ?? '';

/** "3. december 2026 kl. 12.00": a council-local 'YYYY-MM-DDTHH:mm' as people read it. */
export const localMomentText = (locale: Locale, local: string): string =>
  locale === 'da'
    ? `${longDate(locale, dateOf(local))} kl. ${clockTime(locale, timeOf(local))}`
    : `${longDate(locale, dateOf(local))} at ${clockTime(locale, timeOf(local))}`;

/** An ISO instant as its clock time in the council's zone: "10.15". */
export const clockOfInstant = (council: Council, iso: string): string =>
  clockTime(council.locale, timeOf(localDateTimeOf(new Date(iso), council.timeZone)));

/** An ISO instant as date and time in the council's zone. */
export const momentOfInstant = (council: Council, iso: string): string =>
  localMomentText(council.locale, localDateTimeOf(new Date(iso), council.timeZone));

const cut = (text: string, max: number): string => {
  const chars = [...text.replace(/\s+/g, ' ').trim()];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : chars.join('');
};

export interface SummaryItem {
  readonly number: string;
  readonly title: string;
  /** "Beslutning: …" in short, or that none was written. */
  readonly decision: string;
}

/** The summary's parts in words, the same on every surface; each surface lays them out. */
export interface MinutesSummary {
  readonly heading: string;
  readonly when: string;
  readonly items: readonly SummaryItem[];
  /** "Godkend senest …" while open; how it was approved once closed. */
  readonly state: string;
  readonly count: string;
  /** Still out for approval: the buttons are shown. */
  readonly open: boolean;
  readonly files?: { readonly docx: string; readonly md: string; readonly until: string };
  /** The fallback text of a notification. */
  readonly text: string;
}

export const approvalCount = (approval: Pick<MinutesApprovalView, 'approved' | 'waiting'>) => ({
  approved: approval.approved.length,
  total: approval.approved.length + approval.waiting.length,
});

export function minutesSummary(view: MinutesView): MinutesSummary {
  const { council, meeting, approval, links } = view;
  const locale = council.locale;
  const { title, status, start, end } = meeting.meeting;
  const open = status === 'minutes_sent';
  const round = approval.round;
  const deadline = round === undefined ? '' : localMomentText(locale, round.deadline);
  const state = open
    ? t(locale, 'minutes.chat.deadline', { deadline })
    : round?.closedBy === 'deadline'
      ? t(locale, 'minutes.chat.approved_by_deadline', { deadline })
      : t(locale, 'minutes.chat.approved_by_hand');
  return {
    heading: t(locale, open ? 'minutes.chat.heading' : 'minutes.chat.heading_approved', { title }),
    when: t(locale, 'slack.meeting.agenda.when', {
      date: longDate(locale, dateOf(start)),
      from: clockTime(locale, timeOf(start)),
      to: clockTime(locale, timeOf(end)),
    }),
    items: meeting.items.map((item) => {
      const written = item.fields.beslutning;
      return {
        number: formatAgendaNumber(item.number),
        title: item.title,
        decision:
          written === undefined || written.trim() === ''
            ? t(locale, 'minutes.chat.no_decision')
            : t(locale, 'minutes.chat.decision', { text: cut(written, summaryDecisionMax) }),
      };
    }),
    state,
    count: t(locale, 'minutes.chat.count', approvalCount(approval)),
    open,
    ...(links === undefined
      ? {}
      : {
          files: {
            docx: links.docx,
            md: links.md,
            until: t(locale, 'minutes.chat.links_until', {
              until: momentOfInstant(council, links.expiresAt),
            }),
          },
        }),
    text: t(locale, 'minutes.chat.text', { title }),
  };
}

/** The follow-up in the summary's thread once the minutes are approved. */
export const approvedFollowUpText = (view: MinutesView): string =>
  t(view.council.locale, 'minutes.chat.approved_followup', approvalCount(view.approval));
