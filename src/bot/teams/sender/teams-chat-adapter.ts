import type { Activity, ConversationReference } from '@microsoft/agents-activity';
import { MessageFactory } from '@microsoft/agents-hosting';
import { SenderError, type Route } from '../../../app/chat-sender.ts';
import type { ChatDirectory } from '../../../app/ports.ts';
import type { Member } from '../../../domain/council/roster.ts';
import type { ChatAdapter } from '../../message-lifecycle/chat-adapter.ts';
import type { LifecycleLog, NoticeParts } from '../../message-lifecycle/message-lifecycle.ts';
import { storeStep } from '../../message-lifecycle/message-record.ts';
import type { WhenUnreachable } from '../../message-lifecycle/notice-plan.ts';
import {
  councilAddress,
  memberAddress,
  messageAddressOf,
  saveMemberAddress,
  type CouncilAddress,
  type MemberAddress,
  type MessageAddress,
} from '../teams-addresses.ts';
import type { Proactive } from './proactive.ts';

/**
 * A message to one member: the card for their personal chat, and the text
 * of the @mention it becomes when they cannot be reached 1:1 (if the notice's
 * plan allows one).
 */
export interface TeamsDirectMessage {
  readonly card: Activity;
  readonly text: string;
}

/** A capability's notices in Teams: its plans, and activities for its subject, follow-ups and members. */
export type TeamsNoticeParts<State> = NoticeParts<State, Activity, TeamsDirectMessage, Member>;

type DirectVia = 'personal' | 'create' | 'mention';

interface DirectDelivery {
  readonly councilId: string;
  readonly member: Member;
  readonly message: TeamsDirectMessage;
  readonly thread: () => Promise<MessageAddress | undefined>;
  readonly whenUnreachable?: WhenUnreachable;
}

/**
 * The Bot Connector under the message lifecycle: a card goes to the council's
 * channel or group chat, follow-ups into the same conversation, a member's
 * message 1:1 when there is (or can be opened) a personal chat, else as an
 * @mention under the subject's card in the council's channel.
 */
export class TeamsChatAdapter implements ChatAdapter<
  MessageAddress,
  Activity,
  TeamsDirectMessage,
  Member
