// Reads the settings from the environment, once per start: in src/main.ts (the
// service) and src/cli.ts (the command line).
// Pure: takes the env as an argument so tests need no process.env juggling.
// Every problem is collected before throwing, so one start names them all.
import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
export type Locale = 'da' | 'en';
/**
 * `auto` lets the start decide: the demo council and the Agents Playground
 * come only when no chat platform is configured (src/core.ts, src/local-try-out.ts).
 */
export type AutoSwitch = 'auto' | 'on' | 'off';

export interface TeamsCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
  readonly tenantId: string;
}

/** One workspace with a fixed token, or installable into many via OAuth. */
export type SlackHttpAuth =
  | { readonly kind: 'token'; readonly botToken: string }
  | {
      readonly kind: 'oauth';
      readonly clientId: string;
      readonly clientSecret: string;
      readonly stateSecret: string;
    };

export type SlackConfig =
  | { readonly mode: 'off' }
  | {
      readonly mode: 'http';
      readonly signingSecret: string;
      readonly auth: SlackHttpAuth;
      readonly apiUrl: string | undefined;
    }
  | {
      readonly mode: 'socket';
      readonly appToken: string;
      readonly botToken: string;
      readonly apiUrl: string | undefined;
    };

export interface Config {
  readonly host: string;
  readonly port: number;
  readonly redisUrl: string;
  readonly logLevel: LogLevel;
  readonly runWorkers: boolean;
  /** Time zone given to councils created without one. */
  readonly timeZone: string;
  readonly defaultLocale: Locale;
  readonly demoCouncil: AutoSwitch;
  readonly playground: AutoSwitch;
  readonly playgroundPort: number;
  /** Undefined when Teams is not configured. */
  readonly teams: TeamsCredentials | undefined;
  readonly slack: SlackConfig;
  /** Where people reach this service, without a trailing slash: file links start with it. */
  readonly publicBaseUrl: string;
  /**
   * Signs file links (the referat); undefined means a random one kept in
   * Redis, made on first use, so the service and the command line agree.
   */
  readonly fileLinkSecret: string | undefined;
}

export interface ConfigProblem {
  readonly variable: string;
  readonly message: string;
}

export class ConfigError extends Error {
  override readonly name = 'ConfigError';
  constructor(readonly problems: readonly ConfigProblem[]) {
    super(
      'The configuration is not valid; fix these environment variables:\n' +
        problems.map((p) => `  ${p.variable}: ${p.message}`).join('\n'),
    );
  }
}

type Env = Record<string, string | undefined>;

// Values never repeated in an error message, so logs do not leak them.
const SECRET_VARIABLES = new Set([
  'TEAMS_CLIENT_SECRET',
  'SLACK_SIGNING_SECRET',
  'SLACK_BOT_TOKEN',
  'SLACK_APP_TOKEN',
  'SLACK_CLIENT_SECRET',
  'SLACK_STATE_SECRET',
  'FILE_LINK_SECRET',
]);

const portNumber = (fallback: number) =>
  z
    .string()
    .refine((s) => /^\d{1,5}$/.test(s) && Number(s) >= 1 && Number(s) <= 65535, {
      error: 'must be a whole number between 1 and 65535',
    })
    .transform(Number)
    .default(fallback);

/** Case-insensitive choice among fixed words, e.g. `ON` for `on`. */
const oneOf = <const T extends readonly [string, ...string[]]>(values: T, fallback: T[number]) =>
  z
    .string()
    .transform((s) => s.toLowerCase())
    .pipe(z.enum(values, { error: `must be one of ${values.map((v) => `"${v}"`).join(', ')}` }))
    .default(fallback);

