/**
 * How the M365 Agents SDK (@microsoft/agents-hosting 1.8.1) behaves when an
 * AgentApplication is hosted on our own node:http server at /api/messages,
 * with Teams' Bot Connector faked on 127.0.0.1. These tests pin the SDK facts
 * the Teams surface (src/bot/teams) builds on; .tmp/teams-notes.md explains them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  AgentApplication,
  AuthType,
  CardFactory,
  CloudAdapter,
  MessageFactory,
  TurnState,
  type AuthConfiguration,
  type Request as AgentRequest,
  type TurnContext,
  type WebResponse,
} from '@microsoft/agents-hosting';
import type { ConversationParameters, ConversationReference } from '@microsoft/agents-activity';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeBotConnector, type WireActivity } from '../../fakes/fake-bot-connector.js';
import {
  TEAMS_BOT_APP_ID,
  TEAMS_PEOPLE,
  teamsActivities,
  type TeamsActivity,
} from '../../support/teams-activities.js';
import { createAdaptiveCardValidator } from '../../support/validate-json-schema.js';

// ---------------------------------------------------------------------------
// Hosting glue: node:http → CloudAdapter. CloudAdapter.process needs a parsed
// `req.body` and an Express-like response (status/setHeader/send/end,
// headersSent, writableEnded); it does NOT check tokens itself — that is
// adapter.authorizeRequest (the SDK's authorizeJWT), which must run first.
// ---------------------------------------------------------------------------

const MAX_ACTIVITY_BYTES = 256 * 1024; // Teams caps messages at ~100 KB.

/** Express-like view of a node response, as CloudAdapter.process and authorizeJWT use it. */
function asWebResponse(res: ServerResponse): WebResponse {
  const web: WebResponse = {
    status(code) {
      res.statusCode = code;
      return web;
    },
    setHeader(name, value) {
      res.setHeader(name, value);
      return web;
    },
    // Express semantics: send() finishes the response. authorizeJWT calls
    // `res.status(401).send({...})` and never end(); process() calls both.
    send(body) {
      if (res.writableEnded) return web;
      if (body === undefined || body === null) res.end();
      else if (typeof body === 'string' || Buffer.isBuffer(body)) res.end(body);
      else {
        if (!res.hasHeader('content-type')) res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(body));
      }
      return web;
    },
    end() {
      if (!res.writableEnded) res.end();
      return web;
    },
    get headersSent() {
      return res.headersSent;
    },
    get writableEnded() {
      return res.writableEnded;
    },
  };
  return web;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_ACTIVITY_BYTES)
      throw Object.assign(new Error('activity too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A handler in the shape of src/http/http-server.ts's RequestHandler: true when it served the request. */
function teamsEndpoint(app: AgentApplication<TurnState>) {
  const adapter = app.adapter;
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if ((req.url ?? '').split('?')[0] !== '/api/messages') return false;
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return true;
    }
    let body: Record<string, unknown>;
    try {
      body = JSON.parse(await readBody(req)) as Record<string, unknown>;
    } catch (error) {
      res.writeHead((error as { status?: number }).status ?? 400).end();
      return true;
    }
    const request: AgentRequest = { method: req.method, headers: req.headers, body };
    const response = asWebResponse(res);
    let authorized = false;
    // Sets request.user (the verified JWT payload, or {name:'anonymous'} in
    // local mode); on failure it has already answered 401/405.
    await adapter.authorizeRequest(request, response, (error?: unknown) => {
      authorized = error === undefined;
    });
    if (!authorized) return true;
    await adapter.process(request, response, (context) => app.run(context));
    return true;
  };
}

/**
 * AuthConfiguration from our own config, not from the SDK's env-var loader:
 * an explicit `connections` map + `connectionsMap` wins over `Connections__*`
 * variables, and explicit (even undefined) keys win over the legacy
 * `clientId`/`tenantId`/`clientSecret` variables the SDK also reads.
 */
function teamsAuthConfiguration(credentials?: {
  clientId: string;
  clientSecret: string;
  tenantId: string;
}): AuthConfiguration {
  const connection: AuthConfiguration = credentials
    ? { ...credentials, authType: AuthType.ClientSecret }
    : { clientId: undefined, clientSecret: undefined, tenantId: undefined };
  return {
    ...connection,
    connections: new Map([['raadsbot', connection]]),
    connectionsMap: [{ serviceUrl: '*', connection: 'raadsbot' }],
  };
}

