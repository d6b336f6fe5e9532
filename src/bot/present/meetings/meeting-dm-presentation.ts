import type { SentMeetingAfbud } from '../../../app/meetings/send-meeting-afbud.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type { Meeting } from '../../../domain/meetings/meeting.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { headingsOf } from './minutes/item-headings.ts';
import { clockTime, longDate } from './minutes/minutes-header.ts';
import type { MeetingDmView } from './meeting-dm-plans.ts';

/** The buttons a meeting's direct message may carry. */
export type MeetingDmAction = 'afbud' | 'coming';

/** A meeting's direct message in platform-neutral words: each surface draws it. */
export interface MeetingDmPresentation {
  readonly meetingId: string;
  /** The sentence that says why the message came; also the notification text. */
  readonly headline: string;
  /** Where and, for a suppleant, whose seat: one short line each. */
  readonly notes: readonly string[];
  /** The agenda's headings (themes and items), at most `agendaLinesMax`. */
  readonly agenda: readonly string[];
  readonly moreItems: number;
  readonly actions: readonly MeetingDmAction[];
}

/** A DM is read on a phone: the headings of a long agenda are cut, the rest is in the channel. */
export const agendaLinesMax = 15;

const dateOf = (local: string) => local.split('T')[0] ?? local;
const timeOf = (local: string) => local.split('T')[1] ?? '';

/** "28. september 2023, kl. 13.00–16.00" in council time, as the meeting is stored. */
export const meetingWhenText = (locale: Locale, meeting: Pick<Meeting, 'start' | 'end'>): string =>
  t(locale, 'slack.meeting.agenda.when', {
    date: longDate(locale, dateOf(meeting.start)),
    from: clockTime(locale, timeOf(meeting.start)),
    to: clockTime(locale, timeOf(meeting.end)),
  });

const localMoment = (locale: Locale, local: string): string =>
  `${longDate(locale, dateOf(local))} ${clockTime(locale, timeOf(local))}`;

function headlineOf({ notice, view }: MeetingDmView): string {
  const locale = view.council.locale;
  const { meeting } = view.record;
  const params = { title: meeting.title, when: meetingWhenText(locale, meeting) };
  switch (notice.kind) {
    case 'meeting_reminder':
      return t(
        locale,
        notice.reminderKey === 'day-before' ? 'meeting.dm.day_before' : 'meeting.dm.hour_before',
        params,
      );
    case 'meeting_agenda_to_member':
      return t(locale, 'meeting.dm.agenda_published', params);
    case 'meeting_afbud_reminder':
      return meeting.afbudDeadline === undefined
        ? t(locale, 'meeting.dm.afbud_reminder_open', params)
        : t(locale, 'meeting.dm.afbud_reminder', {
            ...params,
            deadline: localMoment(locale, meeting.afbudDeadline),
          });
    case 'meeting_seat_substituted':
    case 'meeting_seat_returned': {
      const member =
        view.seatOwner?.id === notice.absentMemberId ? view.seatOwner.name : notice.absentMemberId;
      return t(
        locale,
        notice.kind === 'meeting_seat_substituted'
          ? 'meeting.dm.seat_substituted'
          : 'meeting.dm.seat_returned',
        { ...params, member },
      );
    }
  }
}

/**
 * What a meeting's direct message says and which buttons it carries: "Meld
 * afbud" while afbud is still taken from this member, "Jeg kommer" on the
 * afbud reminder; the agenda's headings except when the seat went back.
 */
export function presentMeetingDm(state: MeetingDmView): MeetingDmPresentation {
  const { notice, view } = state;
  const locale = view.council.locale;
  const { meeting, items } = view.record;
  const notes: string[] = [];
  if (view.holdsSeatOf !== undefined && notice.kind !== 'meeting_seat_substituted')
    notes.push(t(locale, 'meeting.dm.holds_seat', { member: view.holdsSeatOf.name }));
  if (meeting.place !== undefined)
    notes.push(t(locale, 'meeting.preview.place', { place: meeting.place }));
  if (meeting.onlineLink !== undefined)
    notes.push(t(locale, 'meeting.preview.online', { link: meeting.onlineLink }));
  const withAgenda = notice.kind !== 'meeting_seat_returned';
  const headings = withAgenda ? headingsOf(locale, items) : [];
  // "… and N more items" counts items, not the theme headings between them.
  const notShown = headings.slice(agendaLinesMax).filter((heading) => heading.kind !== 'theme');
  const actions: MeetingDmAction[] = [];
  const afbudOpen = view.mayAfbud && !view.hasAfbud;
  if (afbudOpen && notice.kind !== 'meeting_seat_returned') actions.push('afbud');
  if (notice.kind === 'meeting_afbud_reminder' && !view.coming) actions.push('coming');
  return {
    meetingId: meeting.id,
    headline: headlineOf(state),
    notes,
    agenda: headings.slice(0, agendaLinesMax).map((heading) => heading.text),
    moreItems: notShown.length,
    actions,
  };
}

/** The member's confirmation after afbud from chat: who holds their seat now, and a late afbud said so. */
export function afbudSentText(locale: Locale, sent: SentMeetingAfbud): string {
  const { meeting } = sent.record;
  const params = { title: meeting.title, when: meetingWhenText(locale, meeting) };
  if (!sent.added) return t(locale, 'meeting.afbud.repeat', params);
  const first =
    sent.substitute === undefined
      ? t(locale, 'meeting.afbud.sent_no_substitute', params)
      : t(locale, 'meeting.afbud.sent_substitute', { ...params, substitute: sent.substitute.name });
  return sent.afterDeadline ? `${first} ${t(locale, 'meeting.afbud.after_deadline')}` : first;
}

/** The member's confirmation after taking afbud back: the seat is theirs, and the suppleant was told. */
export function afbudWithdrawnText(
  locale: Locale,
  withdrawn: Pick<SentMeetingAfbud, 'record' | 'substitute'>,
): string {
  const { meeting } = withdrawn.record;
  const first = t(locale, 'meeting.afbud.withdrawn', {
    title: meeting.title,
    when: meetingWhenText(locale, meeting),
  });
  return withdrawn.substitute === undefined
    ? first
    : `${first} ${t(locale, 'meeting.afbud.substitute_told', { substitute: withdrawn.substitute.name })}`;
}
