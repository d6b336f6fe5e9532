/**
 * The composition root: the one place that reads the environment, builds the
 * stores, queues, use cases and surfaces, and starts them. Everything else
 * receives values.
 *
 *   tsx src/main.ts            the service: HTTP (/healthz, /readyz, chat) + workers
 *   tsx src/main.ts workers    the workers alone, to scale them out
 *   tsx src/main.ts cli …      the command line through the whole service (slow:
 *                              kept so `npm run bench -- cli` can compare)
 *
 * The secretariat's command line has its own entry, src/cli.ts (`npm run cli`):
 * it shares the wiring in src/core.ts and loads no chat surface.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Redis } from 'ioredis';
import type { AppDeps } from './app/deps.ts';
import type { Clock, IdSource } from './app/ports.ts';
import type { UseCases } from './app/use-cases.ts';
import { runCli } from './bot/cli/run-cli.ts';
import { councilCli } from './bot/cli/council/council-cli.ts';
import { hearingsCli } from './bot/cli/hearings/hearings-cli.ts';
import { createSlackSurface, type SlackSurface } from './bot/slack/slack-surface.ts';
import { councilSlack } from './bot/slack/council/council-listeners.ts';
import { hearingsSlack } from './bot/slack/hearings/hearing-listeners.ts';
import { bindPlaygroundCouncil } from './bot/teams/bind-playground.ts';
import { createTeamsSurface, type TeamsSurface } from './bot/teams/teams-surface.ts';
import { councilTeams } from './bot/teams/council/council-teams.ts';
import { hearingsTeams } from './bot/teams/hearings/hearings-teams.ts';
import { PLAYGROUND_SCENE, peopleFromRoster } from './playground/playground-scene.ts';
import { startPlayground, type RunningPlayground } from './playground/start-playground.ts';
import { ConfigError, loadConfigOrSay, type Config, type ConfigProblem } from './config.ts';
import { createHttpServer, listen, type RequestHandler } from './http/http-server.ts';
import { BullMqScheduler } from './jobs/hearings/bullmq-hearing-scheduler.ts';
import type { ChatSender } from './app/chat-sender.ts';
import { LogSender } from './jobs/log-sender.ts';
import { OutboxNotifier } from './jobs/outbox-notifier.ts';
import { createQueues, type JobQueues } from './jobs/queues.ts';
import { startWorkers, type RunningWorkers } from './jobs/start-workers.ts';
import { createLogger, type Logger } from './logger.ts';
import { composeUseCases, loadDemoCouncil, wantsDemoCouncil } from './core.ts';
import { createRedis, pingRedis } from './store/redis-connection.ts';
import { RedisKeys } from './store/redis-keys.ts';
import { RedisRequestMemory } from './store/redis-request-memory.ts';
import { RedisSlackInstallationStore } from './store/redis-slack-installation-store.ts';
import { checkRedisSafety } from './store/redis-safety.ts';
import { keepServingThroughStrayErrors } from './system/keep-serving.ts';

export interface StartOptions {
  /** Serve HTTP (default) — false for `main.ts workers`. */
  readonly http?: boolean;
  /** Isolates keys and queues so tests and benchmarks can share one Redis. */
  readonly keyPrefix?: string;
  readonly queuePrefix?: string;
  readonly clock?: Clock;
  readonly ids?: IdSource;
  readonly logger?: Logger;
  /** Jobs each worker runs at once (benchmarks tune it). */
  readonly workerConcurrency?: Parameters<typeof startWorkers>[0]['concurrency'];
}

export interface RunningRaadsbot {
  /** Base URL of the HTTP server, when serving. */
  readonly url?: string;
  readonly useCases: UseCases;
  readonly deps: AppDeps;
  readonly queues: JobQueues;
  readonly logger: Logger;
  readonly config: Config;
  /** The client the stores use (tests read keys through it). */
  readonly redis: Redis;
  readonly slack?: SlackSurface;
  readonly teams?: TeamsSurface;
  /** The Agents Playground started with the service (Teams local mode only). */
  readonly playground?: Pick<RunningPlayground, 'url' | 'personas'>;
  /** Stops taking work, lets active jobs finish, closes connections. */
  stop(): Promise<void>;
}

