import {
  SenderError,
  type ChatSender,
  type RateWindow,
  type Route,
} from '../../app/chat-sender.ts';
import type { ChatDirectory, Clock } from '../../app/ports.ts';
import type { ChatAdapter, NoticeRenderers } from './chat-adapter.ts';
import {
  followUpPosted,
  newMessageRecord,
  readMessageRecord,
  storeStep,
  threadRepliesOf,
  type MessageRecord,
} from './message-record.ts';
import type { ChatNotice, NoticePlan, NoticePlans, WhenUnposted } from './notice-plan.ts';

/**
 * At most one update per message per second, measured where the platform
 * sees it. The outbox already coalesces refreshes to one per second per
 * subject, but a refresh's delivery can be held up (a busy conversation, a
 * retry) and land right before the next; the lifecycle waits out the rest of
 * the second.
 */
export const MESSAGE_UPDATE_INTERVAL_MS = 1_000;

/** One capability's notices on one platform: what to do (plans) and how it looks (render). */
export interface NoticeParts<State, Message, Direct, Recipient> {
  readonly plans: NoticePlans<State, Recipient>;
  readonly render: NoticeRenderers<State, Message, Direct>;
}

/** The part of a pino logger the lifecycle uses. */
export interface LifecycleLog {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
}

export interface MessageLifecycleOptions<Where, Message, Direct, Recipient> {
  readonly adapter: ChatAdapter<Where, Message, Direct, Recipient>;
  /** Every capability's notices (hearings, later meetings, …): the first that handles a notice takes it. */
  readonly notices: readonly NoticeParts<unknown, Message, Direct, Recipient>[];
  readonly directory: Pick<ChatDirectory, 'message' | 'saveMessage'>;
  readonly clock: Clock;
  readonly log: LifecycleLog;
  /** Waits out the update interval; a test may pass one that moves its clock instead. */
  readonly sleep?: (ms: number) => Promise<void>;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * A chat platform as the outbox sees it (ChatSender), the same for every
 * platform and capability: post a subject's message once and remember where
 * it went; update it in place (≤ 1 per second); add each follow-up in its
 * thread once; send a member a message of their own.
 *
 * Routes are decided when a notice is fanned out; messages are rendered from
 * fresh state when delivered, so a coalesced refresh shows every click
 * before it. Within a delivery the call that is not idempotent (the post)
 * comes last and its answer is remembered at once, so a retried delivery
 * updates instead of posting twice. Failures are SenderErrors: the delivery
 * worker waits, retries or gives up.
 */
export class MessageLifecycle<Where, Message, Direct, Recipient> implements ChatSender {
  readonly platform: string;
  readonly conversationLimit: RateWindow;
  private readonly adapter: ChatAdapter<Where, Message, Direct, Recipient>;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly options: MessageLifecycleOptions<Where, Message, Direct, Recipient>,
  ) {
    this.adapter = options.adapter;
    this.platform = options.adapter.platform;
    this.conversationLimit = options.adapter.conversationLimit;
    this.sleep = options.sleep ?? realSleep;
  }

  async routesFor(notice: ChatNotice): Promise<Route[]> {
    const parts = this.partsFor(notice);
    if (parts === undefined) return [];
    const plan = parts.plans.plan(notice);
    const { councilId } = notice;
    if (plan.to === 'member') {
      const state = await this.load(parts, notice, plan.memberId);
      const member = state === undefined ? undefined : parts.plans.recipient(state);
      if (member === undefined) return [];
      const route = await this.adapter.memberRoute(councilId, member, plan.whenUnreachable);
      return route ? [route] : [];
    }
    const posted = await this.record(parts, councilId, plan.subject);
    if (posted) return [this.adapter.routeTo(posted.where)];
    // A refresh before the post needs nothing: the post renders the current state.
    if (plan.whenUnposted === 'skip') return [];
    const route = await this.adapter.councilRoute(councilId, notice);
    return route ? [route] : [];
  }

  async deliver(route: Route, notice: ChatNotice): Promise<void> {
    const parts = this.partsFor(notice);
    if (parts === undefined)
      throw new SenderError('permanent', `no capability delivers "${notice.kind}" notices`);
    const plan = parts.plans.plan(notice);
    if (plan.to === 'member') return this.deliverDirect(route, notice, parts, plan);
    return this.deliverAboutSubject(route, notice, parts, plan.subject, plan.whenUnposted);
  }

  private async deliverAboutSubject<State>(
    route: Route,
    notice: ChatNotice,
    parts: NoticeParts<State, Message, Direct, Recipient>,
    subject: string,
    whenUnposted: WhenUnposted,
  ): Promise<void> {
    const { councilId } = notice;
    const state = await this.load(parts, notice);
    if (state === undefined) return;
    const posted = await this.record(parts, councilId, subject);
    const message = await parts.render.subject(state);

    if (posted === undefined) {
      if (whenUnposted === 'skip') return;
      if (whenUnposted === 'wait')
        // The opening post is still on its way (e.g. waiting out a 429): come back after it.
        throw new SenderError('transient', `${notice.kind} before ${subject}'s message was posted`);
      const where = await this.adapter.post(route, councilId, message);
      await storeStep(() =>
        this.options.directory.saveMessage(
          councilId,
          subject,
          this.adapter.platform,
          newMessageRecord(where),
        ),
      );
      await this.keepThreadReplies(route, notice, parts, subject, state);
      return;
    }

    await this.waitForUpdateSlot(posted);
    // Idempotent: however often it runs, the message shows the current state.
    await this.adapter.update(route, councilId, posted.where, message);
    await this.patch(parts, councilId, subject, () => ({ updatedAt: this.now() }));

    const followUp = parts.plans.followUp(notice, state);
    if (followUp !== undefined && !followUpPosted(posted, followUp)) {
      const reply = await parts.render.followUp(followUp.key, state);
      const id = await this.adapter.reply(route, councilId, posted.where, reply);
      await this.patch(parts, councilId, subject, (latest) => ({
        followUps: { ...latest.followUps, [followUp.key]: followUp.version ?? id },
      }));
    }
    await this.keepThreadReplies(route, notice, parts, subject, state);
  }

