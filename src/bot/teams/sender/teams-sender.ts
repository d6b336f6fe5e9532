import type { ConversationReference } from '@microsoft/agents-activity';
import { MessageFactory } from '@microsoft/agents-hosting';
import { SenderError, type ChatSender, type Route } from '../../../app/chat-sender.ts';
import type { Notice } from '../../../app/ports.ts';
import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import { formatDeadline, t } from '../../../i18n/hearings/index.ts';
import { reminderCard, reminderText } from '../hearings/reminder-card.ts';
import { resultCard } from '../hearings/result-card.ts';
import { cardActivity, type TeamsKit } from '../handlers/teams-kit.ts';
import {
  councilAddress,
  hearingMessage,
  memberAddress,
  saveHearingMessage,
  saveMemberAddress,
  type CouncilAddress,
  type HearingMessage,
  type MemberAddress,
} from '../teams-addresses.ts';
import { reminderStillDue } from '../../present/hearings/reminder-still-due.ts';
import type { Proactive } from './proactive.ts';

type HearingNotice = Exclude<Notice, { kind: 'reminder' }>;
type ReminderNotice = Extract<Notice, { kind: 'reminder' }>;
type ReminderVia = 'personal' | 'create' | 'mention';

/**
 * At most one update per card per second, measured where Teams sees it. The
 * outbox already coalesces refreshes to one per second per hearing, but a
 * refresh's delivery can be held up (a busy conversation, a retry) and land
 * right before the next; the sender waits out the rest of the second.
 */
export const CARD_UPDATE_INTERVAL_MS = 1_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Teams as the outbox sees it. Routes are decided when a notice is fanned
 * out; cards are rendered from fresh state when delivered, so a coalesced
 * refresh (≤ 1 per hearing per second, by the outbox) shows every click.
 *
 * Idempotent where Teams is not: the card's activity id is remembered in
 * the ChatDirectory right after posting, so a retried `hearing_opened`
 * updates the card instead of posting a second one, and each follow-up
 * (result, withdrawal, moved deadline) is posted once.
 */
export class TeamsSender implements ChatSender {
  readonly platform = 'teams';
  /** Bot Connector: 7 messages per second per conversation (then 8/2 s, 60/30 s). */
  readonly conversationLimit = { max: 7, windowMs: 1_000 };

  constructor(
    private readonly kit: TeamsKit,
    private readonly proactive: Proactive,
  ) {}

  async routesFor(notice: Notice): Promise<Route[]> {
    if (notice.kind === 'reminder') return this.reminderRoutes(notice);
    const { directory, log } = this.kit.deps;
    const posted = await this.read(() =>
      hearingMessage(directory, notice.councilId, notice.hearingId),
    );
    if (posted) return [this.route(posted.conversationId)];
    // A refresh before the card is posted needs nothing: the post renders the current state.
    if (notice.kind === 'hearing_changed') return [];
    const council = await this.read(() => councilAddress(directory, notice.councilId));
    if (council === undefined) {
      log.info(
        { notice },
        'teams: the council has no Teams channel yet; install Rådsbot there or type "tilknyt <råd-id>"',
      );
      return [];
    }
    return [this.route(council.reference.conversation.id)];
  }

  async deliver(route: Route, notice: Notice): Promise<void> {
    if (notice.kind === 'reminder') return this.deliverReminder(route, notice);
    return this.deliverHearingNotice(notice);
  }

