import type { webApi } from '@slack/bolt';
import type { Notice } from '../../../app/ports.ts';
import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import { hearingMessage } from '../hearings/hearing-message.ts';
import { reminderMessage } from '../hearings/reminder-message.ts';
import { cancelledReply, deadlineMovedReply, resultReply } from '../hearings/thread-replies.ts';
import type { SlackMessage } from '../blocks/block-kit.ts';
import {
  councilChannel,
  hearingMessageAddress,
  memberDm,
  rememberMemberDm,
  saveHearingMessageAddress,
  type HearingMessageAddress,
} from '../slack-addresses.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { SenderError } from '../../../app/chat-sender.ts';
import { reminderStillDue } from '../../present/hearings/reminder-still-due.ts';
import { deliveryErrorOf } from './slack-delivery-error.ts';

/** The outbox's route and limit shapes (src/jobs/chat-sender.ts), restated: a surface may not import src/jobs. */
export interface SlackRoute {
  readonly platform: string;
  readonly conversation: string;
  readonly context?: Readonly<Record<string, string>>;
}

/** A WebClient for a workspace: the one bot token, or the installation's in OAuth mode. */
export type ClientForTeam = (teamId: string) => Promise<webApi.WebClient>;

type HearingNotice = Exclude<Notice, { kind: 'reminder' }>;
type ReminderNotice = Extract<Notice, { kind: 'reminder' }>;

/**
 * Slack as the outbox sees it. Routes are decided when a notice is fanned
 * out; the message is rendered from fresh state when it is delivered, so a
 * coalesced refresh shows every click before it.
 *
 * Every Web API call here uses a client with rejectRateLimitedCalls and no
 * retries: a 429 becomes `rate_limited` with Retry-After, and BullMQ, not the
 * client, decides when to try again. Within one delivery the one call that
 * is not idempotent (chat.postMessage) comes last, and what it posted is
 * remembered in the ChatDirectory, so a retried delivery updates instead of
 * posting twice.
 */
export class SlackSender {
  readonly platform = 'slack';
  /**
   * chat.postMessage allows about one message per second per channel. The
   * slot is taken before the message is rendered, so a little margin keeps
   * two calls from landing closer than a second when one render is slower.
   */
  readonly conversationLimit = { max: 1, windowMs: 1_100 };

  constructor(
    private readonly deps: Pick<SlackDeps, 'useCases' | 'directory' | 'log'>,
    private readonly clientFor: ClientForTeam,
  ) {}

  async routesFor(notice: Notice): Promise<SlackRoute[]> {
    if (notice.kind === 'reminder') return this.reminderRoutes(notice);
    const { directory } = this.deps;
    const posted = await this.read(() =>
      hearingMessageAddress(directory, notice.councilId, notice.hearingId),
    );
    if (posted) return [this.route(posted.channel, { teamId: posted.teamId })];
    // A refresh before the hearing is posted needs nothing: the post renders the current state.
    if (notice.kind === 'hearing_changed') return [];
    const channel = await this.read(() => councilChannel(directory, notice.councilId));
    if (channel === undefined) {
      this.deps.log.info(
        { notice },
        'slack: the council has no channel yet; use /hoering in its channel',
      );
      return [];
    }
    return [this.route(channel.channel, { teamId: channel.teamId })];
  }

  async deliver(route: SlackRoute, notice: Notice): Promise<void> {
    const teamId = route.context?.['teamId'];
    if (teamId === undefined) throw new SenderError('permanent', 'slack route without a team id');
    let client: webApi.WebClient;
    try {
      client = await this.clientFor(teamId);
    } catch (error) {
      throw new SenderError('permanent', `no Slack installation for team ${teamId}`, {
        cause: error,
      });
    }
    if (notice.kind === 'reminder') return this.deliverReminder(client, route, notice);
    return this.deliverHearingNotice(client, route, teamId, notice);
  }

