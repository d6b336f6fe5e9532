/**
 * The Teams adapter's replies kept current in a thread (an agenda's items
 * under its overview), against the fake Bot Connector: in a channel they go
 * into the card's thread and are updated there; a group chat has no threads,
 * so they are posts of their own.
 */
import type { ConversationReference } from '@microsoft/agents-activity';
import { MessageFactory } from '@microsoft/agents-hosting';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Proactive } from '../../../../src/bot/teams/sender/proactive.ts';
import { TeamsChatAdapter } from '../../../../src/bot/teams/sender/teams-chat-adapter.ts';
import { createTeamsAdapter } from '../../../../src/bot/teams/teams-adapter.ts';
import { saveCouncilAddress } from '../../../../src/bot/teams/teams-addresses.ts';
import { FakeBotConnector } from '../../../fakes/fake-bot-connector.ts';
import { InMemoryChatDirectory } from '../../../fakes/in-memory-stores.ts';

const silent = { info() {}, warn() {} };
const councilId = 'rar-traad';
const route = { platform: 'teams', conversation: 'x' };

describe('replies kept current in a Teams thread', () => {
  let connector: FakeBotConnector;
  let directory: InMemoryChatDirectory;
  let adapter: TeamsChatAdapter;

  const reference = (id: string, conversationType: 'channel' | 'groupChat') =>
    ({
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      conversation: { id, conversationType, isGroup: true, tenantId: 'tenant-traad' },
      agent: { id: '28:raadsbot-local', name: 'Rådsbot' },
    }) as ConversationReference;

  beforeEach(async () => {
    connector = await FakeBotConnector.start();
    directory = new InMemoryChatDirectory();
    adapter = new TeamsChatAdapter(
      { directory, log: silent },
      new Proactive(createTeamsAdapter(undefined), 'raadsbot-local'),
    );
  });
  afterEach(async () => {
    await connector.close();
  });

  it('in a channel: posted in the card’s thread and updated there, while follow-ups stay posts of their own', async () => {
    const channel = '19:traad-kanal@thread.tacv2';
    await saveCouncilAddress(directory, councilId, {
      reference: reference(channel, 'channel'),
      scope: 'channel',
    });
    const card = await adapter.post(route, councilId, MessageFactory.text('Dagsorden'));

    const replyId = await adapter.threadReply(
      route,
      councilId,
      card,
      MessageFactory.text('1.1 Velkomst'),
    );
    await adapter.update(
      route,
      councilId,
      adapter.replyAddress(card, replyId),
      MessageFactory.text('1.1 Velkomst, rettet'),
    );
    await adapter.reply(route, councilId, card, MessageFactory.text('En opfølgning'));

    const thread = `${channel};messageid=${card.activityId}`;
    expect(connector.sentActivities(thread).map((activity) => activity.text)).toEqual([
      '1.1 Velkomst',
    ]);
    expect(connector.sentActivities(channel).map((activity) => activity.text)).toEqual([
      'Dagsorden',
      'En opfølgning',
    ]);
    const update = connector.calls.find((call) => call.operation === 'updateActivity');
    expect(update).toMatchObject({ conversationId: thread, activityId: replyId });
    expect((update?.body as { text?: string }).text).toBe('1.1 Velkomst, rettet');
  });

  it('in a group chat: posts of their own in the chat, updated there', async () => {
    const chat = '19:traad-chat@thread.v2';
    await saveCouncilAddress(directory, councilId, {
      reference: reference(chat, 'groupChat'),
      scope: 'groupChat',
    });
    const card = await adapter.post(route, councilId, MessageFactory.text('Dagsorden'));

    const replyId = await adapter.threadReply(
      route,
      councilId,
      card,
      MessageFactory.text('1.1 Velkomst'),
    );
    await adapter.update(
      route,
      councilId,
      adapter.replyAddress(card, replyId),
      MessageFactory.text('1.1 Velkomst, rettet'),
    );

    expect(connector.sentActivities(chat).map((activity) => activity.text)).toEqual([
      'Dagsorden',
      '1.1 Velkomst',
    ]);
    expect(connector.calls.find((call) => call.operation === 'updateActivity')).toMatchObject({
      conversationId: chat,
      activityId: replyId,
    });
  });
});