async function startHttp(
  handler: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>,
): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    void handler(req, res)
      .then((served) => {
        if (!served) res.writeHead(404).end();
      })
      .catch((error: unknown) => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: String(error) }));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function stopHttp(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

// ---------------------------------------------------------------------------
// A tiny agent exercising the SDK surface Rådsbot needs.
// ---------------------------------------------------------------------------

interface VoteCard {
  type: 'AdaptiveCard';
  version: '1.5';
  [key: string]: unknown;
}

const voteCard = (counts = { for: 0, against: 0 }): VoteCard => ({
  type: 'AdaptiveCard',
  version: '1.5',
  body: [
    {
      type: 'TextBlock',
      text: 'Høring: Ny legeplads',
      weight: 'Bolder',
      size: 'Medium',
      wrap: true,
    },
    { type: 'TextBlock', text: `For ${counts.for} · Imod ${counts.against}`, wrap: true },
  ],
  actions: [
    {
      type: 'Action.Execute',
      title: 'For',
      verb: 'vote',
      data: { hearingId: 'h-1', choice: 'for' },
    },
    {
      type: 'Action.Execute',
      title: 'Imod',
      verb: 'vote',
      data: { hearingId: 'h-1', choice: 'against' },
    },
  ],
});

interface AgentRecord {
  /** ConversationReferences captured when the bot was added, by conversation id. */
  references: Map<string, ConversationReference>;
  /** The third argument actionExecute handlers received. */
  executeArguments: unknown[];
  turnErrors: unknown[];
}

function buildAgent(auth?: AuthConfiguration): {
  app: AgentApplication<TurnState>;
  record: AgentRecord;
} {
  const adapter = new CloudAdapter(auth ?? teamsAuthConfiguration());
  const app = new AgentApplication<TurnState>({ adapter });
  const record: AgentRecord = { references: new Map(), executeArguments: [], turnErrors: [] };

  app.onConversationUpdate('membersAdded', async (context) => {
    const botAdded = context.activity.membersAdded?.some(
      (m) => m.id === context.activity.recipient?.id,
    );
    if (botAdded)
      record.references.set(
        context.activity.conversation?.id ?? '',
        context.activity.getConversationReference(),
      );
  });
  app.onMessage('hjælp', async (context) => {
    await context.sendActivity('Rådsbot kan: ny høring, mine høringer, afbud.');
  });
  app.onMessage('kort', async (context) => {
    await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(voteCard())));
  });
  app.adaptiveCards.actionExecute('vote', async (_context, _state, action) => {
    record.executeArguments.push(action);
    return voteCard({ for: 1, against: 0 });
  });
  app.adaptiveCards.actionExecute('thanks', async () => 'Tak for din stemme');
  app.onError(async (_context: TurnContext, error: Error) => {
    record.turnErrors.push(error);
  });
  return { app, record };
}

async function post(
  url: string,
  activity: TeamsActivity | Record<string, unknown>,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: text === '' ? undefined : (JSON.parse(text) as Record<string, unknown>),
  };
}

const cardIn = (activity: WireActivity | undefined): unknown => activity?.attachments?.[0]?.content;

// ---------------------------------------------------------------------------

