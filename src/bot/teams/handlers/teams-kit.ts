import type { Activity } from '@microsoft/agents-activity';
import { CardFactory, MessageFactory, type TurnContext } from '@microsoft/agents-hosting';
import { StoreUnavailableError } from '../../../app/ports.ts';
import type { Council } from '../../../domain/council/council.ts';
import { describeFailure, t } from '../../../i18n/shared/index.ts';
import type { AdaptiveCard } from '../cards/adaptive-card.ts';
import { identifySpeaker, MemberAddressBook, type Speaker } from '../identify-speaker.ts';
import { RefreshAudience } from '../refresh-audience.ts';
import type { TeamsDeps } from '../teams-deps.ts';

export type KnownSpeaker = Extract<Speaker, { ok: true }>;

/** What every handler shares: the ports, who has been seen where, and who gets their own card view (refresh). */
export class TeamsKit {
  readonly addresses: MemberAddressBook;
  readonly audience: RefreshAudience;

  constructor(readonly deps: TeamsDeps) {
    this.addresses = new MemberAddressBook(deps);
    this.audience = new RefreshAudience(deps);
  }

  /** Identifies the speaker and remembers where to reach them. */
  async speaker(activity: Activity): Promise<Speaker & { newPersonalChat?: boolean }> {
    const speaker = await identifySpeaker(this.deps, activity);
    if (!speaker.ok) return speaker;
    const { newPersonalChat, learned } = await this.addresses.remember(
      speaker.council,
      speaker.member,
      activity,
    );
    if (learned) this.audience.forget(speaker.council.id);
    return { ...speaker, newPersonalChat };
  }
}

export const cardActivity = (card: AdaptiveCard) =>
  MessageFactory.attachment(CardFactory.adaptiveCard(card));

export async function sendCard(context: TurnContext, card: AdaptiveCard): Promise<void> {
  await context.sendActivity(cardActivity(card));
}

export async function sendText(context: TurnContext, text: string): Promise<void> {
  await context.sendActivity(MessageFactory.text(text));
}

/** A thrown store outage or bug, as one sentence for the person who acted. */
export function troubleText(
  council: Pick<Council, 'locale'> | undefined,
  error: unknown,
  fallback: Council['locale'],
): string {
  const locale = council?.locale ?? fallback;
  return error instanceof StoreUnavailableError
    ? describeFailure(locale, { code: 'store_unavailable' })
    : t(locale, 'error.unexpected');
}

/** Reads Action.Execute data (button data plus the card's inputs) as a plain record. */
export function actionData(action: unknown): Record<string, unknown> {
  const data = (action as { data?: unknown } | undefined)?.data;
  return typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
}

export const stringIn = (data: Record<string, unknown>, key: string): string | undefined => {
  const value = data[key];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
};
