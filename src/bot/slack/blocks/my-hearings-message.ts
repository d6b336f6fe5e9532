import type { HearingView } from '../../../app/view-hearing.ts';
import type { Locale } from '../../../domain/council.ts';
import { t } from '../../../i18n/messages.ts';
import { context, divider, section, type Block, type SlackMessage } from './block-kit.ts';
import { hearingCard } from './hearing-card.ts';

/** Cards that fit in one message (50 blocks) with the heading and footer. */
export const mineMaxHearings = 10;

/** "/raad mine": the member's open hearings, their answers and the buttons, only to them. */
export function myHearingsMessage(locale: Locale, hearings: readonly HearingView[]): SlackMessage {
  if (hearings.length === 0) {
    const text = t(locale, 'slack.mine.empty');
    return { text, blocks: [section(text), context(t(locale, 'slack.help.home'))] };
  }
  const title = t(locale, 'slack.home.title');
  const blocks: Block[] = [section(`*${title}*`)];
  for (const view of hearings.slice(0, mineMaxHearings))
    blocks.push(divider(), ...hearingCard(view));
  // More than fit here are all in the Home tab, which holds twice as many.
  blocks.push(context(t(locale, 'slack.help.home')));
  return { text: title, blocks };
}