export async function startRaadsbot(
  config: Config,
  options: StartOptions = {},
): Promise<RunningRaadsbot> {
  const logger = options.logger ?? createLogger(config.logLevel);
  const onRedisError = (role: string) => (error: Error) =>
    logger.warn({ err: error.message, role }, 'Redis connection problem; reconnecting by itself');
  const webRedis = createRedis(config.redisUrl, { role: 'web', onError: onRedisError('web') });
  const workerRedis = createRedis(config.redisUrl, {
    role: 'worker',
    onError: onRedisError('worker'),
  });
  // Producers fail fast like web commands; BullMQ's blocking workers wait on their own connection.
  const producerRedis = createRedis(config.redisUrl, {
    role: 'web',
    onError: onRedisError('producer'),
  });

  for (const warning of await checkRedisSafety(webRedis).catch(() => [])) logger.warn(warning);

  const keys = new RedisKeys(options.keyPrefix);
  const queues = createQueues({
    connection: producerRedis,
    onError: onRedisError('queues'),
    ...(options.queuePrefix ? { prefix: options.queuePrefix } : {}),
  });
  // A queue whose first connection failed stays broken; better to fail the start.
  await Promise.all(
    [queues.closeHearing, queues.reminders, queues.outbox].map((queue) => queue.waitUntilReady()),
  );
  // A test's pinned clock also decides when BullMQ's delayed jobs fire.
  const appClock = options.clock;
  const { deps, useCases } = composeUseCases(config, {
    redis: webRedis,
    keys,
    scheduler: new BullMqScheduler(
      queues,
      producerRedis,
      appClock && (() => appClock.now().getTime()),
    ),
    notifier: new OutboxNotifier(queues.outbox, { redis: producerRedis, prefix: queues.prefix }),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.ids ? { ids: options.ids } : {}),
  });

  if (wantsDemoCouncil(config)) await loadDemoCouncil(useCases, logger);
  // The holiday calendar loads on first use (a quarter of a second); a chat
  // server loads it now, so the first "Ny høring" opens within Slack's 3 s.
  if (options.http !== false)
    void useCases
      .suggestDeadline({ timeZone: config.timeZone, locale: config.defaultLocale })
      .catch(() => undefined);

  const senders: ChatSender[] = [];
  const handlers: RequestHandler[] = [];

  let slack: SlackSurface | undefined;
  if (config.slack.mode !== 'off') {
    const installationStore =
      config.slack.mode === 'http' && config.slack.auth.kind === 'oauth'
        ? new RedisSlackInstallationStore(webRedis, keys)
        : undefined;
    slack = createSlackSurface({
      slack: config.slack,
      useCases,
      directory: deps.directory,
      ...(installationStore ? { installationStore } : {}),
      logger,
      defaultLocale: config.defaultLocale,
      requestMemory: new RedisRequestMemory(webRedis, keys, 'slack'),
      parts: [hearingsSlack, councilSlack],
    });
    // auth.test, and Socket Mode connects; a workers-only process just sends.
    if (options.http !== false) await slack.start();
    senders.push(slack.sender);
    handlers.push(slack.requestListener);
  }
  const teams = teamsSurfaceFor(config, {
    useCases,
    directory: deps.directory,
    logger,
    serving: options.http !== false,
  });
  if (teams) {
    senders.push(teams.sender);
    handlers.push(teams.requestListener);
  }
  // Without any chat platform configured (Teams' local mode is a try-out), what the bot would send goes to the log.
  if (senders.every((sender) => sender === teams?.sender && teams.localMode))
    senders.push(new LogSender(logger));

  let workers: RunningWorkers | undefined;
  if (config.runWorkers) {
    workers = await startWorkers({
      redis: workerRedis,
      prefix: queues.prefix,
      deps,
      queues,
      senders,
      log: logger,
      ...(options.workerConcurrency ? { concurrency: options.workerConcurrency } : {}),
    });
  }

  let url: string | undefined;
  const server =
    options.http === false
      ? undefined
      : createHttpServer({
          isReady: () => pingRedis(webRedis),
          handlers,
          onError: (error) => logger.error({ err: error }, 'request failed'),
        });
  if (server) {
    url = await listen(server, config.port, config.host);
    logger.info({ url }, 'Rådsbot is listening');
  }
  const playground =
    url !== undefined && wantsPlayground(config)
      ? await startTeamsPlayground(url, config, teams, useCases, deps, logger)
      : undefined;

  return {
    ...(url === undefined ? {} : { url }),
    useCases,
    deps,
    queues,
    logger,
    config,
    redis: webRedis,
    ...(slack ? { slack } : {}),
    ...(teams ? { teams } : {}),
    ...(playground ? { playground: { url: playground.url, personas: playground.personas } } : {}),
    async stop() {
      await playground?.stop();
      if (server) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
      await slack?.stop();
      await teams?.stop();
      await workers?.close();
      await queues.close();
      await Promise.all([quit(webRedis), quit(producerRedis), quit(workerRedis)]);
    },
  };
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);
const isLoopback = (host: string): boolean => LOOPBACK_HOSTS.has(host) || host.startsWith('127.');

