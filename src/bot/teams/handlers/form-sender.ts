import type { TurnContext } from '@microsoft/agents-hosting';
import type { Member } from '../../../domain/council/roster.ts';
import { t, type MessageKey } from '../../../i18n/messages.ts';
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
  heading: MessageKey,
  allowed: (member: Member) => boolean,
  refusal: MessageKey,
): Promise<KnownSpeaker | AdaptiveCard> {
  const speaker = await kit.speaker(context.activity);
  if (!speaker.ok) return noticeCard(t(speaker.locale, heading), [speaker.text], 'attention');
  const locale = speaker.council.locale;
  if (!allowed(speaker.member))
    return noticeCard(t(locale, heading), [t(locale, refusal)], 'attention');
  return speaker;
}