> {
  readonly platform = 'teams';
  /**
   * The Bot Connector takes 7 messages per second per conversation, but only
   * 8 per 2 s (then 60 per 30 s): a steady 4 per second keeps both of the
   * first, so a 40-item agenda's replies (paced at this rate) go out in about
   * ten seconds without a 429; a burst beyond 60 per 30 s is waited out.
   */
  readonly conversationLimit = { max: 4, windowMs: 1_000 };

  constructor(
    private readonly deps: { readonly directory: ChatDirectory; readonly log: LifecycleLog },
    private readonly proactive: Proactive,
  ) {}

  whereOf(record: Readonly<Record<string, unknown>>): MessageAddress | undefined {
    return messageAddressOf(record);
  }

  routeTo(where: MessageAddress): Route {
    return this.route(where.conversationId);
  }

  async councilRoute(councilId: string, notice: object): Promise<Route | undefined> {
    const council = await this.council(councilId);
    if (council === undefined) {
      this.deps.log.info(
        { notice },
        'teams: the council has no Teams channel yet; install Rådsbot there or type "tilknyt <råd-id>"',
      );
      return undefined;
    }
    return this.route(council.reference.conversation.id);
  }

  /**
   * 1:1 when the member has a personal chat with the bot (or one can be
   * opened: their Teams user id is known), else an @mention in the council's
   * conversation, unless the notice's plan allows none.
   */
  async memberRoute(
    councilId: string,
    member: Member,
    whenUnreachable: WhenUnreachable = 'mention',
  ): Promise<Route | undefined> {
    const address = await storeStep(() => memberAddress(this.deps.directory, councilId, member.id));
    if (address?.reference) return this.route(address.reference.conversation.id, 'personal');
    if (address?.serviceUrl && address.botId) return this.route(`user/${address.userId}`, 'create');
    if (whenUnreachable === 'none') {
      this.deps.log.info(
        { councilId, memberId: member.id },
        'teams: the member has no personal chat with Rådsbot; this notice is not posted in the channel',
      );
      return undefined;
    }
    const hasTeamsIdentity = member.identities.some((identity) => identity.platform === 'teams');
    const council = await this.council(councilId);
    if ((address || hasTeamsIdentity) && council)
      return this.route(council.reference.conversation.id, 'mention');
    return undefined;
  }

  async post(_route: Route, councilId: string, message: Activity): Promise<MessageAddress> {
    const council = await this.council(councilId);
    if (council === undefined)
      throw new SenderError('permanent', 'the council has no Teams conversation');
    const activityId = await this.proactive.post(council.reference, message, 'post the card');
    return {
      conversationId: council.reference.conversation.id,
      activityId,
      reference: council.reference,
    };
  }

  async update(
    _route: Route,
    councilId: string,
    where: MessageAddress,
    message: Activity,
  ): Promise<void> {
    const council = await this.council(councilId);
    const reference = currentReference(where, council);
    const threaded =
      where.threadOf === undefined
        ? reference
        : threadReference(reference, where.threadOf, council);
    await this.proactive.update(threaded, where.activityId, message, 'update the card');
  }

  /** Into the card's conversation, as a post of its own (as Teams shows a bot's follow-ups). */
  async reply(
    _route: Route,
    councilId: string,
    where: MessageAddress,
    message: Activity,
  ): Promise<string> {
    const reference = currentReference(where, await this.council(councilId));
    return this.proactive.post(reference, message, 'post a follow-up');
  }

  /**
   * A reply kept current in a channel thread (an agenda item under the
   * overview): to the conversation `…;messageid=<the card's id>`, which is how
   * the Connector threads a post. A group chat has no threads: a post there.
   */
  async threadReply(
    _route: Route,
    councilId: string,
    where: MessageAddress,
    message: Activity,
  ): Promise<string> {
    const council = await this.council(councilId);
    const reference = threadReference(currentReference(where, council), where.activityId, council);
    return this.proactive.post(reference, message, 'post a reply in the thread');
  }

  /** A thread reply's own address: updated in its thread, under the same card. */
  replyAddress(where: MessageAddress, replyId: string): MessageAddress {
    return { ...where, activityId: replyId, threadOf: where.activityId };
  }

  async sendDirect(route: Route, delivery: DirectDelivery): Promise<void> {
    const { councilId, member, message } = delivery;
    const { directory } = this.deps;
    const address = await storeStep(() => memberAddress(directory, councilId, member.id));
    const via = (route.context?.['via'] ?? 'mention') as DirectVia;

    if (via === 'personal' && address?.reference) {
      try {
        await this.proactive.post(address.reference, message.card, 'post to a member 1:1');
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
          message.card,
          'open a 1:1 chat with a member',
        );
        await storeStep(() =>
          saveMemberAddress(directory, councilId, member.id, { ...address, reference }),
        );
        return;
      } catch (error) {
        if ((error as SenderError).failure !== 'permanent') throw error;
        // The app is not installed for the member: mention them where the council is.
      }
    }
    await this.mention(delivery, address);
  }

  /**
   * The @mention a member gets when they cannot be reached 1:1: under the
   * subject's card (or, by default, in the council's conversation when it is
   * not posted); only in the card's thread when the plan says 'thread';
   * nothing when it says 'none'.
   */
  private async mention(
    delivery: DirectDelivery,
    address: MemberAddress | undefined,
  ): Promise<void> {
    const { councilId, member, message } = delivery;
    const whenUnreachable = delivery.whenUnreachable ?? 'mention';
    const unsent = (why: string): void =>
      this.deps.log.info({ councilId, memberId: member.id }, `teams: ${why}`);
    if (whenUnreachable === 'none')
      return unsent('the member cannot be reached 1:1; this notice is not posted in the channel');
    const council = await this.council(councilId);
    const aadObjectId = member.identities.find(
      (identity) => identity.platform === 'teams',
    )?.aadObjectId;
    const mentionedId = address?.userId ?? aadObjectId;
    if (council === undefined || mentionedId === undefined) return;
    const posted = await delivery.thread();
    if (whenUnreachable === 'thread' && !threadable(council, posted))
      return unsent('the member cannot be reached 1:1 and there is no thread to mention them in');
    const tag = `<at>${member.name}</at>`;
    const activity = MessageFactory.text(`${tag} ${message.text}`);
    activity.entities = [
      { type: 'mention', text: tag, mentioned: { id: mentionedId, name: member.name } },
    ];
    await this.proactive.post(inThreadOf(council, posted), activity, 'mention a member');
  }

  private council(councilId: string): Promise<CouncilAddress | undefined> {
    return storeStep(() => councilAddress(this.deps.directory, councilId));
  }

  private route(conversation: string, via?: DirectVia): Route {
    return { platform: this.platform, conversation, ...(via ? { context: { via } } : {}) };
  }
}

/**
 * The card's conversation as it is reached today: the council's current
 * reference when it is the same conversation (its serviceUrl may have moved,
 * e.g. a restarted Playground), else the one saved with the card.
 */
function currentReference(
  posted: MessageAddress,
  council: CouncilAddress | undefined,
): ConversationReference {
  return council && council.reference.conversation.id === posted.conversationId
    ? council.reference
    : posted.reference;
}

/**
 * The thread under a posted card in a channel (`…;messageid=<card id>`); a
 * group chat's reference as it is (no threads there).
 */
function threadReference(
  reference: ConversationReference,
  cardId: string,
  council: CouncilAddress | undefined,
): ConversationReference {
  const { conversation } = reference;
  const inChannel =
    council !== undefined && council.reference.conversation.id === conversation.id
      ? council.scope === 'channel'
      : conversation.conversationType === 'channel';
  if (!inChannel) return reference;
  const base = conversation.id.split(';')[0] ?? conversation.id;
  return { ...reference, conversation: { ...conversation, id: `${base};messageid=${cardId}` } };
}

/** Whether the subject's card is posted in the council's channel, so it has a thread to reply in. */
function threadable(
  council: CouncilAddress,
  posted: MessageAddress | undefined,
): posted is MessageAddress {
  return (
    council.scope === 'channel' &&
    posted !== undefined &&
    posted.conversationId === council.reference.conversation.id
  );
}

/** In a channel, under the subject's card (its thread); in a group chat, a new post. */
function inThreadOf(
  council: CouncilAddress,
  posted: MessageAddress | undefined,
): ConversationReference {
  if (!threadable(council, posted)) return council.reference;
  const reference = council.reference;
  return {
    ...reference,
    conversation: {
      ...reference.conversation,
      id: `${reference.conversation.id};messageid=${posted.activityId}`,
    },
  };
}
