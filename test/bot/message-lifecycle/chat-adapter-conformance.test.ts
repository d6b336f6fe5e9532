/**
 * Slack and Teams run the same contract (chat-adapter-contract.ts) against
 * their local fakes: the fake Slack Web API and the fake Bot Connector.
 */
import type { ConversationReference } from '@microsoft/agents-activity';
import { MessageFactory } from '@microsoft/agents-hosting';
import { webApi } from '@slack/bolt';
import { MessageLifecycle } from '../../../src/bot/message-lifecycle/message-lifecycle.ts';
import {
  SlackChatAdapter,
  type SlackNoticeParts,
} from '../../../src/bot/slack/sender/slack-chat-adapter.ts';
import { Proactive } from '../../../src/bot/teams/sender/proactive.ts';
import {
  TeamsChatAdapter,
  type TeamsNoticeParts,
} from '../../../src/bot/teams/sender/teams-chat-adapter.ts';
import { createTeamsAdapter } from '../../../src/bot/teams/teams-adapter.ts';
import { saveCouncilAddress, saveMemberAddress } from '../../../src/bot/teams/teams-addresses.ts';
import type { Member } from '../../../src/domain/council/roster.ts';
import { systemClock } from '../../../src/system/system-clock.ts';
import { FakeBotConnector } from '../../fakes/fake-bot-connector.ts';
import { startFakeSlackApi } from '../../fakes/fake-slack-api.ts';
import { FixedClock } from '../../fakes/fixed-clock.ts';
import { chatAdapterContract, type PlatformUnderTest } from './chat-adapter-contract.ts';
import { notePlans, noteTexts, type NoteBook, type NoteState } from './note-notices.ts';

const silent = { debug() {}, info() {}, warn() {}, error() {} };

const member = (identity: Member['identities'][number]): Member => ({
  id: 'mette',
  name: 'Mette Medlem',
  organisation: 'KL',
  role: 'medlem',
  identities: [identity],
});

/** The notes as Slack shows them: plain-text Block Kit messages. */
const slackNotes = (book: NoteBook): SlackNoticeParts<NoteState> => ({
  plans: notePlans(book),
  render: {
    subject: (state) => ({ text: noteTexts.subject(state), blocks: [] }),
    followUp: (key, state) => ({ text: noteTexts.followUp(key, state), blocks: [] }),
    direct: (state) => ({ text: noteTexts.direct(state), blocks: [] }),
  },
});

/** The notes as Teams shows them: text activities. */
const teamsNotes = (book: NoteBook): TeamsNoticeParts<NoteState> => ({
  plans: notePlans(book),
  render: {
    subject: (state) => MessageFactory.text(noteTexts.subject(state)),
    followUp: (key, state) => MessageFactory.text(noteTexts.followUp(key, state)),
    direct: (state) => ({
      card: MessageFactory.text(noteTexts.direct(state)),
      text: noteTexts.direct(state),
    }),
  },
});

