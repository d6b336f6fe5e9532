import type { NextMeetingForMember } from '../../../app/meetings/next-meeting-for-member.ts';
import { t } from '../../../i18n/meetings/index.ts';
import {
  minutesToApprove,
  nextMeetingSummary,
  type NextMeetingSummary,
} from '../../present/meetings/next-meeting-summary.ts';
import { button, context, section, type Block } from '../blocks/block-kit.ts';
import { clip, escapeMrkdwn, slackLimits } from '../blocks/slack-limits.ts';
import { meetingActionIds } from './meeting-ids.ts';
import { chunkLines, mrkdwnLink } from './slack-text.ts';

/** Sections the agenda may take; 40 items of about 120 characters fit in two. */
const agendaSections = 4;
/** Referater waiting for approval shown one by one; more are counted. */
const minutesShown = 3;
/** At most this many blocks, so App Home keeps room for the hearings. */
export const nextMeetingMaxBlocks = 4 + agendaSections + 1 + 1 + minutesShown + 1;

const contentsLineMax = 300;

function agendaBlocks(
  locale: NextMeetingForMember['council']['locale'],
  summary: NextMeetingSummary,
): Block[] {
  if (summary.agenda === undefined)
    return summary.agendaNote === undefined ? [] : [context(escapeMrkdwn(summary.agendaNote))];
  const lines = summary.agenda.map((heading) =>
    heading.theme
      ? `*${escapeMrkdwn(clip(heading.text, contentsLineMax))}*`
      : escapeMrkdwn(clip(heading.text, contentsLineMax)),
  );
  const chunks = chunkLines(
    [`*${t(locale, 'meeting.next.agenda')}*`, ...lines],
    slackLimits.sectionText,
  );
  if (chunks.length <= agendaSections) return chunks.map((chunk) => section(chunk));
  const shown = chunks.slice(0, agendaSections);
  const shownLines = shown.reduce((count, chunk) => count + chunk.split('\n').length, 0) - 1;
  return [
    ...shown.map((chunk) => section(chunk)),
    context(t(locale, 'meeting.next.more_items', { count: lines.length - shownLines })),
  ];
}

/**
 * The member's next meeting in Slack (App Home and "/raad næste"): when and
 * where, the numbered agenda with kinds once it is out, their own status
 * with the afbud button (or taking it back), and the referater waiting for
 * their approval with "Godkend referat".
 */
export function nextMeetingBlocks(view: NextMeetingForMember): Block[] {
  const locale = view.council.locale;
  const summary = nextMeetingSummary(view);
  const blocks: Block[] = [];
  if (summary === undefined) {
    blocks.push(
      section(`*${t(locale, 'meeting.next.heading')}*\n${t(locale, 'meeting.next.none')}`),
    );
  } else {
    const facts = [
      `*${t(locale, 'meeting.next.heading')}: ${escapeMrkdwn(summary.title)}*`,
      escapeMrkdwn(summary.when),
      ...(summary.place === undefined
        ? []
        : [escapeMrkdwn(t(locale, 'meeting.preview.place', { place: summary.place }))]),
      ...(summary.onlineLink === undefined
        ? []
        : [mrkdwnLink(t(locale, 'meeting.next.online'), summary.onlineLink)]),
      ...(summary.afbudDeadline === undefined ? [] : [escapeMrkdwn(summary.afbudDeadline)]),
    ];
    blocks.push(section(facts.join('\n')));
    blocks.push(...agendaBlocks(locale, summary));
    blocks.push(section(`*${escapeMrkdwn(summary.status)}*`));
    if (summary.action !== undefined)
      blocks.push({
        type: 'actions',
        block_id: 'meeting.next.actions',
        elements: [
          summary.action === 'afbud'
            ? button(t(locale, 'meeting.next.afbud'), meetingActionIds.afbud, summary.meetingId)
            : button(
                t(locale, 'meeting.next.withdraw_afbud'),
                meetingActionIds.withdrawAfbud,
                summary.meetingId,
              ),
        ],
      });
  }
  const minutes = minutesToApprove(view);
  if (minutes.length > 0) {
    blocks.push(section(`*${t(locale, 'meeting.next.minutes_heading')}*`));
    for (const entry of minutes.slice(0, minutesShown))
      blocks.push({
        ...section(escapeMrkdwn(entry.line)),
        accessory: button(
          t(locale, 'minutes.chat.approve'),
          meetingActionIds.approveMinutes,
          entry.meetingId,
          'primary',
        ),
      });
    if (minutes.length > minutesShown)
      blocks.push(
        context(t(locale, 'meeting.next.more_minutes', { count: minutes.length - minutesShown })),
      );
  }
  return blocks.slice(0, nextMeetingMaxBlocks);
}

/** The fallback text of "/raad næste". */
export function nextMeetingText(view: NextMeetingForMember): string {
  const summary = nextMeetingSummary(view);
  const locale = view.council.locale;
  return escapeMrkdwn(
    summary === undefined
      ? t(locale, 'meeting.next.none')
      : t(locale, 'meeting.next.text', { title: summary.title, when: summary.when }),
  );
}
