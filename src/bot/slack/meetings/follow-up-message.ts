import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/meetings/index.ts';
import type { FollowUpGroup } from '../../present/meetings/follow-up-groups.ts';
import {
  button,
  context,
  header,
  section,
  type Block,
  type SlackMessage,
} from '../blocks/block-kit.ts';
import { clip, escapeMrkdwn, slackLimits } from '../blocks/slack-limits.ts';
import { meetingActionIds } from './meeting-ids.ts';

/** A decision longer than this is cut; the whole of it stays in the referat. */
const decisionMax = 600;

/**
 * The follow-up sheet as an ephemeral message: the open points grouped by
 * meeting, each with "Markér som udført" for whoever may mark it (its owner,
 * the secretariat). A line on top says what a click just did.
 */
export function followUpMessage(
  locale: Locale,
  groups: readonly FollowUpGroup[],
  banner?: string,
): SlackMessage {
  const blocks: Block[] = [header(t(locale, 'meeting.followup_chat.heading'))];
  if (banner !== undefined) blocks.push(section(`*${escapeMrkdwn(banner)}*`));
  if (groups.length === 0) blocks.push(section(t(locale, 'meeting.followup_chat.none')));
  // Room for the "more" line at the end.
  const room = slackLimits.messageBlocks - 1;
  let left = groups.reduce((count, group) => count + group.points.length, 0);
  for (const group of groups) {
    if (blocks.length + 2 > room) break;
    blocks.push(section(`*${escapeMrkdwn(group.heading)}*`));
    for (const point of group.points) {
      if (blocks.length + 1 > room) break;
      const text = [
        `*${escapeMrkdwn(point.title)}*`,
        escapeMrkdwn(clip(point.decision, decisionMax)),
        `_${escapeMrkdwn(point.facts)}_`,
      ].join('\n');
      blocks.push({
        ...section(text),
        ...(point.mayMarkDone
          ? {
              accessory: button(
                t(locale, 'meeting.followup_chat.mark_done'),
                meetingActionIds.followUpDone,
                point.pointId,
              ),
            }
          : {}),
      });
      left -= 1;
    }
  }
  if (left > 0) blocks.push(context(t(locale, 'meeting.followup_chat.more', { count: left })));
  return { text: escapeMrkdwn(banner ?? t(locale, 'meeting.followup_chat.text')), blocks };
}