describe('Teams on the Agents SDK, hosted on our node http server in local mode', () => {
  let connector: FakeBotConnector;
  let http: { server: Server; url: string };
  let agent: ReturnType<typeof buildAgent>;
  let teams: ReturnType<typeof teamsActivities>;
  const validateCard = createAdaptiveCardValidator();

  beforeAll(async () => {
    connector = await FakeBotConnector.start();
    agent = buildAgent();
    http = await startHttp(teamsEndpoint(agent.app));
    teams = teamsActivities({ serviceUrl: connector.serviceUrl });
  });
  afterAll(async () => {
    await stopHttp(http.server);
    await connector.close();
  });
  afterEach(() => {
    expect(agent.record.turnErrors).toEqual([]);
    connector.reset();
  });

  it('a message posted to /api/messages is answered through the connector as a reply to it', async () => {
    const chat = teams.personalChatWith(TEAMS_PEOPLE.secretary);
    const message = teams.message(TEAMS_PEOPLE.secretary, 'hjælp', chat);

    const { status, body } = await post(http.url, message);

    expect(status).toBe(200);
    expect(body).toBeUndefined();
    const [call] = connector.calls;
    expect(call).toMatchObject({
      operation: 'replyToActivity',
      method: 'POST',
      path: `/teams/v3/conversations/${chat.conversation.id}/activities/${message.id}`,
    });
    expect(call?.authorization).toBeUndefined(); // local mode: no token to the connector
    expect(connector.repliesTo(message.id)).toEqual([
      expect.objectContaining({
        type: 'message',
        text: 'Rådsbot kan: ny høring, mine høringer, afbud.',
        replyToId: message.id,
        from: expect.objectContaining({ id: teams.bot.id }),
        recipient: expect.objectContaining({ id: TEAMS_PEOPLE.secretary.id }),
        conversation: expect.objectContaining({ id: chat.conversation.id }),
      }),
    ]);
  });

  it('in a channel the bot mention is stripped before the message is routed', async () => {
    const channel = teams.councilChannel();
    const message = teams.message(TEAMS_PEOPLE.memberA, 'hjælp', channel);
    expect(message.text).toBe('<at>Rådsbot</at> hjælp');

    await post(http.url, message);

    expect(connector.lastSentActivity(channel.conversation.id)?.text).toBe(
      'Rådsbot kan: ny høring, mine høringer, afbud.',
    );
  });

  it("replies go to the incoming activity's serviceUrl, whichever connector that is", async () => {
    const otherConnector = await FakeBotConnector.start({ prefix: '/emea/' });
    try {
      const elsewhere = teamsActivities({ serviceUrl: otherConnector.serviceUrl });
      await post(
        http.url,
        elsewhere.message(
          TEAMS_PEOPLE.memberB,
          'hjælp',
          elsewhere.personalChatWith(TEAMS_PEOPLE.memberB),
        ),
      );

      expect(connector.calls).toEqual([]);
      expect(otherConnector.calls.map((c) => c.path)).toEqual([
        expect.stringMatching(/^\/emea\/v3\/conversations\/a:.+\/activities\/\d+$/),
      ]);
    } finally {
      await otherConnector.close();
    }
  });

  it('an Action.Execute click is answered with a card in the invoke response body', async () => {
    const channel = teams.councilChannel();
    const click = teams.cardAction(
      TEAMS_PEOPLE.memberA,
      { verb: 'vote', data: { hearingId: 'h-1', choice: 'for' }, replyToId: '1732000000042' },
      channel,
    );

    const { status, body } = await post(http.url, click);

    expect(status).toBe(200);
    expect(body).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: voteCard({ for: 1, against: 0 }),
    });
    expect(validateCard(body?.value)).toEqual({ valid: true, errors: [] });
    // The handler's third argument is the whole `action` object, not action.data.
    expect(agent.record.executeArguments).toEqual([
      { type: 'Action.Execute', verb: 'vote', data: { hearingId: 'h-1', choice: 'for' } },
    ]);
    // Default REPLACE_FOR_INTERACTOR: nothing goes through the connector.
    expect(connector.calls).toEqual([]);
  });

  it('an Action.Execute handler that returns text answers with a message invoke response', async () => {
    const click = teams.cardAction(
      TEAMS_PEOPLE.memberB,
      { verb: 'thanks', replyToId: '1732000000043' },
      teams.councilChannel(),
    );

    const { status, body } = await post(http.url, click);

    expect(status).toBe(200);
    expect(body).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'Tak for din stemme',
    });
  });

  it('an invoke with a verb nobody handles is answered 501 Not Implemented', async () => {
    const click = teams.cardAction(
      TEAMS_PEOPLE.memberB,
      { verb: 'ukendt', replyToId: '1732000000044' },
      teams.councilChannel(),
    );

    const { status, body } = await post(http.url, click);

    expect(status).toBe(501);
    expect(body).toBeUndefined();
  });

  it('installing the bot in a channel gives a reference that later reaches the channel proactively', async () => {
    const channel = teams.councilChannel();
    const { status } = await post(http.url, teams.botInstalled(channel, TEAMS_PEOPLE.secretary));
    expect(status).toBe(200);
    const reference = agent.record.references.get(channel.conversation.id);
    expect(reference).toMatchObject({
      channelId: 'msteams',
      serviceUrl: connector.serviceUrl,
      conversation: { id: channel.conversation.id, conversationType: 'channel' },
      agent: { id: teams.bot.id },
      user: { id: TEAMS_PEOPLE.secretary.id },
    });

    // A stored reference still carries the install activity's id: sending with
    // it becomes a reply to that activity. Drop activityId for a new post.
    const { activityId: _installActivity, ...forNewPosts } = reference as ConversationReference;
    let cardActivityId: string | undefined;
    await agent.app.adapter.continueConversation(TEAMS_BOT_APP_ID, forNewPosts, async (context) => {
      const sent = await context.sendActivity(
        MessageFactory.attachment(CardFactory.adaptiveCard(voteCard())),
      );
      cardActivityId = sent?.id;
    });

    expect(cardActivityId).toMatch(/^\d+$/);
    const [call] = connector.calls;
    // Even without activityId the continuation activity gets a random id, so
    // the SDK still replies (POST …/activities/<uuid>); Teams accepts that.
    expect(call?.operation).toBe('replyToActivity');
    expect(call?.conversationId).toBe(channel.conversation.id);
    expect(cardIn(connector.lastSentActivity(channel.conversation.id))).toEqual(voteCard());
  });

  it('a proactive message that drops replyToId in onSendActivities is a new post (POST …/activities)', async () => {
    const channel = teams.councilChannel();
    await post(http.url, teams.botInstalled(channel, TEAMS_PEOPLE.secretary));
    const reference = agent.record.references.get(channel.conversation.id) as ConversationReference;

    await agent.app.adapter.continueConversation(TEAMS_BOT_APP_ID, reference, async (context) => {
      context.onSendActivities(async (_context, activities, next) => {
        for (const activity of activities) delete activity.replyToId;
        return next();
      });
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(voteCard())));
    });

    expect(connector.calls).toEqual([
      expect.objectContaining({
        operation: 'sendToConversation',
        path: `/teams/v3/conversations/${channel.conversation.id}/activities`,
      }),
    ]);
    expect(connector.lastSentActivity(channel.conversation.id)?.replyToId).toBeUndefined();
  });

  it('a card sent earlier is updated in place with PUT on its activity id', async () => {
    const channel = teams.councilChannel();
    await post(http.url, teams.botInstalled(channel, TEAMS_PEOPLE.secretary));
    const reference = agent.record.references.get(channel.conversation.id) as ConversationReference;
    let cardActivityId = '';
    await agent.app.adapter.continueConversation(TEAMS_BOT_APP_ID, reference, async (context) => {
      cardActivityId =
        (
          await context.sendActivity(
            MessageFactory.attachment(CardFactory.adaptiveCard(voteCard())),
          )
        )?.id ?? '';
    });

    await agent.app.adapter.continueConversation(TEAMS_BOT_APP_ID, reference, async (context) => {
      const update = MessageFactory.attachment(
        CardFactory.adaptiveCard(voteCard({ for: 2, against: 1 })),
      );
      update.id = cardActivityId;
      await context.updateActivity(update);
    });

    expect(connector.calls.at(-1)).toMatchObject({
      operation: 'updateActivity',
      method: 'PUT',
      path: `/teams/v3/conversations/${channel.conversation.id}/activities/${cardActivityId}`,
    });
    const [update] = connector.updatesOf(cardActivityId);
    expect(update).toMatchObject({ type: 'message', id: cardActivityId });
    expect(cardIn(update)).toEqual(voteCard({ for: 2, against: 1 }));
  });

  it('a 1:1 conversation is created for a member and the first message lands in it', async () => {
    const member = TEAMS_PEOPLE.memberA;
    // ConversationParameters declares `activity` and `channelData` required;
    // Teams needs neither activity nor more than the tenant here.
    const parameters = {
      isGroup: false,
      agent: { id: teams.bot.id, name: teams.bot.name },
      members: [{ id: member.id, name: member.name }],
      tenantId: teams.tenantId,
      channelData: { tenant: { id: teams.tenantId } },
    } as unknown as ConversationParameters;
    let created: ConversationReference | undefined;

    await agent.app.adapter.createConversationAsync(
      TEAMS_BOT_APP_ID,
      'msteams',
      connector.serviceUrl,
      'https://api.botframework.com',
      parameters,
      async (context) => {
        created = context.activity.getConversationReference();
        await context.sendActivity('Påmindelse: høringen lukker fredag kl. 12.00.');
      },
    );

    expect(connector.createdConversations()).toEqual([
      expect.objectContaining({
        isGroup: false,
        members: [{ id: member.id, name: member.name }],
        tenantId: teams.tenantId,
      }),
    ]);
    expect(created?.conversation.id).toBe('a:fake-personal-1');
    expect(connector.sentActivities('a:fake-personal-1')).toEqual([
      expect.objectContaining({ text: 'Påmindelse: høringen lukker fredag kl. 12.00.' }),
    ]);
  });

  it.each([
    [429, 2],
    [412, undefined],
    [502, 1],
  ] as const)(
    'a connector answer %i surfaces as an HttpError with status and Retry-After, then the next call succeeds',
    async (status, retryAfterSeconds) => {
      const chat = teams.personalChatWith(TEAMS_PEOPLE.memberB);
      await post(http.url, teams.botInstalled(chat, TEAMS_PEOPLE.memberB));
      const reference = agent.record.references.get(chat.conversation.id) as ConversationReference;
      connector.rejectNextCalls(1, {
        status,
        ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
      });

      // Catch inside the turn: an error escaping the logic goes to onTurnError,
      // and continueConversation resolves (see the next test).
      const attempt = async (): Promise<unknown> => {
        let caught: unknown;
        await agent.app.adapter.continueConversation(
          TEAMS_BOT_APP_ID,
          reference,
          async (context) => {
            try {
              await context.sendActivity('Husk at stemme.');
            } catch (error) {
              caught = error;
            }
          },
        );
        return caught;
      };

      const error = (await attempt()) as
        { name?: string; status?: number; response?: { headers: Headers } } | undefined;
      expect(error?.name).toBe('HttpError');
      expect(error?.status).toBe(status);
      expect(error?.response?.headers.get('retry-after')).toBe(
        retryAfterSeconds === undefined ? null : String(retryAfterSeconds),
      );

      expect(await attempt()).toBeUndefined();
      expect(connector.rejectedCalls()).toHaveLength(1);
      expect(connector.sentActivities(chat.conversation.id).map((a) => a.text)).toEqual([
        'Husk at stemme.',
      ]);
    },
  );

  it('an error escaping a proactive turn goes to app.onError and continueConversation still resolves', async () => {
    const chat = teams.personalChatWith(TEAMS_PEOPLE.memberA);
    await post(http.url, teams.botInstalled(chat, TEAMS_PEOPLE.memberA));
    const reference = agent.record.references.get(chat.conversation.id) as ConversationReference;
    connector.throttleNextCalls(1, 3);

    await expect(
      agent.app.adapter.continueConversation(TEAMS_BOT_APP_ID, reference, async (context) => {
        await context.sendActivity('Husk at stemme.');
      }),
    ).resolves.toBeUndefined();

    expect(agent.record.turnErrors).toEqual([
      expect.objectContaining({ name: 'HttpError', status: 429 }),
    ]);
    agent.record.turnErrors.length = 0;
  });
});