  private async deliverHearingNotice(
    client: webApi.WebClient,
    route: SlackRoute,
    teamId: string,
    notice: HearingNotice,
  ) {
    const { councilId, hearingId } = notice;
    const view = await this.view(councilId, hearingId);
    if (view === undefined) return;
    const { directory } = this.deps;
    const posted = await this.read(() => hearingMessageAddress(directory, councilId, hearingId));
    const message = hearingMessage(view);

    if (posted === undefined) {
      if (notice.kind === 'hearing_changed') return;
      if (notice.kind !== 'hearing_opened') {
        // The opening post is still on its way (e.g. waiting out a 429): come back after it.
        throw new SenderError(
          'transient',
          `${notice.kind} before the hearing's message was posted`,
        );
      }
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
      await saveHearingMessageAddress(directory, councilId, hearingId, {
        teamId,
        channel: result.channel ?? route.conversation,
        ts,
      });
      return;
    }

    // Idempotent: however often it runs, the message shows the current state.
    await this.call('chat.update', () =>
      client.chat.update({ channel: posted.channel, ts: posted.ts, ...message }),
    );

    if (notice.kind === 'hearing_closed' && posted.resultTs === undefined) {
      const ts = await this.reply(client, posted, resultReply(view));
      await saveHearingMessageAddress(directory, councilId, hearingId, { ...posted, resultTs: ts });
    } else if (notice.kind === 'hearing_cancelled' && posted.cancelledTs === undefined) {
      const ts = await this.reply(client, posted, cancelledReply(view));
      await saveHearingMessageAddress(directory, councilId, hearingId, {
        ...posted,
        cancelledTs: ts,
      });
    } else if (
      notice.kind === 'deadline_moved' &&
      posted.announcedDeadline !== view.hearing.deadline
    ) {
      await this.reply(client, posted, deadlineMovedReply(view));
      await saveHearingMessageAddress(directory, councilId, hearingId, {
        ...posted,
        announcedDeadline: view.hearing.deadline,
      });
    }
  }

  private async reply(
    client: webApi.WebClient,
    posted: HearingMessageAddress,
    message: SlackMessage,
  ): Promise<string> {
    const result = await this.call('chat.postMessage', () =>
      client.chat.postMessage({
        channel: posted.channel,
        thread_ts: posted.ts,
        ...message,
        unfurl_links: false,
      }),
    );
    return result.ts ?? '';
  }

  private async reminderRoutes(notice: ReminderNotice): Promise<SlackRoute[]> {
    const view = await this.view(notice.councilId, notice.hearingId, notice.memberId);
    const member = view?.viewer?.member;
    if (member === undefined) return [];
    for (const identity of member.identities) {
      if (identity.platform !== 'slack') continue;
      // Only an identity in a workspace bound to this council: never DM someone through another council's install.
      const bound = await this.read(() =>
        this.deps.directory.councilForWorkspace('slack', identity.teamId),
      );
      if (bound === notice.councilId) {
        return [this.route(identity.userId, { teamId: identity.teamId, userId: identity.userId })];
      }
    }
    return [];
  }

  private async deliverReminder(
    client: webApi.WebClient,
    route: SlackRoute,
    notice: ReminderNotice,
  ) {
    const { councilId, hearingId, memberId } = notice;
    const view = await this.view(councilId, hearingId, memberId);
    if (!reminderStillDue(view, notice)) return;
    const teamId = route.context?.['teamId'] ?? '';
    const userId = route.context?.['userId'] ?? route.conversation;
    const { directory } = this.deps;
    let dm = await this.read(() => memberDm(directory, councilId, memberId));
    if (dm === undefined || dm.userId !== userId || dm.teamId !== teamId) {
      const opened = await this.call('conversations.open', () =>
        client.conversations.open({ users: userId }),
      );
      const channel = opened.channel?.id;
      if (channel === undefined)
        throw new SenderError('transient', 'conversations.open returned no channel');
      dm = { teamId, userId, channel };
      await rememberMemberDm(directory, councilId, memberId, dm);
    }
    const dmChannel = dm.channel;
    await this.call('chat.postMessage', () =>
      client.chat.postMessage({
        channel: dmChannel,
        ...reminderMessage(view),
        unfurl_links: false,
      }),
    );
  }

  private route(conversation: string, context: Record<string, string>): SlackRoute {
    return { platform: this.platform, conversation, context };
  }

  /** The hearing as it is now; undefined when it is gone. A store outage is worth a retry. */
  private async view(
    councilId: string,
    hearingId: string,
    viewerId?: string,
  ): Promise<HearingView | undefined> {
    const view = await this.deps.useCases.viewHearing({
      councilId,
      hearingId,
      ...(viewerId ? { viewerId } : {}),
    });
    if (view.ok) return view.value;
    if (view.code === 'store_unavailable')
      throw new SenderError('transient', 'the store is unavailable');
    this.deps.log.warn(
      { councilId, hearingId, code: view.code },
      'slack: nothing to deliver for this hearing',
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

  private async call<T>(what: string, run: () => Promise<T>): Promise<T> {
    try {
      return await run();
    } catch (error) {
      throw deliveryErrorOf(error, what);
    }
  }
}
