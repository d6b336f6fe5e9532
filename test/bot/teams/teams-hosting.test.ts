/**
 * /api/messages of the composed service: the Agents SDK's CloudAdapter on our
 * own node:http server, in local mode (no credentials: no tokens, 127.0.0.1)
 * and with credentials (every request's token checked).
 */
import { describe, expect, it } from 'vitest';
import { createTeamsSurface } from '../../../src/bot/teams/teams-surface.ts';
import { councilTeams } from '../../../src/bot/teams/council/council-teams.ts';
import { hearingsTeams } from '../../../src/bot/teams/hearings/hearings-teams.ts';
import type { TeamsUseCases } from '../../../src/bot/teams/teams-deps.ts';
import { FakeBotConnector } from '../../fakes/fake-bot-connector.ts';
import { startTestRaadsbot } from '../../support/start-test-raadsbot.ts';
import { TEAMS_BOT_APP_ID, TEAMS_PEOPLE, teamsActivities } from '../../support/teams-activities.ts';
import { say } from '../../support/teams-flows.ts';
import { cardIn, textOf, teamsTest } from '../../support/teams-harness.ts';

const { secretary, memberA: jonas } = TEAMS_PEOPLE;

describe('the Teams endpoint in local mode', () => {
  teamsTest(
    'a message is answered through the connector as a reply to it, without a token',
    async ({ h }) => {
      const chat = h.teams.personalChatWith(jonas);
      const message = h.teams.message(jonas, 'hjælp', chat);

      const { status, body } = await h.post(message);

      expect(status).toBe(200);
      expect(body).toBeUndefined();
      const call = h.connector.calls.at(-1);
      expect(call).toMatchObject({
        operation: 'replyToActivity',
        path: `/teams/v3/conversations/${chat.conversation.id}/activities/${message.id}`,
      });
      expect(call?.authorization).toBeUndefined();
      expect(textOf(cardIn(h.connector.repliesTo(message.id)[0]))).toContain('Rådsbot — hjælp');
    },
  );

  teamsTest('in a channel the @mention is taken off before the command is read', async ({ h }) => {
    const message = h.teams.message(jonas, 'mine høringer', h.channel);
    expect(message.text).toBe('<at>Rådsbot</at> mine høringer');
    expect(textOf(cardIn(await say(h, jonas, 'mine høringer', h.channel)))).toContain(
      'Dine åbne høringer',
    );
  });

  teamsTest(
    "replies go to the incoming activity's serviceUrl, whichever connector that is",
    async ({ h }) => {
      const other = await FakeBotConnector.start({ prefix: '/emea/' });
      try {
        const elsewhere = teamsActivities({ serviceUrl: other.serviceUrl });
        await h.post(elsewhere.message(jonas, 'hjælp', elsewhere.personalChatWith(jonas)));
        expect(other.calls.map((call) => call.path)).toEqual([
          expect.stringMatching(/^\/emea\/v3\/conversations\/a:.+\/activities\/\d+$/),
        ]);
      } finally {
        await other.close();
      }
    },
  );

  teamsTest('a click with a verb nobody handles is answered 501', async ({ h }) => {
    const click = h.teams.cardAction(
      jonas,
      { verb: 'ukendt', replyToId: '1732000000044' },
      h.channel,
    );
    const { status, body } = await h.post(click);
    expect(status).toBe(501);
    expect(body).toBeUndefined();
  });

  teamsTest('only POST /api/messages with a JSON activity is served', async ({ h }) => {
    h.connector.reset();
    const url = `${h.bot.url}/api/messages`;
    expect((await fetch(url)).status).toBe(405);
    expect((await fetch(url, { method: 'POST', body: 'not json' })).status).toBe(400);
    expect((await fetch(url, { method: 'POST', body: '[]' })).status).toBe(400);
    const huge = JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) });
    expect((await fetch(url, { method: 'POST', body: huge })).status).toBe(413);
    expect(h.connector.calls).toEqual([]);
  });

  it('says once, as a warning, that requests are not authenticated', () => {
    const lines: { level: string; message: string }[] = [];
    const log = (level: string) => (_fields: object, message: string) =>
      void lines.push({ level, message });
    createTeamsSurface({
      teams: undefined,
      useCases: {} as TeamsUseCases,
      directory: {} as never,
      logger: { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') },
      parts: [hearingsTeams, councilTeams],
    });
    expect(lines).toEqual([
      { level: 'warn', message: expect.stringMatching(/^Teams: local mode — .*not authenticated/) },
    ]);
  });
});

describe('the Teams endpoint with a client id, secret and tenant configured', () => {
  it.each([
    ['no Authorization header', {}],
    ['a non-Bearer Authorization header', { authorization: 'Basic Zm9vOmJhcg==' }],
    ['a Bearer value that is not a JWT', { authorization: 'Bearer not-a-jwt' }],
  ])(
    'refuses a request with %s with a plain 401, never says why and never runs the bot',
    async (_case, headers) => {
      const connector = await FakeBotConnector.start();
      const bot = await startTestRaadsbot(
        {
          TEAMS_CLIENT_ID: TEAMS_BOT_APP_ID,
          TEAMS_CLIENT_SECRET: 'not-a-real-secret',
          TEAMS_TENANT_ID: '5f1c2e8a-0b4d-4c7e-9a11-3d2f6b8c9e01',
        },
        { label: 'teams-auth' },
      );
      try {
        const teams = teamsActivities({ serviceUrl: connector.serviceUrl });
        const response = await fetch(`${bot.url}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify(
            teams.message(secretary, 'hjælp', teams.personalChatWith(secretary)),
          ),
        });
        expect(response.status).toBe(401);
        expect(await response.text()).toBe('unauthorized');
        expect(connector.calls).toEqual([]);
        expect(bot.teams?.localMode).toBe(false);
      } finally {
        await bot.shutdown();
        await connector.close();
      }
    },
  );
});
