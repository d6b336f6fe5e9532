import type { Locale } from '../../../domain/council/council.ts';
import type { Meeting } from '../../../domain/meetings/meeting.ts';
import { t } from '../../../i18n/meetings/index.ts';
import type { PublishedAgendaView } from '../../present/meetings/meeting-notice-plans.ts';
import { agendaFollowUp } from '../../present/meetings/agenda-follow-up.ts';
import { headingsOf } from '../../present/meetings/minutes/item-headings.ts';
import { clockTime, longDate } from '../../present/meetings/minutes/minutes-header.ts';
import {
  adaptiveCard,
  execute,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from '../cards/adaptive-card.ts';
import { clipText, markdownLink } from './card-text.ts';
import { meetingVerbNames } from './meeting-verb-names.ts';

/** A table-of-contents line longer than this is cut: titles in the samples run to about 120. */
const contentsLineMax = 300;
/** More lines than any real agenda has (40 items and their themes); the rest is counted. */
const contentsLinesMax = 150;

const dateOf = (local: string) => local.split('T')[0] ?? local;
const timeOf = (local: string) => local.split('T')[1] ?? '';

/** "28. september 2023, kl. 13.00–16.00" in council time, as the meeting is stored. */
export function meetingWhen(locale: Locale, meeting: Pick<Meeting, 'start' | 'end'>): string {
  return t(locale, 'slack.meeting.agenda.when', {
    date: longDate(locale, dateOf(meeting.start)),
    from: clockTime(locale, timeOf(meeting.start)),
    to: clockTime(locale, timeOf(meeting.end)),
  });
}

function facts(locale: Locale, meeting: Meeting): CardElement[] {
  const rows: { title: string; value: string }[] = [];
  if (meeting.place !== undefined)
    rows.push({
      title: t(locale, 'new_meeting.field.place'),
      value: clipText(meeting.place, 300),
    });
  if (meeting.onlineLink !== undefined)
    rows.push({
      title: t(locale, 'teams.meeting.agenda.online'),
      value: markdownLink(t(locale, 'meeting.next.online'), meeting.onlineLink),
    });
  const elements: CardElement[] = rows.length === 0 ? [] : [{ type: 'FactSet', facts: rows }];
  if (meeting.afbudDeadline !== undefined)
    elements.push(
      textBlock(
        t(locale, 'slack.meeting.agenda.afbud', {
          date: longDate(locale, dateOf(meeting.afbudDeadline)),
          time: clockTime(locale, timeOf(meeting.afbudDeadline)),
        }),
        { spacing: 'Small' },
      ),
    );
  return elements;
}

/** The numbered items with their kinds, under their themes, like the samples' table of contents. */
function contents(locale: Locale, view: PublishedAgendaView): CardElement[] {
  const { items } = view.meeting;
  if (items.length === 0)
    return [textBlock(t(locale, 'slack.meeting.agenda.no_items'), { isSubtle: true })];
  const headings = headingsOf(locale, items);
  const shown = headings.slice(0, contentsLinesMax).map((heading) =>
    textBlock(clipText(heading.text, contentsLineMax), {
      spacing: heading.kind === 'theme' ? 'Medium' : 'None',
      ...(heading.kind === 'theme' ? { weight: 'Bolder' as const } : {}),
    }),
  );
  const rest = headings.length - shown.length;
  if (rest > 0)
    shown.push(
      textBlock(t(locale, 'slack.meeting.agenda.more_items', { count: rest }), { isSubtle: true }),
    );
  return shown;
}

/**
 * "Opfølgning fra tidligere møder": the open points from earlier meetings,
 * above the items, at most five and then how many more.
 */
function followUp(locale: Locale, view: PublishedAgendaView): CardElement[] {
  const { lines, more } = agendaFollowUp(locale, view.meeting.followUp);
  if (lines.length === 0) return [];
  return [
    textBlock(t(locale, 'meeting.followup.heading'), { weight: 'Bolder', separator: true }),
    ...lines.map((line) => textBlock(`• ${line}`, { spacing: 'None' })),
    ...(more > 0
      ? [
          textBlock(t(locale, 'meeting.agenda.followup_more_teams', { count: more }), {
            isSubtle: true,
            spacing: 'Small',
          }),
        ]
      : []),
  ];
}

/**
 * The meeting's overview card in the council's channel: title, when (council
 * time), where, the online link, the afbud deadline, the open follow-up
 * from earlier meetings and the table of contents; each item follows as a
 * card in its thread. Its buttons are "Afbud", "Træk afbud tilbage" and
 * "Generér referat" (answered by the afbud and minutes parts), as in Slack;
 * a cancelled meeting has none.
 */
export function agendaOverviewCard(view: PublishedAgendaView): AdaptiveCard {
  const { locale } = view.council;
  const { meeting } = view.meeting;
  const cancelled = meeting.status === 'cancelled';
  const body: CardElement[] = [
    textBlock(clipText(t(locale, 'slack.meeting.agenda.heading', { title: meeting.title }), 300), {
      size: 'Large',
      weight: 'Bolder',
    }),
    textBlock(meetingWhen(locale, meeting), { weight: 'Bolder', spacing: 'None' }),
    ...facts(locale, meeting),
  ];
  // Made when opened, so a moved meeting's link gives the new time, and a cancelled one's removes it.
  if (view.invitationUrl !== undefined)
    body.push(
      textBlock(markdownLink(t(locale, 'meeting.invitation.link'), view.invitationUrl), {
        spacing: 'Small',
      }),
    );
  if (cancelled)
    body.push(
      textBlock(t(locale, 'slack.meeting.agenda.cancelled'), {
        color: 'Attention',
        weight: 'Bolder',
      }),
    );
  body.push(...followUp(locale, view));
  body.push(
    textBlock(t(locale, 'meeting.minutes.contents'), { weight: 'Bolder', separator: true }),
    ...contents(locale, view),
  );
  if (view.meeting.items.length > 0)
    body.push(
      textBlock(t(locale, 'teams.meeting.agenda.in_thread'), { isSubtle: true, size: 'Small' }),
    );
  const data = { meetingId: meeting.id };
  return adaptiveCard(body, {
    actions: cancelled
      ? []
      : [
          execute(t(locale, 'absence.submit'), meetingVerbNames.afbud, data),
          execute(t(locale, 'meeting.button.withdraw_afbud'), meetingVerbNames.withdrawAfbud, data),
          execute(t(locale, 'minutes.chat.form_title'), meetingVerbNames.generateMinutes, data),
        ],
    fallbackText: `${t(locale, 'slack.meeting.agenda.heading', { title: meeting.title })} — ${meetingWhen(locale, meeting)}`,
  });
}
