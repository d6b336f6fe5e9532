/**
 * The secretariat's command line as a process: `npm run cli -- …`.
 *
 * A second composition root next to src/main.ts, sharing its wiring
 * (src/core.ts) but none of the chat surfaces, HTTP or workers: a command
 * loads only the stores and use cases, and the job queues only when it
 * changes something that queues work (open, vote, close …). scripts/cli.sh
 * runs it compiled (dist/cli.mjs), so a command answers well within a second.
 */
import { pathToFileURL } from 'node:url';
import type { Redis } from 'ioredis';
import type { Notifier } from './app/ports.ts';
import { runCli } from './bot/cli/run-cli.ts';
import { cliParts } from './capabilities/index.ts';
import { loadConfigOrSay, type Config } from './config.ts';
import {
  composeUseCases,
  lazyPort,
  loadDemoCouncil,
  noticeCatalog,
  queuePortsOnDemand,
  wantsDemoCouncil,
} from './core.ts';
import type { JobProducers } from './jobs/capability-jobs.ts';
import type { JobQueues } from './jobs/queues.ts';
import { createRedis } from './store/redis-connection.ts';
import { RedisKeys } from './store/redis-keys.ts';

/** The queue-backed ports, connecting to the queues on first use only. */
function queueingOnDemand(config: Config) {
  let started: Promise<JobProducers & { queues: JobQueues }> | undefined;
  const producers = () =>
    (started ??= (async () => {
      const { createQueues } = await import('./jobs/queues.ts');
      const redis = createRedis(config.redisUrl, { role: 'web' });
      return { redis, queues: createQueues({ connection: redis }) };
    })());
  let notifier: Promise<Notifier> | undefined;
  return {
    queuePorts: queuePortsOnDemand(producers),
    notifier: lazyPort<Notifier>(
      () =>
        (notifier ??= Promise.all([import('./jobs/outbox-notifier.ts'), producers()]).then(
          ([{ OutboxNotifier }, { queues, redis }]) =>
            new OutboxNotifier(noticeCatalog, queues.outbox, { redis, prefix: queues.prefix }),
        )),
    ),
    async close() {
      const made = await started?.catch(() => undefined);
      if (made === undefined) return;
      await made.queues.close();
      await quit(made.redis);
    },
  };
}

const quit = (redis: Redis) => redis.quit().catch(() => redis.disconnect());
const silent = { info: () => {}, warn: () => {} };

export async function main(argv: readonly string[]): Promise<number> {
  const config = loadConfigOrSay(process.env, process.stderr);
  if (config === undefined) return 2;
  const redis = createRedis(config.redisUrl, { role: 'web' });
  const queueing = queueingOnDemand(config);
  try {
    const { deps, useCases } = composeUseCases(config, {
      redis,
      keys: new RedisKeys(),
      queuePorts: queueing.queuePorts,
      notifier: queueing.notifier,
    });
    if (wantsDemoCouncil(config)) await loadDemoCouncil(useCases, silent);
    return await runCli(
      argv,
      {
        useCases,
        out: process.stdout,
        err: process.stderr,
        defaultLocale: config.defaultLocale,
        clock: deps.clock,
      },
      cliParts(),
    );
  } finally {
    await queueing.close();
    await quit(redis);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Exits only once stdout and stderr have drained: into a pipe (`| jq`) a
  // write is asynchronous, and exiting at once would cut long output short.
  const drained = (stream: NodeJS.WriteStream) =>
    new Promise<void>((resolve) => stream.write('', () => resolve()));
  // Relative file names (FIL, --out) are the caller's, not the checkout's that scripts/cli.sh runs in.
  const callerDir = process.env['RAADSBOT_CALLER_DIR'];
  if (callerDir !== undefined && callerDir !== '') process.chdir(callerDir);
  main(process.argv.slice(2)).then(
    async (code) => {
      await Promise.all([drained(process.stdout), drained(process.stderr)]);
      process.exit(code);
    },
    (error: unknown) => {
      process.stderr.write(
        `Rådsbot stopped on an unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