  /**
   * The replies kept current in the subject's thread: each posted once and
   * remembered at once (a retried delivery goes on where it stopped), then
   * updated in place when its version changes. They go out one at a time at
   * the conversation's pace, so 40 agenda items do not run into the
   * platform's limit (a 429 is still waited out by the delivery worker).
   */
  private async keepThreadReplies<State>(
    route: Route,
    notice: ChatNotice,
    parts: NoticeParts<State, Message, Direct, Recipient>,
    subject: string,
    state: State,
  ): Promise<void> {
    const wanted = parts.plans.threadReplies?.(notice, state) ?? [];
    if (wanted.length === 0) return;
    const render = parts.render.threadReply;
    if (render === undefined)
      throw new SenderError('permanent', `no ${this.platform} renderer for ${notice.kind} replies`);
    const { councilId } = notice;
    const { max, windowMs } = this.adapter.conversationLimit;
    for (const reply of wanted) {
      const latest = await this.record(parts, councilId, subject);
      if (latest === undefined) return;
      const posted = threadRepliesOf(latest)[reply.key];
      if (posted?.version === reply.version) continue;
      const message = await render(reply.key, state);
      // The subject's own post or update took this delivery's slot in the conversation.
      await this.sleep(Math.ceil(windowMs / max));
      let id = posted?.id;
      if (id === undefined)
        id = this.adapter.threadReply
          ? await this.adapter.threadReply(route, councilId, latest.where, message)
          : await this.adapter.reply(route, councilId, latest.where, message);
      else {
        const where = this.adapter.replyAddress?.(latest.where, id);
        if (where === undefined)
          throw new SenderError('permanent', `${this.platform} cannot update a thread reply`);
        await this.adapter.update(route, councilId, where, message);
      }
      const kept = { id, version: reply.version };
      await this.patch(parts, councilId, subject, (now) => ({
        threadReplies: { ...threadRepliesOf(now), [reply.key]: kept },
      }));
    }
  }

  private async deliverDirect<State>(
    route: Route,
    notice: ChatNotice,
    parts: NoticeParts<State, Message, Direct, Recipient>,
    plan: Extract<NoticePlan, { to: 'member' }>,
  ): Promise<void> {
    const state = await this.load(parts, notice, plan.memberId);
    if (state === undefined || !parts.plans.stillDue(notice, state)) return;
    const member = parts.plans.recipient(state);
    if (member === undefined) return;
    const message = await parts.render.direct(state);
    await this.adapter.sendDirect(route, {
      councilId: notice.councilId,
      member,
      message,
      thread: async () => (await this.record(parts, notice.councilId, plan.subject))?.where,
      ...(plan.whenUnreachable ? { whenUnreachable: plan.whenUnreachable } : {}),
    });
  }

  /** Updates of one message land at least MESSAGE_UPDATE_INTERVAL_MS apart. */
  private async waitForUpdateSlot(posted: MessageRecord<Where>): Promise<void> {
    const wait = (posted.updatedAt ?? 0) + MESSAGE_UPDATE_INTERVAL_MS - this.now();
    if (wait > 0) await this.sleep(Math.min(wait, MESSAGE_UPDATE_INTERVAL_MS));
  }

  private now(): number {
    return this.options.clock.now().getTime();
  }

  private partsFor(
    notice: ChatNotice,
  ): NoticeParts<unknown, Message, Direct, Recipient> | undefined {
    const parts = this.options.notices.find((candidate) => candidate.plans.handles(notice));
    if (parts === undefined)
      this.options.log.warn(
        { kind: notice.kind, councilId: notice.councilId },
        `${this.platform}: no capability delivers this kind of notice`,
      );
    return parts;
  }

  /** The subject as it is now; undefined when it is gone. A store outage is worth a retry. */
  private async load<State>(
    parts: NoticeParts<State, Message, Direct, Recipient>,
    notice: ChatNotice,
    viewerId?: string,
  ): Promise<State | undefined> {
    const loaded = await parts.plans.load(notice, viewerId);
    if (loaded.ok) return loaded.value;
    if (loaded.code === 'store_unavailable')
      throw new SenderError('transient', 'the store is unavailable');
    this.options.log.warn(
      { notice, code: loaded.code },
      `${this.platform}: nothing to deliver for this notice`,
    );
    return undefined;
  }

  private async record(
    parts: NoticeParts<unknown, Message, Direct, Recipient>,
    councilId: string,
    subject: string,
  ): Promise<MessageRecord<Where> | undefined> {
    const stored = await storeStep(() =>
      this.options.directory.message(councilId, subject, this.adapter.platform),
    );
    return readMessageRecord(
      stored,
      (value) => this.adapter.whereOf(value),
      parts.plans.olderFollowUps?.bind(parts.plans),
    );
  }

  /** Adds to the record as it is now (another delivery may have added to it meanwhile). */
  private async patch(
    parts: NoticeParts<unknown, Message, Direct, Recipient>,
    councilId: string,
    subject: string,
    change: (latest: MessageRecord<Where>) => Readonly<Record<string, unknown>>,
  ): Promise<void> {
    const latest = await this.record(parts, councilId, subject);
    if (latest === undefined) return;
    await storeStep(() =>
      this.options.directory.saveMessage(councilId, subject, this.adapter.platform, {
        ...latest.stored,
        ...change(latest),
      }),
    );
  }
}