/**
 * Teams with TEAMS_CLIENT_ID/SECRET/TENANT_ID: every request's token is
 * checked, any HOST. Without them, local mode — requests are not
 * authenticated — only for a try-out: no chat platform configured (or
 * PLAYGROUND=on) and the server on loopback. Otherwise Teams stays off and
 * says why, and the rest runs: a Slack deployment (often behind a proxy on
 * the same host) must not grow an open /api/messages.
 */
function teamsSurfaceFor(
  config: Config,
  parts: Pick<AppDeps, 'directory'> & {
    useCases: UseCases;
    logger: Logger;
    serving: boolean;
  },
): TeamsSurface | undefined {
  if (config.teams === undefined) {
    const why =
      config.slack.mode !== 'off' && config.playground !== 'on'
        ? 'Slack is configured and Teams is not (TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET, TEAMS_TENANT_ID)'
        : parts.serving && !isLoopback(config.host)
          ? `without TEAMS_CLIENT_ID, TEAMS_CLIENT_SECRET and TEAMS_TENANT_ID the unauthenticated Teams endpoint is only served with HOST=127.0.0.1 (HOST is ${config.host})`
          : undefined;
    if (why !== undefined) {
      parts.logger.info(`Teams is off: ${why}`);
      return undefined;
    }
  }
  try {
    return createTeamsSurface({
      teams: config.teams,
      useCases: parts.useCases,
      directory: parts.directory,
      logger: parts.logger,
      defaultLocale: config.defaultLocale,
      parts: [hearingsTeams, councilTeams],
    });
  } catch (error) {
    if (config.teams !== undefined) throw error;
    parts.logger.warn(
      { err: error instanceof Error ? error.message : String(error) },
      'Teams is off',
    );
    return undefined;
  }
}

/** The Playground comes with local mode: PLAYGROUND=auto starts it when no chat platform is configured. */
const wantsPlayground = (config: Config): boolean =>
  config.playground === 'on' ||
  (config.playground === 'auto' && config.teams === undefined && config.slack.mode === 'off');

/** PLAYGROUND=on asks for what only local mode gives: no Teams credentials, HOST on loopback. */
function playgroundProblems(config: Config): ConfigProblem[] {
  if (config.playground !== 'on') return [];
  if (config.teams !== undefined)
    return [
      {
        variable: 'PLAYGROUND',
        message:
          'is "on", but TEAMS_CLIENT_ID etc. are set and the Agents Playground sends no tokens; unset them for a local try-out, or set PLAYGROUND=off',
      },
    ];
  if (!isLoopback(config.host))
    return [
      {
        variable: 'PLAYGROUND',
        message: `is "on", but HOST is "${config.host}"; the unauthenticated try-out only runs with HOST=127.0.0.1`,
      },
    ];
  return [];
}

const playgroundDir = fileURLToPath(new URL('../.data/playground/', import.meta.url));

