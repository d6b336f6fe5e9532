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
import type { HearingScheduler, Notifier } from './app/ports.ts';
import { runCli } from './bot/cli/run-cli.ts';
import { councilCli } from './bot/cli/council/council-cli.ts';
import { hearingsCli } from './bot/cli/hearings/hearings-cli.ts';
import { loadConfigOrSay, type Config } from './config.ts';
import { composeUseCases, loadDemoCouncil, wantsDemoCouncil } from './core.ts';
import { createRedis } from './store/redis-connection.ts';
import { RedisKeys } from './store/redis-keys.ts';

/** The queue-backed ports, connecting to the queues on first use only. */
function queueingOnDemand(config: Config): {
  scheduler: HearingScheduler;
  notifier: Notifier;
  close(): Promise<void>;
} {
  let producerRedis: Redis | undefined;
  let started:
    | Promise<{ scheduler: HearingScheduler; notifier: Notifier; close(): Promise<void> }>
    | undefined;
  const start = () =>
    (started ??= (async () => {
      const [{ createQueues }, { BullMqScheduler }, { OutboxNotifier }] = await Promise.all([
        import('./jobs/queues.ts'),
        import('./jobs/hearings/bullmq-hearing-scheduler.ts'),
        import('./jobs/outbox-notifier.ts'),
      ]);
      const redis = (producerRedis = createRedis(config.redisUrl, { role: 'web' }));
      const queues = createQueues({ connection: redis });
      return {
        scheduler: new BullMqScheduler(queues, redis),
        notifier: new OutboxNotifier(queues.outbox, { redis, prefix: queues.prefix }),
        close: () => queues.close(),
      };
    })());
  return {
    scheduler: {
      scheduleDeadline: async (hearing, reminders) =>
        (await start()).scheduler.scheduleDeadline(hearing, reminders),
      cancelSchedule: async (hearing) => (await start()).scheduler.cancelSchedule(hearing),
    },
    notifier: { notify: async (notice) => (await start()).notifier.notify(notice) },
    async close() {
      if (started) await (await started.catch(() => undefined))?.close();
      if (producerRedis) await quit(producerRedis);
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
      scheduler: queueing.scheduler,
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
      [councilCli, hearingsCli],
    );
  } finally {
    await queueing.close();
    await quit(redis);
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(
        `Rådsbot stopped on an unexpected error: ${error instanceof Error ? error.stack : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}
