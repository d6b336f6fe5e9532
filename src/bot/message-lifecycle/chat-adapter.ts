import type { RateWindow, Route } from '../../app/chat-sender.ts';
import type { ChatPlatform } from '../../app/ports.ts';
import type { WhenUnreachable } from './notice-plan.ts';

/**
 * One chat platform as the message lifecycle drives it: only API calls and
 * addresses. Which message to send, when to post or update and which
 * follow-ups were posted is the lifecycle's; what to say is the capability's.
 *
 * `Where` is where a posted message is (a Slack channel and ts, a Teams
 * conversation and activity id): plain JSON, kept in the ChatDirectory.
 * Every call throws a SenderError (rate_limited with Retry-After, transient,
 * permanent) that the delivery worker acts on.
 */
export interface ChatAdapter<Where, Message, Direct, Recipient> {
  readonly platform: ChatPlatform;
  /** How many posts one conversation takes per window (the outbox keeps to it). */
  readonly conversationLimit: RateWindow;

  /** A stored record's address; undefined when it is not one of this platform's. */
  whereOf(record: Readonly<Record<string, unknown>>): Where | undefined;
  /** The route to a posted message's conversation. */
  routeTo(where: Where): Route;
  /** The route to the council's conversation, where a new subject message goes; undefined (and logged) when it has none. */
  councilRoute(councilId: string, notice: object): Promise<Route | undefined>;
  /**
   * The route to a member's direct conversation (or its fallback, as
   * `whenUnreachable` allows; default 'mention'); undefined when they cannot be reached here.
   */
  memberRoute(
    councilId: string,
    member: Recipient,
    whenUnreachable?: WhenUnreachable,
  ): Promise<Route | undefined>;

  /** Posts a new top-level message; where it landed. Not idempotent: the lifecycle remembers the answer. */
  post(route: Route, councilId: string, message: Message): Promise<Where>;
  /** Replaces a posted message (idempotent). */
  update(route: Route, councilId: string, where: Where, message: Message): Promise<void>;
  /** Adds a message in a posted message's thread; the new message's id. */
  reply(route: Route, councilId: string, where: Where, message: Message): Promise<string>;
  /** Where a reply in a posted message's thread is (its id from `reply`), to update it in place. */
  replyAddress?(where: Where, replyId: string): Where;
  /**
   * Adds a reply kept current (a plan's threadReplies) in the posted message's
   * thread; its id. Only for a platform whose `reply` puts follow-ups
   * somewhere else (Teams posts them in the conversation); else `reply` is used.
   */
  threadReply?(route: Route, councilId: string, where: Where, message: Message): Promise<string>;
  /**
   * Sends a member a message of their own; `thread` is the subject's message,
   * for a fallback under it as `whenUnreachable` allows (default 'mention').
   */
  sendDirect(
    route: Route,
    delivery: {
      readonly councilId: string;
      readonly member: Recipient;
      readonly message: Direct;
      readonly thread: () => Promise<Where | undefined>;
      readonly whenUnreachable?: WhenUnreachable;
    },
  ): Promise<void>;
}

/** How a capability's notices look on one platform. */
export interface NoticeRenderers<State, Message, Direct> {
  /** The subject's own message, as posted and as every update replaces it. */
  subject(state: State): Message | Promise<Message>;
  /** A follow-up in the subject's thread (`key` from the plans' followUp). */
  followUp(key: string, state: State): Message | Promise<Message>;
  /** A reply kept current in the subject's thread (`key` from the plans' threadReplies). */
  threadReply?(key: string, state: State): Message | Promise<Message>;
  /** A message to one member (state loaded as they see it). */
  direct(state: State): Direct | Promise<Direct>;
}