  private async deliverHearingNotice(notice: HearingNotice): Promise<void> {
    const { councilId, hearingId } = notice;
    const view = await this.view(councilId, hearingId);
    if (view === undefined) return;
    const { directory } = this.kit.deps;
    const council = await this.read(() => councilAddress(directory, councilId));
    const posted = await this.read(() => hearingMessage(directory, councilId, hearingId));
    const card = await this.kit.card(view);

    if (posted === undefined) {
      if (notice.kind === 'hearing_changed') return;
      if (notice.kind !== 'hearing_opened')
        // The opening post is still on its way (e.g. waiting out a 429): come back after it.
        throw new SenderError('transient', `${notice.kind} before the hearing's card was posted`);
      if (council === undefined)
        throw new SenderError('permanent', 'the council has no Teams conversation');
      const activityId = await this.proactive.post(
        council.reference,
        cardActivity(card),
        'post the hearing card',
      );
      await this.write(() =>
        saveHearingMessage(directory, councilId, hearingId, {
          conversationId: council.reference.conversation.id,
          activityId,
          reference: council.reference,
        }),
      );
      return;
    }

    const reference = currentReference(posted, council);
    const wait = (posted.updatedAt ?? 0) + CARD_UPDATE_INTERVAL_MS - Date.now();
    if (wait > 0) await sleep(Math.min(wait, CARD_UPDATE_INTERVAL_MS));
    // Idempotent: however often it runs, the card shows the current state.
    await this.proactive.update(
      reference,
      posted.activityId,
      cardActivity(card),
      'update the hearing card',
    );
    await this.patch(councilId, hearingId, { updatedAt: Date.now() });

    const locale = view.council.locale;
    if (notice.kind === 'hearing_closed' && posted.resultActivityId === undefined) {
      const resultActivityId = await this.proactive.post(
        reference,
        cardActivity(resultCard(view)),
        'post the result',
      );
      await this.patch(councilId, hearingId, { resultActivityId });
    } else if (notice.kind === 'hearing_cancelled' && posted.cancelledActivityId === undefined) {
      const text = t(locale, 'hearing.cancelled', { title: view.hearing.title });
      const cancelledActivityId = await this.proactive.post(
        reference,
        MessageFactory.text(text),
        'post the withdrawal',
      );
      await this.patch(councilId, hearingId, { cancelledActivityId });
    } else if (
      notice.kind === 'deadline_moved' &&
      posted.announcedDeadline !== view.hearing.deadline
    ) {
      const when = formatDeadline(locale, view.hearing.deadline, view.council.timeZone);
      const text = t(locale, 'hearing.deadline_moved', { title: view.hearing.title, when });
      await this.proactive.post(reference, MessageFactory.text(text), 'post the moved deadline');
      await this.patch(councilId, hearingId, { announcedDeadline: view.hearing.deadline });
    }
  }

  /**
   * A reminder goes 1:1 when the member has a personal chat with the bot (or
   * one can be opened: their Teams user id is known), else as an @mention in
   * the council's conversation — under the hearing's card in a channel.
   */
  private async reminderRoutes(notice: ReminderNotice): Promise<Route[]> {
    const { directory } = this.kit.deps;
    const view = await this.view(notice.councilId, notice.hearingId, notice.memberId);
    const member = view?.viewer?.member;
    if (member === undefined) return [];
    const address = await this.read(() => memberAddress(directory, notice.councilId, member.id));
    if (address?.reference) return [this.route(address.reference.conversation.id, 'personal')];
    if (address?.serviceUrl && address.botId)
      return [this.route(`user/${address.userId}`, 'create')];
    const hasTeamsIdentity = member.identities.some((identity) => identity.platform === 'teams');
    const council = await this.read(() => councilAddress(directory, notice.councilId));
    if ((address || hasTeamsIdentity) && council)
      return [this.route(council.reference.conversation.id, 'mention')];
    return [];
  }

  private async deliverReminder(route: Route, notice: ReminderNotice): Promise<void> {
    const { councilId, hearingId, memberId } = notice;
    const view = await this.view(councilId, hearingId, memberId);
    if (!reminderStillDue(view, notice)) return;
    const { directory } = this.kit.deps;
    const address = await this.read(() => memberAddress(directory, councilId, memberId));
    const via = (route.context?.['via'] ?? 'mention') as ReminderVia;
    const card = cardActivity(reminderCard(view));

    if (via === 'personal' && address?.reference) {
      try {
        await this.proactive.post(address.reference, card, 'post a reminder 1:1');
        return;
      } catch (error) {
        if ((error as SenderError).failure !== 'permanent') throw error;
        // The member removed the app: tell them in the council's conversation instead.
      }
    }
    if (via === 'create' && address?.serviceUrl && address.botId) {
      try {
        const reference = await this.proactive.createPersonalChat(
          {
            serviceUrl: address.serviceUrl,
            botId: address.botId,
            userId: address.userId,
            ...(address.tenantId ? { tenantId: address.tenantId } : {}),
          },
          card,
          'open a 1:1 chat for a reminder',
        );
        await this.write(() =>
          saveMemberAddress(directory, councilId, memberId, { ...address, reference }),
        );
        return;
      } catch (error) {
        if ((error as SenderError).failure !== 'permanent') throw error;
        // The app is not installed for the member: mention them where the council is.
      }
    }
    await this.mention(view, address);
  }

