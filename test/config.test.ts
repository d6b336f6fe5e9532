import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.ts';

const minimal = { REDIS_URL: 'redis://127.0.0.1:6379' };

/** The ConfigError thrown for `env`, or a failed test if none is thrown. */
function problemsFor(env: Record<string, string | undefined>) {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected loadConfig to throw a ConfigError');
}

describe('loadConfig', () => {
  it('needs only REDIS_URL and fills in the defaults', () => {
    expect(loadConfig(minimal)).toEqual({
      host: '127.0.0.1',
      port: 3978,
      redisUrl: 'redis://127.0.0.1:6379',
      logLevel: 'info',
      runWorkers: true,
      timeZone: 'Europe/Copenhagen',
      defaultLocale: 'da',
      demoCouncil: 'auto',
      playground: 'auto',
      playgroundPort: 56150,
      teams: undefined,
      slack: { mode: 'off' },
      publicBaseUrl: 'http://127.0.0.1:3978',
      fileLinkSecret: undefined,
    });
  });

  it('a missing REDIS_URL is named in the error, with what to set', () => {
    const error = problemsFor({});
    expect(error.problems.map((p) => p.variable)).toEqual(['REDIS_URL']);
    expect(error.message).toMatch(/REDIS_URL: is not set; set it to .*redis:\/\//);
  });

  it('an empty variable counts as not set', () => {
    expect(problemsFor({ REDIS_URL: '  ' }).problems[0]?.variable).toBe('REDIS_URL');
    expect(loadConfig({ ...minimal, PORT: '' }).port).toBe(3978);
  });

  it('a bad port says what a port is and repeats the value', () => {
    expect(problemsFor({ ...minimal, PORT: 'abc' }).message).toContain(
      'PORT: must be a whole number between 1 and 65535 (got "abc")',
    );
    for (const bad of ['0', '65536', '80.5', '-1', '0x50']) {
      expect(problemsFor({ ...minimal, PORT: bad }).problems[0]?.variable).toBe('PORT');
    }
  });

  it('names every bad variable at once, not only the first', () => {
    const error = problemsFor({ PORT: 'x', LOG_LEVEL: 'loud', TIME_ZONE: 'Mars/Olympus' });
    expect(error.problems.map((p) => p.variable).sort()).toEqual([
      'LOG_LEVEL',
      'PORT',
      'REDIS_URL',
      'TIME_ZONE',
    ]);
  });

  it('accepts only redis:// and rediss:// URLs, without echoing a password', () => {
    expect(loadConfig({ REDIS_URL: 'rediss://user:pw@redis.example:6380' }).redisUrl).toBe(
      'rediss://user:pw@redis.example:6380',
    );
    const error = problemsFor({ REDIS_URL: 'http://user:secret@host:6379' });
    expect(error.message).toContain('REDIS_URL: must be a URL starting with redis:// or rediss://');
    expect(error.message).not.toContain('secret');
  });

  it('reads RUN_WORKERS as true/false/1/0', () => {
    expect(loadConfig({ ...minimal, RUN_WORKERS: 'false' }).runWorkers).toBe(false);
    expect(loadConfig({ ...minimal, RUN_WORKERS: '0' }).runWorkers).toBe(false);
    expect(loadConfig({ ...minimal, RUN_WORKERS: 'TRUE' }).runWorkers).toBe(true);
    expect(problemsFor({ ...minimal, RUN_WORKERS: 'yes' }).message).toContain(
      'RUN_WORKERS: must be "true", "false", "1" or "0" (got "yes")',
    );
  });

  it('checks the time zone against the IANA database and spells it canonically', () => {
    expect(loadConfig({ ...minimal, TIME_ZONE: 'europe/london' }).timeZone).toBe('Europe/London');
    expect(problemsFor({ ...minimal, TIME_ZONE: 'Europe/Aarhus' }).message).toContain(
      'TIME_ZONE: must be an IANA time zone',
    );
  });

  it('offers the documented choices for the switches', () => {
    const config = loadConfig({
      ...minimal,
      DEFAULT_LOCALE: 'en',
      DEMO_COUNCIL: 'off',
      PLAYGROUND: 'on',
      LOG_LEVEL: 'debug',
    });
    expect(config).toMatchObject({
      defaultLocale: 'en',
      demoCouncil: 'off',
      playground: 'on',
      logLevel: 'debug',
    });
    expect(problemsFor({ ...minimal, DEFAULT_LOCALE: 'de' }).message).toContain(
      'DEFAULT_LOCALE: must be one of "da", "en" (got "de")',
    );
  });

  it('refuses the playground on the same port as the service', () => {
    expect(problemsFor({ ...minimal, PORT: '4000', PLAYGROUND_PORT: '4000' }).problems).toEqual([
      { variable: 'PLAYGROUND_PORT', message: 'must differ from PORT (both are 4000)' },
    ]);
    expect(
      loadConfig({ ...minimal, PORT: '4000', PLAYGROUND_PORT: '4000', PLAYGROUND: 'off' }).port,
    ).toBe(4000);
  });

  it('returns a frozen config, nested parts included', () => {
    const config = loadConfig({
      ...minimal,
      SLACK_MODE: 'socket',
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_BOT_TOKEN: 'xoxb-1',
    });
    expect(Object.isFrozen(config)).toBe(true);
    expect(Object.isFrozen(config.slack)).toBe(true);
  });
});

describe('Teams credentials', () => {
  const teams = {
    TEAMS_CLIENT_ID: 'app-id',
    TEAMS_CLIENT_SECRET: 's3cret',
    TEAMS_TENANT_ID: 'tenant',
  };

  it('are used when all three are set', () => {
    expect(loadConfig({ ...minimal, ...teams }).teams).toEqual({
      clientId: 'app-id',
      clientSecret: 's3cret',
      tenantId: 'tenant',
    });
  });

  it('must come as a set: the missing ones are named', () => {
    const error = problemsFor({ ...minimal, TEAMS_CLIENT_ID: 'app-id' });
    expect(error.problems.map((p) => p.variable)).toEqual([
      'TEAMS_CLIENT_SECRET',
      'TEAMS_TENANT_ID',
    ]);
    expect(error.message).toContain('TEAMS_TENANT_ID: is not set, but TEAMS_CLIENT_ID is;');
  });

  it('never appear in an error message', () => {
    const error = problemsFor({ TEAMS_CLIENT_SECRET: 's3cret' });
    expect(error.message).not.toContain('s3cret');
  });
});

describe('Slack', () => {
  it('is off unless SLACK_MODE says otherwise', () => {
    expect(loadConfig({ ...minimal, SLACK_SIGNING_SECRET: 'x' }).slack).toEqual({ mode: 'off' });
  });

  it('in http mode with one workspace needs the signing secret and a bot token', () => {
    const env = {
      ...minimal,
      SLACK_MODE: 'http',
      SLACK_SIGNING_SECRET: 'sig',
      SLACK_BOT_TOKEN: 'xoxb-1',
    };
    expect(loadConfig(env).slack).toEqual({
      mode: 'http',
      signingSecret: 'sig',
      auth: { kind: 'token', botToken: 'xoxb-1' },
      apiUrl: undefined,
    });
    const error = problemsFor({ ...minimal, SLACK_MODE: 'http' });
    expect(error.problems.map((p) => p.variable)).toEqual([
      'SLACK_SIGNING_SECRET',
      'SLACK_BOT_TOKEN',
    ]);
  });

  it('in http mode can install via OAuth instead, with all three OAuth values', () => {
    const oauth = { SLACK_CLIENT_ID: 'id', SLACK_CLIENT_SECRET: 'cs', SLACK_STATE_SECRET: 'ss' };
    const env = { ...minimal, SLACK_MODE: 'http', SLACK_SIGNING_SECRET: 'sig', ...oauth };
    expect(loadConfig(env).slack).toMatchObject({
      auth: { kind: 'oauth', clientId: 'id', clientSecret: 'cs', stateSecret: 'ss' },
    });
    const partial = problemsFor({ ...env, SLACK_STATE_SECRET: undefined });
    expect(partial.problems.map((p) => p.variable)).toEqual(['SLACK_STATE_SECRET']);
    const both = problemsFor({ ...env, SLACK_BOT_TOKEN: 'xoxb-1' });
    expect(both.message).toContain('SLACK_BOT_TOKEN: set either SLACK_BOT_TOKEN');
  });

  it('in socket mode needs an app token and a bot token', () => {
    const error = problemsFor({ ...minimal, SLACK_MODE: 'socket' });
    expect(error.problems.map((p) => p.variable)).toEqual(['SLACK_APP_TOKEN', 'SLACK_BOT_TOKEN']);
    const config = loadConfig({
      ...minimal,
      SLACK_MODE: 'socket',
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_API_URL: 'http://127.0.0.1:9999/api/',
    });
    expect(config.slack).toEqual({
      mode: 'socket',
      appToken: 'xapp-1',
      botToken: 'xoxb-1',
      apiUrl: 'http://127.0.0.1:9999/api/',
    });
  });

  it('catches tokens pasted into the wrong variable, without showing them', () => {
    const error = problemsFor({
      ...minimal,
      SLACK_MODE: 'socket',
      SLACK_APP_TOKEN: 'xoxb-secret',
      SLACK_BOT_TOKEN: 'xapp-secret',
    });
    expect(error.problems.map((p) => p.variable)).toEqual(['SLACK_APP_TOKEN', 'SLACK_BOT_TOKEN']);
    expect(error.message).not.toContain('secret"');
  });

  it('names an unknown SLACK_MODE', () => {
    expect(problemsFor({ ...minimal, SLACK_MODE: 'events' }).message).toContain(
      'SLACK_MODE: must be one of "off", "http", "socket" (got "events")',
    );
  });

  it('links start from PUBLIC_BASE_URL, or from where the service listens on this machine', () => {
    expect(
      loadConfig({ ...minimal, PUBLIC_BASE_URL: 'https://raadsbot.example.dk/' }).publicBaseUrl,
    ).toBe('https://raadsbot.example.dk');
    expect(loadConfig({ ...minimal, HOST: '0.0.0.0', PORT: '8080' }).publicBaseUrl).toBe(
      'http://127.0.0.1:8080',
    );
    expect(loadConfig({ ...minimal, HOST: '::' }).publicBaseUrl).toBe('http://[::1]:3978');
    for (const bad of ['raadsbot.example.dk', 'ftp://x.dk', 'https://x.dk/?a=1'])
      expect(problemsFor({ ...minimal, PUBLIC_BASE_URL: bad }).problems[0]?.variable).toBe(
        'PUBLIC_BASE_URL',
      );
  });

  it('a short FILE_LINK_SECRET is refused without repeating it', () => {
    const error = problemsFor({ ...minimal, FILE_LINK_SECRET: 'too-short-to-sign' });
    expect(error.problems.map((p) => p.variable)).toEqual(['FILE_LINK_SECRET']);
    expect(error.message).toContain('at least 32 characters');
    expect(error.message).not.toContain('too-short-to-sign');
    const secret = 'k'.repeat(32);
    expect(loadConfig({ ...minimal, FILE_LINK_SECRET: secret }).fileLinkSecret).toBe(secret);
  });
});
