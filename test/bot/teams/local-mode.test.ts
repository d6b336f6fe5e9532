/** When the service builds the Teams surface, and in which mode; when it leaves Teams off, and says why. */
import { describe, expect, it } from 'vitest';
import { teamsSurfaceFor } from '../../../src/bot/teams/local-mode.ts';
import { teamsParts } from '../../../src/capabilities/index.ts';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/logger.ts';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';

const minimal = { REDIS_URL: 'redis://127.0.0.1:6379' };

async function surfaceWith(env: Record<string, string>, serving = true) {
  const { app, deps } = await anAppWithCouncil();
  const logs: { msg: string }[] = [];
  const logger = createLogger('info', {
    write: (line: string) => void logs.push(JSON.parse(line) as { msg: string }),
  });
  const surface = await teamsSurfaceFor(loadConfig({ ...minimal, ...env }), {
    useCases: app,
    directory: deps.directory,
    clock: deps.clock,
    logger,
    serving,
    loadParts: () => teamsParts(),
  });
  await surface?.stop();
  return { surface, messages: logs.map((line) => line.msg) };
}

describe('teamsSurfaceFor', () => {
  it('without credentials, on loopback and nothing else configured: local mode', async () => {
    const { surface } = await surfaceWith({});
    expect(surface?.localMode).toBe(true);
  });

  it('with credentials: tokens checked, on any HOST', async () => {
    const { surface } = await surfaceWith({
      HOST: '0.0.0.0',
      TEAMS_CLIENT_ID: 'client',
      TEAMS_CLIENT_SECRET: 'secret',
      TEAMS_TENANT_ID: 'tenant',
    });
    expect(surface?.localMode).toBe(false);
  });

  it('stays off beside Slack, unless the Playground is asked for', async () => {
    const slack = { SLACK_MODE: 'socket', SLACK_APP_TOKEN: 'xapp-1', SLACK_BOT_TOKEN: 'xoxb-1' };
    const off = await surfaceWith(slack);
    expect(off.surface).toBeUndefined();
    expect(off.messages).toContain(
      'Teams is off: Slack is configured and Teams is not (TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET, TEAMS_TENANT_ID)',
    );
    expect((await surfaceWith({ ...slack, PLAYGROUND: 'on' })).surface?.localMode).toBe(true);
  });

  it('serves no open endpoint on a HOST other machines can reach; a process that serves nothing may send', async () => {
    const open = await surfaceWith({ HOST: '0.0.0.0' });
    expect(open.surface).toBeUndefined();
    expect(open.messages).toContain(
      'Teams is off: without TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID the unauthenticated Teams endpoint is only served with HOST=127.0.0.1 (HOST is 0.0.0.0)',
    );
    expect((await surfaceWith({ HOST: '0.0.0.0' }, false)).surface?.localMode).toBe(true);
  });
});
