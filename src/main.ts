/**
 * The service's composition root: it reads the environment, builds the
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
import { pathToFileURL } from 'node:url';
import type { Redis } from 'ioredis';
import type { AppDeps } from './app/deps.ts';
import type { Clock, IdSource } from './app/ports.ts';
import type { UseCases } from './app/use-cases.ts';
import { runCli } from './bot/cli/run-cli.ts';
import { cliParts, httpParts, slackParts, teamsParts } from './capabilities/index.ts';
import { createSlackSurface, type SlackSurface } from './bot/slack/slack-surface.ts';
import { teamsSurfaceFor } from './bot/teams/local-mode.ts';
import type { TeamsSurface } from './bot/teams/teams-surface.ts';
import type { RunningPlayground } from './playground/start-playground.ts';
import { playgroundBanner, startTeamsPlayground } from './playground/start-teams-playground.ts';
import { ConfigError, loadConfigOrSay, type Config } from './config.ts';
import { playgroundProblems, wantsPlayground } from './local-try-out.ts';
import { createHttpServer, listen, type RequestHandler } from './http/http-server.ts';
import type { ChatSender } from './app/chat-sender.ts';
import { LogSender } from './jobs/log-sender.ts';
import { OutboxNotifier } from './jobs/outbox-notifier.ts';
import { createQueues, queueNames, type JobQueues } from './jobs/queues.ts';
import { startWorkers, type RunningWorkers } from './jobs/start-workers.ts';
import { createLogger, type Logger } from './logger.ts';
import {
  composeUseCases,
  loadCapabilityJobs,
  loadDemoCouncil,
  noticeCatalog,
  queuePortsOnDemand,
  wantsDemoCouncil,
} from './core.ts';
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
  const { onRedisError, webRedis, workerRedis, producerRedis } = connectRedis(
    config.redisUrl,
    logger,
  );

  for (const warning of await checkRedisSafety(webRedis).catch(() => [])) logger.warn(warning);

  const keys = new RedisKeys(options.keyPrefix);
  const queues = createQueues({
    connection: producerRedis,
    onError: onRedisError('queues'),
    ...(options.queuePrefix ? { prefix: options.queuePrefix } : {}),
  });
  const capabilityJobs = await loadCapabilityJobs();
  // A queue whose first connection failed stays broken; better to fail the start.
  await Promise.all(
    [queueNames.outbox, ...capabilityJobs.flatMap((jobs) => Object.keys(jobs.queues))].map((name) =>
      queues.named(name).waitUntilReady(),
    ),
  );
  // A test's pinned clock also decides when BullMQ's delayed jobs fire.
  const appClock = options.clock;
  const producers = {
    queues,
    redis: producerRedis,
    ...(appClock ? { now: () => appClock.now().getTime() } : {}),
  };
  const { deps, useCases } = composeUseCases(config, {
    redis: webRedis,
    keys,
    queuePorts: queuePortsOnDemand(async () => producers),
    notifier: new OutboxNotifier(noticeCatalog, queues.outbox, {
      redis: producerRedis,
      prefix: queues.prefix,
    }),
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.ids ? { ids: options.ids } : {}),
    logger,
  });

  if (wantsDemoCouncil(config)) await loadDemoCouncil(useCases, logger);
  // The holiday calendar loads on first use (a quarter of a second); a chat
  // server loads it now, so the first "Ny høring" opens within Slack's 3 s.
  if (options.http !== false)
    void useCases
      .suggestDeadline({ timeZone: config.timeZone, locale: config.defaultLocale })
      .catch(() => undefined);

  const senders: ChatSender[] = [];
  // The capabilities' own routes (the referat behind a signed link) first: they need no chat platform.
  const handlers: RequestHandler[] =
    options.http === false
      ? []
      : (await httpParts()).flatMap((part) => part.handlers({ useCases, logger }));

  const slack = await slackSurfaceFor(config, { useCases, deps, logger, redis: webRedis, keys });
  if (slack) {
    // auth.test, and Socket Mode connects; a workers-only process just sends.
    if (options.http !== false) await slack.start();
    senders.push(slack.sender);
    handlers.push(slack.requestListener);
  }
  const teams = await teamsSurfaceFor(config, {
    useCases,
    directory: deps.directory,
    clock: deps.clock,
    logger,
    serving: options.http !== false,
    loadParts: () => teamsParts(),
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
      notices: noticeCatalog,
      capabilityJobs,
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
      ? await startTeamsPlayground({ url, config, env: process.env, teams, useCases, deps, logger })
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

const quit = (redis: Redis) => redis.quit().catch(() => redis.disconnect());

/** Three clients, so that neither blocking workers nor producers wait behind web commands. */
function connectRedis(redisUrl: string, logger: Logger) {
  const onRedisError = (role: string) => (error: Error) =>
    logger.warn({ err: error.message, role }, 'Redis connection problem; reconnecting by itself');
  const webRedis = createRedis(redisUrl, { role: 'web', onError: onRedisError('web') });
  const workerRedis = createRedis(redisUrl, {
    role: 'worker',
    onError: onRedisError('worker'),
  });
  // Producers fail fast like web commands; BullMQ's blocking workers wait on their own connection.
  const producerRedis = createRedis(redisUrl, {
    role: 'web',
    onError: onRedisError('producer'),
  });
  return { onRedisError, webRedis, workerRedis, producerRedis };
}

/** The Slack surface when SLACK_MODE is set, with its Redis-backed installations (OAuth) and request memory. */
async function slackSurfaceFor(
  config: Config,
  parts: { useCases: UseCases; deps: AppDeps; logger: Logger; redis: Redis; keys: RedisKeys },
): Promise<SlackSurface | undefined> {
  if (config.slack.mode === 'off') return undefined;
  const installationStore =
    config.slack.mode === 'http' && config.slack.auth.kind === 'oauth'
      ? new RedisSlackInstallationStore(parts.redis, parts.keys)
      : undefined;
  return createSlackSurface({
    slack: config.slack,
    useCases: parts.useCases,
    directory: parts.deps.directory,
    ...(installationStore ? { installationStore } : {}),
    logger: parts.logger,
    defaultLocale: config.defaultLocale,
    requestMemory: new RedisRequestMemory(parts.redis, parts.keys, 'slack'),
    parts: await slackParts(),
    clock: parts.deps.clock,
  });
}

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
        cliParts(),
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