const isTimeZone = (zone: string): boolean => {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const hasScheme = (value: string, schemes: readonly string[]): boolean => {
  try {
    return schemes.includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

const scalarSchema = z.object({
  HOST: z.string().default('127.0.0.1'),
  PORT: portNumber(3978),
  REDIS_URL: z
    .string({
      error:
        'is not set; set it to your Redis, e.g. redis://127.0.0.1:6379 (npm start sets it when it runs its own Redis)',
    })
    .refine((s) => hasScheme(s, ['redis:', 'rediss:']), {
      error: 'must be a URL starting with redis:// or rediss://',
    }),
  LOG_LEVEL: oneOf(LOG_LEVELS, 'info'),
  RUN_WORKERS: z
    .string()
    .transform((s) => s.toLowerCase())
    .pipe(z.enum(['true', 'false', '1', '0'], { error: 'must be "true", "false", "1" or "0"' }))
    .transform((s) => s === 'true' || s === '1')
    .default(true),
  TIME_ZONE: z
    .string()
    .refine(isTimeZone, { error: 'must be an IANA time zone such as Europe/Copenhagen' })
    // Canonical spelling, so "europe/copenhagen" is stored as "Europe/Copenhagen".
    .transform(
      (zone) => new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone,
    )
    .default('Europe/Copenhagen'),
  DEFAULT_LOCALE: oneOf(['da', 'en'], 'da'),
  DEMO_COUNCIL: oneOf(['auto', 'on', 'off'], 'auto'),
  PLAYGROUND: oneOf(['auto', 'on', 'off'], 'auto'),
  PLAYGROUND_PORT: portNumber(56150),
  SLACK_MODE: oneOf(['off', 'http', 'socket'], 'off'),
  PUBLIC_BASE_URL: z
    .string()
    .refine((s) => hasScheme(s, ['http:', 'https:']) && !/[?#]/.test(s), {
      error: 'must be an http:// or https:// URL without ? or #, e.g. https://raadsbot.example.dk',
    })
    .transform((s) => s.replace(/\/+$/, ''))
    .optional(),
  FILE_LINK_SECRET: z
    .string()
    .min(32, { error: 'must be at least 32 characters; make one with: openssl rand -base64 32' })
    .optional(),
  SLACK_API_URL: z
    .string()
    .refine((s) => hasScheme(s, ['http:', 'https:']), {
      error: 'must be an http:// or https:// URL',
    })
    .optional(),
  SLACK_APP_TOKEN: z
    .string()
    .refine((s) => s.startsWith('xapp-'), {
      error: 'must be an app-level token starting with "xapp-" (Slack app → Basic Information)',
    })
    .optional(),
  SLACK_BOT_TOKEN: z
    .string()
    .refine((s) => s.startsWith('xoxb-'), {
      error: 'must be a bot token starting with "xoxb-" (Slack app → OAuth & Permissions)',
    })
    .optional(),
});

/** Trimmed; an empty value counts as not set (as `FOO=` in a .env file means). */
function normalize(env: Env): Env {
  const result: Env = {};
  for (const [key, value] of Object.entries(env)) {
    const trimmed = value?.trim();
    if (trimmed) result[key] = trimmed;
  }
  return result;
}

/** Names the members of a group that must be set together and are not. */
function missingFromGroup(env: Env, group: readonly string[], why: string): ConfigProblem[] {
  const set = group.filter((name) => env[name] !== undefined);
  if (set.length === 0 || set.length === group.length) return [];
  return group
    .filter((name) => env[name] === undefined)
    .map((variable) => ({
      variable,
      message: `is not set, but ${set.join(' and ')} ${set.length === 1 ? 'is' : 'are'}; ${why}`,
    }));
}

const TEAMS_VARIABLES = ['TEAMS_CLIENT_ID', 'TEAMS_CLIENT_SECRET', 'TEAMS_TENANT_ID'] as const;
const SLACK_OAUTH_VARIABLES = [
  'SLACK_CLIENT_ID',
  'SLACK_CLIENT_SECRET',
  'SLACK_STATE_SECRET',
] as const;

function crossFieldProblems(env: Env, slackMode: string | undefined): ConfigProblem[] {
  const problems = missingFromGroup(
    env,
    TEAMS_VARIABLES,
    'Teams needs TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID together (or none of them)',
  );
  const required = (variable: string, why: string) => {
    if (env[variable] === undefined) problems.push({ variable, message: `is not set; ${why}` });
  };

  if (slackMode === 'http') {
    required('SLACK_SIGNING_SECRET', 'SLACK_MODE=http needs it (Slack app → Basic Information)');
    const oauthSet = SLACK_OAUTH_VARIABLES.some((name) => env[name] !== undefined);
    if (oauthSet && env.SLACK_BOT_TOKEN !== undefined) {
      problems.push({
        variable: 'SLACK_BOT_TOKEN',
        message:
          'set either SLACK_BOT_TOKEN (one workspace) or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET (install via OAuth), not both',
      });
    } else if (oauthSet) {
      problems.push(
        ...missingFromGroup(
          env,
          SLACK_OAUTH_VARIABLES,
          'installing via OAuth needs SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET together',
        ),
      );
    } else {
      required(
        'SLACK_BOT_TOKEN',
        'SLACK_MODE=http needs it, or SLACK_CLIENT_ID, SLACK_CLIENT_SECRET and SLACK_STATE_SECRET to install via OAuth',
      );
    }
  }
  if (slackMode === 'socket') {
    required('SLACK_APP_TOKEN', 'SLACK_MODE=socket needs an app-level token (xapp-…)');
    required('SLACK_BOT_TOKEN', 'SLACK_MODE=socket needs a bot token (xoxb-…)');
  }
  return problems;
}

function shownValue(variable: string, value: string | undefined): string {
  if (value === undefined || SECRET_VARIABLES.has(variable)) return '';
  // A Redis URL may carry a password between "//" and "@".
  const safe = variable === 'REDIS_URL' ? value.replace(/\/\/[^@/]*@/, '//***@') : value;
  return ` (got "${safe}")`;
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

function buildSlack(
  env: Env,
  mode: 'off' | 'http' | 'socket',
  apiUrl: string | undefined,
): SlackConfig {
  // Only called without problems, so the variables that mode needs are set.
  const get = (name: string): string => env[name] ?? '';
  if (mode === 'off') return { mode };
  if (mode === 'socket') {
    return { mode, appToken: get('SLACK_APP_TOKEN'), botToken: get('SLACK_BOT_TOKEN'), apiUrl };
  }
  const auth: SlackHttpAuth =
    env.SLACK_BOT_TOKEN !== undefined
      ? { kind: 'token', botToken: get('SLACK_BOT_TOKEN') }
      : {
          kind: 'oauth',
          clientId: get('SLACK_CLIENT_ID'),
          clientSecret: get('SLACK_CLIENT_SECRET'),
          stateSecret: get('SLACK_STATE_SECRET'),
        };
  return { mode, signingSecret: get('SLACK_SIGNING_SECRET'), auth, apiUrl };
}

/** This machine's own address of the service, for links when PUBLIC_BASE_URL is not set. */
function localBaseUrl(host: string, port: number): string {
  // A server listening on every interface is reached on the loopback one.
  const reachable = host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '::1' : host;
  return `http://${reachable.includes(':') ? `[${reachable}]` : reachable}:${port}`;
}

/** Returns the frozen Config, or throws a ConfigError naming every bad variable. */
export function loadConfig(rawEnv: Env): Config {
  const env = normalize(rawEnv);
  const parsed = scalarSchema.safeParse(env);

  const problems: ConfigProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const variable = String(issue.path[0]);
        return { variable, message: issue.message + shownValue(variable, env[variable]) };
      });
  const slackMode = parsed.success ? parsed.data.SLACK_MODE : env.SLACK_MODE?.toLowerCase();
  problems.push(...crossFieldProblems(env, slackMode));
  if (
    parsed.success &&
    parsed.data.PLAYGROUND !== 'off' &&
    parsed.data.PORT === parsed.data.PLAYGROUND_PORT
  ) {
    problems.push({
      variable: 'PLAYGROUND_PORT',
      message: `must differ from PORT (both are ${parsed.data.PORT})`,
    });
  }

  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);

  const data = parsed.data;
  const teams =
    env.TEAMS_CLIENT_ID !== undefined
      ? {
          clientId: env.TEAMS_CLIENT_ID,
          clientSecret: env.TEAMS_CLIENT_SECRET ?? '',
          tenantId: env.TEAMS_TENANT_ID ?? '',
        }
      : undefined;

  return deepFreeze<Config>({
    host: data.HOST,
    port: data.PORT,
    redisUrl: data.REDIS_URL,
    logLevel: data.LOG_LEVEL,
    runWorkers: data.RUN_WORKERS,
    timeZone: data.TIME_ZONE,
    defaultLocale: data.DEFAULT_LOCALE,
    demoCouncil: data.DEMO_COUNCIL,
    playground: data.PLAYGROUND,
    playgroundPort: data.PLAYGROUND_PORT,
    teams,
    slack: buildSlack(env, data.SLACK_MODE, data.SLACK_API_URL),
    publicBaseUrl: data.PUBLIC_BASE_URL ?? localBaseUrl(data.HOST, data.PORT),
    fileLinkSecret: data.FILE_LINK_SECRET,
  });
}

/** The config, or undefined after writing the line that names what to set (the start then stops). */
export function loadConfigOrSay(
  rawEnv: Env,
  err: { write(text: string): unknown },
): Config | undefined {
  try {
    return loadConfig(rawEnv);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    err.write(`${error.message}\n`);
    return undefined;
  }
}
