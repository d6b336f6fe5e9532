import type { Locale } from '../../../domain/council/council.ts';
import type { Meeting } from '../../../domain/meetings/meeting.ts';
import { t } from '../../../i18n/meetings/index.ts';
import type { PublishedAgendaView } from '../../present/meetings/meeting-notice-plans.ts';
import { clockTime, longDate } from '../../present/meetings/minutes/minutes-header.ts';
import { agendaFollowUp } from '../../present/meetings/agenda-follow-up.ts';
import { headingsOf } from '../../present/meetings/minutes/item-headings.ts';
import {
  button,
  context,
  divider,
  header,
  section,
  type Block,
  type SlackMessage,
} from '../blocks/block-kit.ts';
import { clip, escapeMrkdwn, slackLimits } from '../blocks/slack-limits.ts';
import { meetingActionIds } from './meeting-ids.ts';
import { chunkLines, mrkdwnLink } from './slack-text.ts';

/** Blocks the overview needs besides its table of contents (header, facts, buttons, follow-up, headings, notes). */
const blocksAroundContents = 12;
/** A table-of-contents line longer than this is cut: titles in the samples run to about 120. */
const contentsLineMax = 300;

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

function factLines(locale: Locale, meeting: Meeting): string[] {
  const lines = [`*${meetingWhen(locale, meeting)}*`];
  if (meeting.place !== undefined)
    lines.push(escapeMrkdwn(t(locale, 'meeting.preview.place', { place: meeting.place })));
  if (meeting.onlineLink !== undefined)
    lines.push(
      t(locale, 'meeting.preview.online', {
        link: mrkdwnLink(meeting.onlineLink, meeting.onlineLink),
      }),
    );
  if (meeting.afbudDeadline !== undefined)
    lines.push(
      t(locale, 'slack.meeting.agenda.afbud', {
        date: longDate(locale, dateOf(meeting.afbudDeadline)),
        time: clockTime(locale, timeOf(meeting.afbudDeadline)),
      }),
    );
  return lines;
}

/** The numbered items with their kinds, under their themes, like the samples' table of contents. */
function contentsBlocks(locale: Locale, view: PublishedAgendaView): Block[] {
  const { items } = view.meeting;
  if (items.length === 0) return [context(t(locale, 'slack.meeting.agenda.no_items'))];
  const lines = headingsOf(locale, items).map((heading) =>
    heading.kind === 'theme' ? `*${escapeMrkdwn(heading.text)}*` : escapeMrkdwn(heading.text),
  );
  const room = slackLimits.messageBlocks - blocksAroundContents;
  const chunks = chunkLines(
    lines.map((line) => clip(line, contentsLineMax)),
    slackLimits.sectionText,
  );
  if (chunks.length <= room) return chunks.map((chunk) => section(chunk));
  // Never reached by a real agenda; kept so no agenda can break the message.
  const shown = chunks.slice(0, room - 1);
  const shownLines = shown.reduce((count, chunk) => count + chunk.split('\n').length, 0);
  return [
    ...shown.map((chunk) => section(chunk)),
    context(t(locale, 'slack.meeting.agenda.more_items', { count: lines.length - shownLines })),
  ];
}

/**
 * "Opfølgning fra tidligere møder": the open points from earlier meetings,
 * above the items, at most five and then how many more (three blocks at most).
 */
function followUpBlocks(locale: Locale, view: PublishedAgendaView): Block[] {
  const { lines, more } = agendaFollowUp(locale, view.meeting.followUp);
  if (lines.length === 0) return [];
  return [
    divider(),
    section(
      [
        `*${t(locale, 'meeting.followup.heading')}*`,
        ...lines.map((line) => `• ${escapeMrkdwn(line)}`),
      ].join('\n'),
    ),
    ...(more > 0
      ? [context(t(locale, 'meeting.agenda.followup_more_slack', { count: more }))]
      : []),
  ];
}

/**
 * The overview's buttons, the same for everyone in the channel: afbud and
 * taking it back (each answered for whoever clicks), and the secretariat's
 * "Generér referat". A cancelled meeting has none.
 */
function overviewActions(locale: Locale, meeting: Meeting): Block[] {
  if (meeting.status === 'cancelled') return [];
  return [
    {
      type: 'actions',
      block_id: `meeting.${meeting.id}.overview`.slice(0, slackLimits.blockId),
      elements: [
        button(t(locale, 'absence.submit'), meetingActionIds.afbud, meeting.id),
        button(
          t(locale, 'meeting.button.withdraw_afbud'),
          meetingActionIds.withdrawAfbud,
          meeting.id,
        ),
        button(t(locale, 'minutes.chat.form_title'), meetingActionIds.generateMinutes, meeting.id),
      ],
    },
  ];
}

/**
 * The meeting's overview in the council's channel: title, when (council
 * time), where, the afbud deadline, the buttons (afbud, taking it back, the
 * referat), the open follow-up from earlier meetings and the table of contents. Each item follows as a reply in its
 * thread.
 */
export function agendaOverview(view: PublishedAgendaView): SlackMessage {
  const { locale } = view.council;
  const { meeting } = view.meeting;
  const blocks: Block[] = [
    header(t(locale, 'slack.meeting.agenda.heading', { title: meeting.title })),
    section(
      [
        ...factLines(locale, meeting),
        // Made when opened: a moved meeting's link gives the new time, a cancelled one's removes it.
        ...(view.invitationUrl === undefined
          ? []
          : [mrkdwnLink(t(locale, 'meeting.invitation.link'), view.invitationUrl)]),
      ].join('\n'),
    ),
  ];
  if (meeting.status === 'cancelled')
    blocks.push(section(`*${t(locale, 'slack.meeting.agenda.cancelled')}*`));
  blocks.push(...overviewActions(locale, meeting));
  blocks.push(...followUpBlocks(locale, view));
  blocks.push(divider(), section(`*${t(locale, 'meeting.minutes.contents')}*`));
  blocks.push(...contentsBlocks(locale, view));
  if (view.meeting.items.length > 0)
    blocks.push(context(t(locale, 'slack.meeting.agenda.in_thread')));
  const text = t(locale, 'slack.meeting.agenda.text', {
    title: meeting.title,
    when: meetingWhen(locale, meeting),
  });
  // The fallback text is mrkdwn for notifications too: a title must not ping anyone.
  return { text: escapeMrkdwn(text), blocks };
}
