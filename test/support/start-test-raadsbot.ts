import { inject } from 'vitest';
import { Redis } from 'ioredis';
import type { Clock } from '../../src/app/ports.ts';
import { startRaadsbot, type RunningRaadsbot } from '../../src/main.ts';
import { RunningClock } from '../fakes/running-clock.ts';
import { HARNESS_START } from '../fakes/test-instants.ts';
import { findFreePort } from './free-port.ts';
import { deleteKeysContaining, uniquePrefix } from './redis-prefix.ts';
import { testConfig } from './test-config.ts';

export interface TestRaadsbot extends RunningRaadsbot {
  readonly url: string;
  /** Stops the bot and deletes its keys and queues. */
  shutdown(): Promise<void>;
}

/**
 * The whole service as `npm start` composes it — real Redis, real queues and
 * workers, the real HTTP server on a free port — isolated by a unique prefix.
 * `env` adds or overrides variables (e.g. SLACK_MODE and SLACK_API_URL).
 * The app's clock starts at HARNESS_START (a Saturday) and runs with real
 * time, so no test depends on the day it runs.
 */
export async function startTestRaadsbot(
  env: Record<string, string> = {},
  options: { clock?: Clock; label?: string } = {},
): Promise<TestRaadsbot> {
  const redisUrl = inject('redisUrl');
  const prefix = uniquePrefix(options.label ?? 'bot');
  const config = testConfig({ REDIS_URL: redisUrl, PORT: String(await findFreePort()), ...env });
  const bot = await startRaadsbot(config, {
    keyPrefix: `${prefix}:`,
    queuePrefix: `{${prefix}}`,
    clock: options.clock ?? new RunningClock(HARNESS_START),
  });
  if (bot.url === undefined) throw new Error('the test bot serves HTTP');
  return {
    ...bot,
    url: bot.url,
    async shutdown() {
      await bot.stop();
      const redis = new Redis(redisUrl);
      await deleteKeysContaining(redis, prefix);
      await redis.quit();
    },
  };
}