chatAdapterContract('Slack', async () => {
  // Pinned: the lifecycle waits out an update slot by moving the clock, and the fake stamps calls with it.
  const clock = new FixedClock('2027-01-04T09:00:00.000Z');
  const slack = await startFakeSlackApi({
    now: () => clock.now().getTime(),
    limits: { postMessagePerChannel: { burst: 1_000, perSecond: 1 } },
  });
  const [workspace] = slack.workspaces;
  const channel = 'C0RAADET01';
  const userId = 'U0METTE001';
  const client = new webApi.WebClient(workspace!.token, {
    slackApiUrl: slack.apiUrl,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
  });
  const received = (message: { ts: string; text: string | undefined }, at = 0) => ({
    id: message.ts,
    text: message.text ?? '',
    at,
  });
  const updateTimes = (ts: string) =>
    slack.callsTo('chat.update').filter((call) => call.args['ts'] === ts);
  return {
    platform: 'slack',
    lifecycle: (book, directory) =>
      new MessageLifecycle({
        adapter: new SlackChatAdapter({ directory, log: silent }, async () => client),
        notices: [slackNotes(book)],
        directory,
        clock,
        sleep: async (ms) => {
          clock.advance(ms);
        },
        log: silent,
      }),
    async seedCouncil(directory, councilId) {
      await directory.bindWorkspace('slack', workspace!.teamId, councilId);
      await directory.saveAddress(councilId, 'slack', 'council', {
        teamId: workspace!.teamId,
        channel,
      });
    },
    seedMember: async () => member({ platform: 'slack', teamId: workspace!.teamId, userId }),
    posts: () =>
      slack
        .messagesIn(channel)
        .filter((message) => message.threadTs === undefined)
        .map((message) => received(message)),
    updatesOf: (post) =>
      updateTimes(post.id).map((call) => ({
        id: post.id,
        text: String(call.args['text']),
        at: call.at,
      })),
    followUpsOf: (post) =>
      slack
        .messagesIn(channel)
        .filter((message) => message.threadTs === post.id)
        .map((message) => received(message)),
    directTo: () => slack.messagesIn(slack.dmChannelOf(userId)).map((message) => received(message)),
    refuseNextPost(failure) {
      if (failure === 'rate_limited') {
        slack.rejectNextCallTo('chat.postMessage', 429, 2);
        return 2_000;
      }
      if (failure === 'transient') slack.rejectNextCallTo('chat.postMessage', 503);
      else slack.failNextCallTo('chat.postMessage', 'channel_not_found');
      return undefined;
    },
    close: () => slack.close(),
  } satisfies PlatformUnderTest;
});

chatAdapterContract('Teams', async () => {
  const connector = await FakeBotConnector.start();
  const proactive = new Proactive(createTeamsAdapter(undefined), 'raadsbot-local');
  const tenantId = 'b7c4a3f1-2d9e-4c8b-9a61-5e0f3d2c1b7a';
  const reference = (id: string, conversationType: string): ConversationReference =>
    ({
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      conversation: { id, conversationType, tenantId, isGroup: conversationType !== 'personal' },
      agent: { id: '28:raadsbot-local', name: 'Rådsbot' },
      user: { id: '29:secretary', name: 'Sekretariatet' },
    }) as ConversationReference;
  const channel = '19:raadet-kontrakt@thread.tacv2';
  const personal = 'a:mette-personal';
  const sent = (conversationId: string) =>
    connector.calls
      .filter(
        (call) =>
          call.operation === 'sendToConversation' &&
          call.status < 300 &&
          call.conversationId === conversationId,
      )
      .map((call) => ({
        id: String((call.response as { id?: unknown }).id),
        text: String((call.body as { text?: unknown }).text ?? ''),
        at: call.at,
      }));
  return {
    platform: 'teams',
    lifecycle: (book, directory) =>
      new MessageLifecycle({
        adapter: new TeamsChatAdapter({ directory, log: silent }, proactive),
        notices: [teamsNotes(book)],
        directory,
        // The fake connector stamps calls with the real clock, so the lifecycle runs on it too.
        clock: systemClock,
        log: silent,
      }),
    async seedCouncil(directory, councilId) {
      await saveCouncilAddress(directory, councilId, {
        reference: reference(channel, 'channel'),
        scope: 'channel',
      });
    },
    async seedMember(directory, councilId) {
      const mette = member({ platform: 'teams', aadObjectId: 'aad-mette' });
      await saveMemberAddress(directory, councilId, mette.id, {
        userId: '29:mette',
        reference: reference(personal, 'personal'),
      });
      return mette;
    },
    posts: () => sent(channel),
    updatesOf: (post) =>
      connector.calls
        .filter(
          (call) =>
            call.operation === 'updateActivity' && call.status < 300 && call.activityId === post.id,
        )
        .map((call) => ({
          id: post.id,
          text: String((call.body as { text?: unknown }).text ?? ''),
          at: call.at,
        })),
    // Teams shows a bot's follow-ups as posts of their own in the card's conversation.
    followUpsOf: (post) => sent(channel).filter((message) => message.id !== post.id),
    directTo: () => sent(personal),
    refuseNextPost(failure) {
      if (failure === 'rate_limited') {
        connector.throttleNextCalls(1, 2);
        return 2_000;
      }
      connector.rejectNextCalls(1, { status: failure === 'transient' ? 502 : 404 });
      return undefined;
    },
    close: () => connector.close(),
  } satisfies PlatformUnderTest;
});
