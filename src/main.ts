/**
 * The composition root: the one place that reads the environment, builds the
 * stores, queues, use cases and surfaces, and starts them. Everything else
 * receives values.
 *
 *   tsx src/main.ts            the service: HTTP (/healthz, /readyz, chat) + workers
 *   tsx src/main.ts workers    the workers alone, to scale them out
 *   tsx src/main.ts cli …      the secretariat's command line (see README)
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Redis } from 'ioredis';
import type { AppDeps } from './app/deps.ts';
import type { Clock, HearingScheduler, IdSource, Notifier } from './app/ports.ts';
import { createUseCases, type UseCases } from './app/use-cases.ts';
import { runCli } from './bot/cli/run-cli.ts';
import { createSlackSurface, type SlackSurface } from './bot/slack/slack-surface.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { createHttpServer, listen, type RequestHandler } from './http/http-server.ts';
import { BullMqScheduler } from './jobs/bullmq-scheduler.ts';
import type { ChatSender } from './app/chat-sender.ts';
import { LogSender } from './jobs/log-sender.ts';
import { OutboxNotifier } from './jobs/outbox-notifier.ts';
import { createQueues, type JobQueues } from './jobs/queues.ts';
import { startWorkers, type RunningWorkers } from './jobs/start-workers.ts';
import { createLogger, type Logger } from './logger.ts';
import { RedisChatDirectory } from './store/redis-chat-directory.ts';
import { createRedis, pingRedis } from './store/redis-connection.ts';
import { RedisKeys } from './store/redis-keys.ts';
import { RedisSlackInstallationStore } from './store/redis-slack-installation-store.ts';
import { checkRedisSafety } from './store/redis-safety.ts';
import { createRedisStores } from './store/redis-stores.ts';
import { storeCall } from './store/store-unavailable.ts';
import { randomIds } from './system/random-ids.ts';
import { systemClock } from './system/system-clock.ts';

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
  const stores = createRedisStores(webRedis, { prefix: keys.prefix });
  const queues = createQueues({
    connection: producerRedis,
    onError: onRedisError('queues'),
    ...(options.queuePrefix ? { prefix: options.queuePrefix } : {}),
  });
  const deps: AppDeps = {
    clock: options.clock ?? systemClock,
    ids: options.ids ?? randomIds,
    ...stores,
    directory: new RedisChatDirectory(webRedis, keys),
    ...queueingPorts(new BullMqScheduler(queues, producerRedis), new OutboxNotifier(queues.outbox)),
  };
  const useCases = createUseCases(deps, {
    locale: config.defaultLocale,
    timeZone: config.timeZone,
  });

  if (wantsDemoCouncil(config)) await loadDemoCouncil(useCases, logger);

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
    });
    // auth.test, and Socket Mode connects; a workers-only process just sends.
    if (options.http !== false) await slack.start();
    senders.push(slack.sender);
    handlers.push(slack.requestListener);
  }
  // Without any chat platform, what the bot would send goes to the log.
  if (senders.length === 0) senders.push(new LogSender(logger));

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

  return {
    ...(url === undefined ? {} : { url }),
    useCases,
    deps,
    queues,
    logger,
    config,
    redis: webRedis,
    ...(slack ? { slack } : {}),
    async stop() {
      if (server) {
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
      }
      await slack?.stop();
      await workers?.close();
      await queues.close();
      await Promise.all([quit(webRedis), quit(producerRedis), quit(workerRedis)]);
    },
  };
}

/** The demo council is for trying Rådsbot out: by default only when no chat platform is configured. */
const wantsDemoCouncil = (config: Config): boolean =>
  config.demoCouncil === 'on' ||
  (config.demoCouncil === 'auto' && config.teams === undefined && config.slack.mode === 'off');

const demoRosterFile = fileURLToPath(new URL('../demo/demo-council.yaml', import.meta.url));

/** Imports the demo council once, when no council exists yet; never touches a real one. */
async function loadDemoCouncil(useCases: UseCases, logger: Logger): Promise<void> {
  const councils = await useCases.listCouncils();
  if (!councils.ok || councils.value.length > 0) return;
  const imported = await useCases.importRoster({
    format: 'yaml',
    text: await readFile(demoRosterFile, 'utf8'),
  });
  if (imported.ok)
    logger.info(
      { council: imported.value.council.id },
      'loaded the demo council (demo/demo-council.yaml)',
    );
  else logger.warn({ code: imported.code }, 'could not load the demo council');
}

/** The queue-backed ports, with a lost Redis reported as "try again shortly" like the stores do. */
function queueingPorts(
  scheduler: HearingScheduler,
  notifier: Notifier,
): Pick<AppDeps, 'scheduler' | 'notifier'> {
  return {
    scheduler: {
      scheduleDeadline: (hearing, reminders) =>
        storeCall(() => scheduler.scheduleDeadline(hearing, reminders)),
      cancelSchedule: (hearing) => storeCall(() => scheduler.cancelSchedule(hearing)),
    },
    notifier: { notify: (notice) => storeCall(() => notifier.notify(notice)) },
  };
}

const quit = (redis: Redis) => redis.quit().catch(() => redis.disconnect());

async function main(argv: readonly string[]): Promise<number> {
  let config: Config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  const [mode = 'serve', ...rest] = argv;
  if (mode === 'cli') {
    const bot = await startRaadsbot(
      { ...config, runWorkers: false, logLevel: 'error' },
      { http: false },
    );
    try {
      return await runCli(rest, {
        useCases: bot.useCases,
        out: process.stdout,
        err: process.stderr,
        defaultLocale: config.defaultLocale,
      });
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
