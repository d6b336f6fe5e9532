import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/hearings/index.ts';
import { context, divider, section, type Block, type SlackMessage } from '../blocks/block-kit.ts';
import { hearingCard } from './hearing-card.ts';
import { manageBlocks } from './manage-blocks.ts';
import { slackLimits } from '../blocks/slack-limits.ts';

/** Cards that fit in one message (50 blocks) with the heading and footer. */
export const mineMaxHearings = 10;

/**
 * "/raad mine": the member's open hearings, their answers and the buttons,
 * only to them; for the secretariat and the chair group each hearing also
 * has its management section (manage-blocks.ts).
 */
export function myHearingsMessage(locale: Locale, hearings: readonly HearingView[]): SlackMessage {
  if (hearings.length === 0) {
    const text = t(locale, 'mine.empty');
    return { text, blocks: [section(text), context(t(locale, 'slack.help.home'))] };
  }
  const title = t(locale, 'slack.home.title');
  const blocks: Block[] = [section(`*${title}*`)];
  for (const view of hearings.slice(0, mineMaxHearings)) {
    const card = [divider(), ...hearingCard(view), ...manageBlocks(view)];
    // The secretariat's sections take room: stop while the footer still fits.
    if (blocks.length + card.length + 1 > slackLimits.messageBlocks) break;
    blocks.push(...card);
  }
  // More than fit here are all in the Home tab, which holds twice as many.
  blocks.push(context(t(locale, 'slack.help.home')));
  return { text: title, blocks };
}