/**
 * Starts the Agents Playground pointed at the bot, with the demo council (or
 * the only council) bound to its team, chat and tenant and its people as the
 * Playground's users. A Playground that cannot start leaves the bot running.
 */
async function startTeamsPlayground(
  url: string,
  config: Config,
  teams: TeamsSurface | undefined,
  useCases: UseCases,
  deps: AppDeps,
  logger: Logger,
): Promise<RunningPlayground | undefined> {
  if (!teams?.localMode) {
    logger.warn(
      'the Agents Playground needs Teams local mode (no TEAMS_* credentials, HOST=127.0.0.1); not started',
    );
    return undefined;
  }
  try {
    const councils = await useCases.listCouncils();
    const all = councils.ok ? councils.value : [];
    const council =
      all.find((candidate) => candidate.id === 'rar-demo') ??
      (all.length === 1 ? all[0] : undefined);
    const described = council
      ? await useCases.describeCouncil({ councilId: council.id })
      : undefined;
    const playground = await startPlayground({
      botEndpoint: `${url}/api/messages`,
      port: config.playgroundPort,
      dir: playgroundDir,
      env: process.env,
      people: described?.ok ? peopleFromRoster(described.value.members) : [],
      log: logger,
    });
    if (council)
      await bindPlaygroundCouncil({ useCases, directory: deps.directory }, council.id, {
        ...PLAYGROUND_SCENE,
        serviceUrl: playground.serviceUrl,
      });
    else
      logger.warn(
        'no single council to show in the Agents Playground; bind one there with "tilknyt <råd-id>"',
      );
    logger.info({ url: playground.url, council: council?.id }, 'the Agents Playground is running');
    return playground;
  } catch (error) {
    logger.warn(
      { err: error instanceof Error ? error.message : String(error) },
      'the Agents Playground could not start',
    );
    return undefined;
  }
}

function playgroundBanner(playground: NonNullable<RunningRaadsbot['playground']>): string {
  const [first, ...others] = playground.personas;
  return [
    '',
    `Try Rådsbot in Teams (Microsoft 365 Agents Playground): open ${playground.url}/`,
    ...(first
      ? [`  there you are ${first.name} (${first.role}); the others, one browser tab each:`]
      : []),
    ...others.map((persona) => `    ${persona.name} (${persona.role}): ${persona.url}`),
    '',
    '',
  ].join('\n');
}
const quit = (redis: Redis) => redis.quit().catch(() => redis.disconnect());

async function main(argv: readonly string[]): Promise<number> {
  const config = loadConfigOrSay(process.env, process.stderr);
  if (config === undefined) return 2;
  const [mode = 'serve', ...rest] = argv;
  const problems = mode === 'serve' ? playgroundProblems(config) : [];
  if (problems.length > 0) {
    process.stderr.write(`${new ConfigError(problems).message}\n`);
    return 2;
  }
  if (mode === 'cli') {
    const bot = await startRaadsbot(
      { ...config, runWorkers: false, logLevel: 'error' },
      { http: false },
    );
    try {
      return await runCli(
        rest,
        {
          useCases: bot.useCases,
          out: process.stdout,
          err: process.stderr,
          defaultLocale: config.defaultLocale,
          clock: bot.deps.clock,
        },
        [councilCli, hearingsCli],
      );
    } finally {
      await bot.stop();
    }
  }
  if (mode !== 'serve' && mode !== 'workers') {
    process.stderr.write(`Unknown mode "${mode}": use serve, workers or cli.\n`);
    return 2;
  }
  const bot = await startRaadsbot(mode === 'workers' ? { ...config, runWorkers: true } : config, {
    http: mode === 'serve',
  });
  keepServingThroughStrayErrors(bot.logger);
  if (bot.playground) process.stdout.write(playgroundBanner(bot.playground));
  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      bot.logger.info({ signal }, 'stopping: finishing active jobs');
      resolve();
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  });
  await bot.stop();
  return 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`Rådsbot stopped on an unexpected error: ${String(error)}\n`);
      process.exit(1);
    },
  );
}
