import { t } from '../../../i18n/meetings/index.ts';
import type { MinutesView } from '../../present/meetings/minutes-notice-plans.ts';
import { approvedFollowUpText, minutesSummary } from '../../present/meetings/minutes-summary.ts';
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
import { mrkdwnLink } from './slack-text.ts';

/** Blocks around the items: header, facts, divider, files, count, state, buttons, a note. */
const blocksAroundItems = 10;
/** An item's line (number, title, Beslutning in short) longer than this is cut. */
const itemLineMax = 400;

/** The items' lines packed into at most `room` sections of Slack's size; how many fit. */
function itemSections(
  lines: readonly string[],
  room: number,
): { sections: string[]; shown: number } {
  const sections: string[] = [];
  let current = '';
  let shown = 0;
  for (const line of lines) {
    const joined = current === '' ? line : `${current}\n${line}`;
    if ([...joined].length <= slackLimits.sectionText) current = joined;
    else {
      if (sections.length + 1 >= room) break;
      sections.push(current);
      current = line;
    }
    shown += 1;
  }
  if (current !== '') sections.push(current);
  return { sections, shown };
}

/**
 * The referat out for approval in the council's channel: the meeting, each
 * item with its Beslutning in short, the deadline, the signed links to the
 * Word document and the Markdown, how many have approved, and the buttons
 * while it is open. A long agenda is cut with a note pointing to the referat.
 */
export function minutesSummaryMessage(view: MinutesView): SlackMessage {
  const locale = view.council.locale;
  const summary = minutesSummary(view);
  const blocks: Block[] = [
    header(summary.heading),
    section(`*${escapeMrkdwn(summary.when)}*\n${escapeMrkdwn(summary.state)}`),
    divider(),
  ];
  const lines = summary.items.map((item) =>
    clip(
      `*${escapeMrkdwn(`${item.number} ${item.title}`)}*\n${escapeMrkdwn(item.decision)}`,
      itemLineMax,
    ),
  );
  const { sections, shown } = itemSections(lines, slackLimits.messageBlocks - blocksAroundItems);
  blocks.push(...sections.map((text) => section(text)));
  if (shown < lines.length)
    blocks.push(context(t(locale, 'minutes.chat.more_items', { count: lines.length - shown })));
  blocks.push(divider());
  if (summary.files !== undefined)
    blocks.push(
      section(
        t(locale, 'minutes.chat.files', {
          word: mrkdwnLink(t(locale, 'minutes.chat.word'), summary.files.docx),
          markdown: mrkdwnLink(t(locale, 'minutes.chat.markdown'), summary.files.md),
        }),
      ),
      context(escapeMrkdwn(summary.files.until)),
    );
  blocks.push(section(`*${escapeMrkdwn(summary.count)}*`));
  if (summary.open) {
    const meetingId = view.meeting.meeting.id;
    blocks.push({
      type: 'actions',
      elements: [
        button(
          t(locale, 'minutes.chat.approve'),
          meetingActionIds.approveMinutes,
          meetingId,
          'primary',
        ),
        button(t(locale, 'minutes.chat.remark'), meetingActionIds.remarkOnMinutes, meetingId),
        button(t(locale, 'minutes.chat.close'), meetingActionIds.closeMinutes, meetingId),
      ],
    });
  }
  return { text: escapeMrkdwn(summary.text), blocks };
}

/** The reply in the summary's thread once the referat is approved. */
export function minutesApprovedReply(view: MinutesView): SlackMessage {
  const text = escapeMrkdwn(approvedFollowUpText(view));
  return { text, blocks: [section(text)] };
}
