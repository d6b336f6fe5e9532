/** Building and starting the surface in each mode of the config. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSlackSurface } from '../../../src/bot/slack/slack-surface.ts';
import { councilSlack } from '../../../src/bot/slack/council/council-listeners.ts';
import { hearingsSlack } from '../../../src/bot/slack/hearings/hearing-listeners.ts';
import { botScopes } from '../../../src/bot/slack/slack-scopes.ts';
import { loadConfig, type SlackConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import {
  DEFAULT_WORKSPACE,
  startFakeSlackApi,
  type FakeSlackApi,
} from '../../fakes/fake-slack-api.ts';
import { inMemoryStores } from '../../fakes/in-memory-stores.ts';
import { InMemoryRequestMemory } from '../../fakes/in-memory-request-memory.ts';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

let slack: FakeSlackApi;
beforeAll(async () => {
  slack = await startFakeSlackApi();
});
afterAll(async () => {
  await slack.close();
});

const active = (env: Record<string, string>): Exclude<SlackConfig, { mode: 'off' }> => {
  const config = loadConfig({
    REDIS_URL: 'redis://127.0.0.1:6379',
    SLACK_API_URL: slack.apiUrl.replace(/\/$/, ''),
    ...env,
  });
  if (config.slack.mode === 'off') throw new Error('Slack is off');
  return config.slack;
};

async function surfaceFor(slackConfig: Exclude<SlackConfig, { mode: 'off' }>) {
  const { app } = await anAppWithCouncil();
  return createSlackSurface({
    slack: slackConfig,
    useCases: app,
    directory: inMemoryStores().directory,
    logger: createLogger('silent'),
    requestMemory: new InMemoryRequestMemory(),
    parts: [hearingsSlack, councilSlack],
  });
}

const request = (url: string) => ({ url, method: 'POST', headers: {} }) as IncomingMessage;

describe('the Slack surface', () => {
  it('verifies its bot token with auth.test when it starts (SLACK_API_URL given without its trailing slash)', async () => {
    const surface = await surfaceFor(
      active({
        SLACK_MODE: 'http',
        SLACK_SIGNING_SECRET: 's',
        SLACK_BOT_TOKEN: DEFAULT_WORKSPACE.token,
      }),
    );

    await surface.start();

    expect(slack.callsTo('auth.test').map((call) => call.token)).toContain(DEFAULT_WORKSPACE.token);
  });

  it('refuses to start with a token Slack does not know', async () => {
    const surface = await surfaceFor(
      active({ SLACK_MODE: 'http', SLACK_SIGNING_SECRET: 's', SLACK_BOT_TOKEN: 'xoxb-revoked' }),
    );

    await expect(surface.start()).rejects.toMatchObject({ data: { error: 'invalid_auth' } });
  });

  it('in Socket Mode it serves no HTTP path and connects only when started', async () => {
    const surface = await surfaceFor(
      active({
        SLACK_MODE: 'socket',
        SLACK_APP_TOKEN: 'xapp-1-A0-fake',
        SLACK_BOT_TOKEN: DEFAULT_WORKSPACE.token,
      }),
    );

    expect(surface.requestListener(request('/slack/events'), {} as ServerResponse)).toBe(false);
    expect(slack.callsTo('apps.connections.open')).toEqual([]);
  });

  it('in OAuth mode it needs an installation store', async () => {
    const config = active({
      SLACK_MODE: 'http',
      SLACK_SIGNING_SECRET: 's',
      SLACK_CLIENT_ID: '1.2',
      SLACK_CLIENT_SECRET: 'c',
      SLACK_STATE_SECRET: 'st',
    });

    await expect(surfaceFor(config)).rejects.toThrow(/installation store/);
  });

  it('leaves every path but its own to the rest of the server', async () => {
    const surface = await surfaceFor(
      active({
        SLACK_MODE: 'http',
        SLACK_SIGNING_SECRET: 's',
        SLACK_BOT_TOKEN: DEFAULT_WORKSPACE.token,
      }),
    );

    expect(surface.requestListener(request('/api/messages'), {} as ServerResponse)).toBe(false);
    expect(surface.requestListener(request('/slack/other'), {} as ServerResponse)).toBe(false);
  });

  it('asks for the same bot scopes as the manifest', () => {
    const manifest = parse(
      readFileSync(new URL('../../../manifests/slack/manifest.yaml', import.meta.url), 'utf8'),
    ) as {
      oauth_config: { scopes: { bot: string[] } };
    };
    expect(manifest.oauth_config.scopes.bot).toEqual([...botScopes]);
  });
});
