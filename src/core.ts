/**
 * The wiring every Rådsbot process shares: the Redis-backed stores, the
 * queue-backed ports and the use cases. src/main.ts adds the chat surfaces,
 * HTTP and the workers; src/cli.ts adds the command line and loads no surface,
 * so a command answers in a fraction of a second.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Redis } from 'ioredis';
import type { AppDeps } from './app/deps.ts';
import type { Clock, HearingScheduler, IdSource, Notifier } from './app/ports.ts';
import { createUseCases, type UseCases } from './app/use-cases.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { RedisChatDirectory } from './store/redis-chat-directory.ts';
import type { RedisKeys } from './store/redis-keys.ts';
import { createRedisStores } from './store/redis-stores.ts';
import { storeCall } from './store/store-unavailable.ts';
import { danishHolidays } from './system/danish-holidays.ts';
import { randomIds } from './system/random-ids.ts';
import { systemClock } from './system/system-clock.ts';

export interface CoreParts {
  readonly redis: Redis;
  readonly keys: RedisKeys;
  readonly scheduler: HearingScheduler;
  readonly notifier: Notifier;
  readonly clock?: Clock;
  readonly ids?: IdSource;
}

/** The ports over Redis and the queues, and the use cases over them. */
export function composeUseCases(
  config: Pick<Config, 'defaultLocale' | 'timeZone'>,
  parts: CoreParts,
): { deps: AppDeps; useCases: UseCases } {
  const stores = createRedisStores(parts.redis, { prefix: parts.keys.prefix });
  const deps: AppDeps = {
    clock: parts.clock ?? systemClock,
    holidays: danishHolidays(),
    ids: parts.ids ?? randomIds,
    ...stores,
    directory: new RedisChatDirectory(parts.redis, parts.keys),
    ...queueingPorts(parts.scheduler, parts.notifier),
  };
  const useCases = createUseCases(deps, {
    locale: config.defaultLocale,
    timeZone: config.timeZone,
  });
  return { deps, useCases };
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

/** The demo council is for trying Rådsbot out: by default only when no chat platform is configured. */
export const wantsDemoCouncil = (config: Config): boolean =>
  config.demoCouncil === 'on' ||
  (config.demoCouncil === 'auto' && config.teams === undefined && config.slack.mode === 'off');

const demoRosterFile = fileURLToPath(new URL('../demo/demo-council.yaml', import.meta.url));

/** Imports the demo council once, when no council exists yet; never touches a real one. */
export async function loadDemoCouncil(
  useCases: UseCases,
  logger: Pick<Logger, 'info' | 'warn'>,
): Promise<void> {
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
