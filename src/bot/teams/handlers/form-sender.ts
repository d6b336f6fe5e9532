import type { TurnContext } from '@microsoft/agents-hosting';
import type { Member } from '../../../domain/council/roster.ts';
import { textFor, type TextKey } from '../../../i18n/shared/index.ts';
import type { AdaptiveCard } from '../cards/adaptive-card.ts';
import { noticeCard } from '../cards/notice-card.ts';
import type { KnownSpeaker, TeamsKit } from './teams-kit.ts';

/**
 * Who submitted a form, if they may: a stranger, or someone whose role does
 * not allow it, gets a notice card under the form's heading instead.
 */
export async function formSender(
  kit: TeamsKit,
  context: TurnContext,
  heading: TextKey,
  allowed: (member: Member) => boolean,
  refusal: TextKey,
): Promise<KnownSpeaker | AdaptiveCard> {
  const speaker = await kit.speaker(context.activity);
  if (!speaker.ok) return noticeCard(textFor(speaker.locale, heading), [speaker.text], 'attention');
  const locale = speaker.council.locale;
  if (!allowed(speaker.member))
    return noticeCard(textFor(locale, heading), [textFor(locale, refusal)], 'attention');
  return speaker;
}