describe('Teams endpoint with a client id, secret and tenant configured', () => {
  let http: { server: Server; url: string };
  let connector: FakeBotConnector;
  let agent: ReturnType<typeof buildAgent>;

  beforeAll(async () => {
    connector = await FakeBotConnector.start();
    agent = buildAgent(
      teamsAuthConfiguration({
        clientId: TEAMS_BOT_APP_ID,
        clientSecret: 'not-a-real-secret',
        tenantId: '5f1c2e8a-0b4d-4c7e-9a11-3d2f6b8c9e01',
      }),
    );
    http = await startHttp(teamsEndpoint(agent.app));
  });
  afterAll(async () => {
    await stopHttp(http.server);
    await connector.close();
  });

  it('uses the configured client id, not environment variables', () => {
    expect(agent.app.adapter.getClientId()).toBe(TEAMS_BOT_APP_ID);
  });

  it.each([
    ['no Authorization header', {}, 'authorization header not found'],
    [
      'a non-Bearer Authorization header',
      { authorization: 'Basic Zm9vOmJhcg==' },
      'invalid authorization header',
    ],
    ['a Bearer value that is not a JWT', { authorization: 'Bearer not-a-jwt' }, expect.any(String)],
  ])(
    'refuses a request with %s with 401 and never runs the agent',
    async (_case, headers, message) => {
      const teams = teamsActivities({ serviceUrl: connector.serviceUrl });
      const { status, body } = await post(
        http.url,
        teams.message(
          TEAMS_PEOPLE.secretary,
          'hjælp',
          teams.personalChatWith(TEAMS_PEOPLE.secretary),
        ),
        headers,
      );

      expect(status).toBe(401);
      expect(body).toEqual({ 'jwt-auth-error': message });
      expect(connector.calls).toEqual([]);
    },
  );
});
