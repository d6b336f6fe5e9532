import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/meetings/index.ts';
import type { AttendanceOverview } from '../../present/meetings/attendance-overview.ts';
import { button, header, section, type Block, type SlackMessage } from '../blocks/block-kit.ts';
import { escapeMrkdwn, slackLimits } from '../blocks/slack-limits.ts';
import { meetingActionIds } from './meeting-ids.ts';
import { chunkLines } from './slack-text.ts';

/** Sections each list may take; a council of 40 fits in one. */
const sectionsEach = 20;

/**
 * The secretariat's fremmøde: who comes, afbud and the suppleant holding
 * each seat, who has not answered, "På mødet deltog:" grouped by
 * organisation, and "Tilføj gæst".
 */
export function attendanceMessage(
  locale: Locale,
  overview: AttendanceOverview,
  banner?: string,
): SlackMessage {
  const blocks: Block[] = [header(t(locale, 'meeting.attendance_chat.heading'))];
  if (banner !== undefined) blocks.push(section(`*${escapeMrkdwn(banner)}*`));
  blocks.push(section(`*${escapeMrkdwn(overview.title)}*`));
  const chunked = (lines: readonly string[]) =>
    chunkLines(lines.map(escapeMrkdwn), slackLimits.sectionText)
      .slice(0, sectionsEach)
      .map((chunk) => section(chunk));
  blocks.push(...chunked(overview.summary));
  if (overview.grouped.length > 0) blocks.push(...chunked(overview.grouped));
  blocks.push({
    type: 'actions',
    block_id: 'meeting.attendance.actions',
    elements: [
      button(
        t(locale, 'meeting.attendance_chat.add_guest'),
        meetingActionIds.addGuest,
        overview.meetingId,
      ),
    ],
  });
  return { text: escapeMrkdwn(overview.title), blocks: blocks.slice(-slackLimits.messageBlocks) };
}
