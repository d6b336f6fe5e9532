import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.ts';
import { isLoopback, playgroundProblems, wantsPlayground } from '../src/local-try-out.ts';

const minimal = { REDIS_URL: 'redis://127.0.0.1:6379' };
const teams = {
  TEAMS_CLIENT_ID: 'client',
  TEAMS_CLIENT_SECRET: 'secret',
  TEAMS_TENANT_ID: 'tenant',
};
const slack = { SLACK_MODE: 'socket', SLACK_APP_TOKEN: 'xapp-1', SLACK_BOT_TOKEN: 'xoxb-1' };

describe('isLoopback', () => {
  it('is true only for addresses this machine alone can reach', () => {
    for (const host of ['127.0.0.1', '127.0.1.1', 'localhost', '::1'])
      expect(isLoopback(host)).toBe(true);
    for (const host of ['0.0.0.0', '10.0.0.5', '::', 'raadsbot.example.dk'])
      expect(isLoopback(host)).toBe(false);
  });
});

describe('wantsPlayground', () => {
  it('PLAYGROUND=auto starts it only when no chat platform is configured', () => {
    expect(wantsPlayground(loadConfig(minimal))).toBe(true);
    expect(wantsPlayground(loadConfig({ ...minimal, ...teams }))).toBe(false);
    expect(wantsPlayground(loadConfig({ ...minimal, ...slack }))).toBe(false);
  });

  it('PLAYGROUND=on and off decide by themselves', () => {
    expect(wantsPlayground(loadConfig({ ...minimal, ...slack, PLAYGROUND: 'on' }))).toBe(true);
    expect(wantsPlayground(loadConfig({ ...minimal, PLAYGROUND: 'off' }))).toBe(false);
  });
});

describe('playgroundProblems', () => {
  it('has nothing to say unless PLAYGROUND=on', () => {
    expect(playgroundProblems(loadConfig({ ...minimal, ...teams, HOST: '0.0.0.0' }))).toEqual([]);
    expect(playgroundProblems(loadConfig({ ...minimal, PLAYGROUND: 'on' }))).toEqual([]);
  });

  it('PLAYGROUND=on refuses Teams credentials, which the Playground cannot use', () => {
    expect(playgroundProblems(loadConfig({ ...minimal, ...teams, PLAYGROUND: 'on' }))).toEqual([
      {
        variable: 'PLAYGROUND',
        message:
          'is "on", but TEAMS_CLIENT_ID etc. are set and the Agents Playground sends no tokens; unset them for a local try-out, or set PLAYGROUND=off',
      },
    ]);
  });

  it('PLAYGROUND=on refuses a HOST other machines can reach', () => {
    expect(
      playgroundProblems(loadConfig({ ...minimal, HOST: '0.0.0.0', PLAYGROUND: 'on' })),
    ).toEqual([
      {
        variable: 'PLAYGROUND',
        message:
          'is "on", but HOST is "0.0.0.0"; the unauthenticated try-out only runs with HOST=127.0.0.1',
      },
    ]);
  });
});
