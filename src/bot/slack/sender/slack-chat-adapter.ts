import type { webApi } from '@slack/bolt';
import { SenderError, type Route } from '../../../app/chat-sender.ts';
import type { Member } from '../../../domain/council/roster.ts';
import type { ChatAdapter } from '../../message-lifecycle/chat-adapter.ts';
import type { NoticeParts } from '../../message-lifecycle/message-lifecycle.ts';
import { storeStep } from '../../message-lifecycle/message-record.ts';
import type { SlackMessage } from '../blocks/block-kit.ts';
import {
  councilChannel,
  memberDm,
  messageAddressOf,
  rememberMemberDm,
  type MessageAddress,
} from '../slack-addresses.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { deliveryErrorOf } from './slack-delivery-error.ts';

/** A WebClient for a workspace: the one bot token, or the installation's in OAuth mode. */
export type ClientForTeam = (teamId: string) => Promise<webApi.WebClient>;

/** A capability's notices in Slack: its plans, and Block Kit messages for its subject, follow-ups and DMs. */
export type SlackNoticeParts<State> = NoticeParts<State, SlackMessage, SlackMessage, Member>;

/**
 * Slack's Web API under the message lifecycle: a message goes to the
 * council's channel, follow-ups into its thread, a member's message into
 * their DM (opened once with conversations.open, then remembered).
 *
 * Every call uses a client with rejectRateLimitedCalls and no retries: a 429
 * becomes `rate_limited` with Retry-After, and BullMQ, not the client,
 * decides when to try again.
 */
export class SlackChatAdapter implements ChatAdapter<
  MessageAddress,
  SlackMessage,
  SlackMessage,
  Member
> {
  readonly platform = 'slack';
  /**
   * chat.postMessage allows about one message per second per channel. The
   * slot is taken before the message is rendered, so a little margin keeps
   * two calls from landing closer than a second when one render is slower.
   */
  readonly conversationLimit = { max: 1, windowMs: 1_100 };

  constructor(
    private readonly deps: Pick<SlackDeps, 'directory' | 'log'>,
    private readonly clientFor: ClientForTeam,
  ) {}

  whereOf(record: Readonly<Record<string, unknown>>): MessageAddress | undefined {
    return messageAddressOf(record);
  }

  routeTo(where: MessageAddress): Route {
    return this.route(where.channel, { teamId: where.teamId });
  }

  async councilRoute(councilId: string, notice: object): Promise<Route | undefined> {
    const channel = await storeStep(() => councilChannel(this.deps.directory, councilId));
    if (channel === undefined) {
      this.deps.log.info(
        { notice },
        'slack: the council has no channel yet; use /hoering in its channel',
      );
      return undefined;
    }
    return this.route(channel.channel, { teamId: channel.teamId });
  }

  async memberRoute(councilId: string, member: Member): Promise<Route | undefined> {
    for (const identity of member.identities) {
      if (identity.platform !== 'slack') continue;
      // Only an identity in a workspace bound to this council: never DM someone through another council's install.
      const bound = await storeStep(() =>
        this.deps.directory.councilForWorkspace('slack', identity.teamId),
      );
      if (bound === councilId)
        return this.route(identity.userId, { teamId: identity.teamId, userId: identity.userId });
    }
    return undefined;
  }

  async post(route: Route, _councilId: string, message: SlackMessage): Promise<MessageAddress> {
    const { client, teamId } = await this.clientOf(route);
    const result = await this.call('chat.postMessage', () =>
      client.chat.postMessage({
        channel: route.conversation,
        ...message,
        unfurl_links: false,
        unfurl_media: false,
      }),
    );
    const ts = result.ts;
    if (ts === undefined) throw new SenderError('transient', 'chat.postMessage returned no ts');
    return { teamId, channel: result.channel ?? route.conversation, ts };
  }

  async update(
    route: Route,
    _councilId: string,
    where: MessageAddress,
    message: SlackMessage,
  ): Promise<void> {
    const { client } = await this.clientOf(route);
    await this.call('chat.update', () =>
      client.chat.update({ channel: where.channel, ts: where.ts, ...message }),
    );
  }

  async reply(
    route: Route,
    _councilId: string,
    where: MessageAddress,
    message: SlackMessage,
  ): Promise<string> {
    const { client } = await this.clientOf(route);
    const result = await this.call('chat.postMessage', () =>
      client.chat.postMessage({
        channel: where.channel,
        thread_ts: where.ts,
        ...message,
        unfurl_links: false,
      }),
    );
    return result.ts ?? '';
  }

  replyAddress(where: MessageAddress, replyId: string): MessageAddress {
    return { ...where, ts: replyId };
  }

  async sendDirect(
    route: Route,
    delivery: {
      readonly councilId: string;
      readonly member: Member;
      readonly message: SlackMessage;
    },
  ): Promise<void> {
    const { client, teamId } = await this.clientOf(route);
    const { councilId, member, message } = delivery;
    const userId = contextOf(route, 'userId') ?? route.conversation;
    const { directory } = this.deps;
    let dm = await storeStep(() => memberDm(directory, councilId, member.id));
    if (dm === undefined || dm.userId !== userId || dm.teamId !== teamId) {
      const opened = await this.call('conversations.open', () =>
        client.conversations.open({ users: userId }),
      );
      const channel = opened.channel?.id;
      if (channel === undefined)
        throw new SenderError('transient', 'conversations.open returned no channel');
      dm = { teamId, userId, channel };
      const remembered = dm;
      await storeStep(() => rememberMemberDm(directory, councilId, member.id, remembered));
    }
    const dmChannel = dm.channel;
    await this.call('chat.postMessage', () =>
      client.chat.postMessage({ channel: dmChannel, ...message, unfurl_links: false }),
    );
  }

  private route(conversation: string, context: Record<string, string>): Route {
    return { platform: this.platform, conversation, context };
  }

  /** The workspace's client; a route without one, or a workspace without an installation, is given up. */
  private async clientOf(route: Route): Promise<{ client: webApi.WebClient; teamId: string }> {
    const teamId = contextOf(route, 'teamId');
    if (teamId === undefined) throw new SenderError('permanent', 'slack route without a team id');
    try {
      return { client: await this.clientFor(teamId), teamId };
    } catch (error) {
      throw new SenderError('permanent', `no Slack installation for team ${teamId}`, {
        cause: error,
      });
    }
  }

  private async call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw deliveryErrorOf(error, what);
    }
  }
}

const contextOf = (route: Route, key: string): string | undefined => {
  const value = route.context?.[key];
  return typeof value === 'string' ? value : undefined;
};