  private async mention(view: HearingView, address: MemberAddress | undefined): Promise<void> {
    const { directory } = this.kit.deps;
    const council = await this.read(() => councilAddress(directory, view.council.id));
    const member = view.viewer?.member;
    const aadObjectId = member?.identities.find(
      (identity) => identity.platform === 'teams',
    )?.aadObjectId;
    const mentionedId = address?.userId ?? aadObjectId;
    if (council === undefined || member === undefined || mentionedId === undefined) return;
    const posted = await this.read(() =>
      hearingMessage(directory, view.council.id, view.hearing.id),
    );
    const tag = `<at>${member.name}</at>`;
    const activity = MessageFactory.text(`${tag} ${reminderText(view)}`);
    activity.entities = [
      { type: 'mention', text: tag, mentioned: { id: mentionedId, name: member.name } },
    ];
    const reference = inThreadOf(council, posted);
    await this.proactive.post(reference, activity, 'mention a member with a reminder');
  }

  private route(conversation: string, via?: ReminderVia): Route {
    return { platform: this.platform, conversation, ...(via ? { context: { via } } : {}) };
  }

  /** The hearing as it is now; undefined when it is gone. A store outage is worth a retry. */
  private async view(
    councilId: string,
    hearingId: string,
    viewerId?: string,
  ): Promise<HearingView | undefined> {
    const view = await this.kit.deps.useCases.viewHearing({
      councilId,
      hearingId,
      withAudit: false,
      ...(viewerId ? { viewerId } : {}),
    });
    if (view.ok) return view.value;
    if (view.code === 'store_unavailable')
      throw new SenderError('transient', 'the store is unavailable');
    this.kit.deps.log.warn(
      { councilId, hearingId, code: view.code },
      'teams: nothing to deliver for this hearing',
    );
    return undefined;
  }

  private async read<T>(run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw new SenderError('transient', 'the store is unavailable', { cause: error });
    }
  }

  private write(run: () => Promise<void>): Promise<void> {
    return this.read(run);
  }

  /** Adds to the card's record as it is now (another delivery may have added to it meanwhile). */
  private async patch(
    councilId: string,
    hearingId: string,
    change: Partial<HearingMessage>,
  ): Promise<void> {
    const { directory } = this.kit.deps;
    await this.write(async () => {
      const latest = await hearingMessage(directory, councilId, hearingId);
      if (latest)
        await saveHearingMessage(directory, councilId, hearingId, { ...latest, ...change });
    });
  }
}

/**
 * The card's conversation as it is reached today: the council's current
 * reference when it is the same conversation (its serviceUrl may have moved,
 * e.g. a restarted Playground), else the one saved with the card.
 */
function currentReference(
  posted: HearingMessage,
  council: CouncilAddress | undefined,
): ConversationReference {
  return council && council.reference.conversation.id === posted.conversationId
    ? council.reference
    : posted.reference;
}

/** In a channel, under the hearing's card (its thread); in a group chat, a new post. */
function inThreadOf(
  council: CouncilAddress,
  posted: HearingMessage | undefined,
): ConversationReference {
  if (
    council.scope !== 'channel' ||
    posted === undefined ||
    posted.conversationId !== council.reference.conversation.id
  )
    return council.reference;
  const reference = council.reference;
  return {
    ...reference,
    conversation: {
      ...reference.conversation,
      id: `${reference.conversation.id};messageid=${posted.activityId}`,
    },
  };
}
