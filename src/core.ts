/**
 * The wiring every Rådsbot process shares: the Redis-backed stores, the
 * queue-backed ports and the use cases. src/main.ts adds the chat surfaces,
 * HTTP and the workers; src/cli.ts adds the command line and loads no surface,
 * so a command answers in a fraction of a second.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Redis } from 'ioredis';
import { AfbudFollowers } from './app/afbud-followers.ts';
import type { AppDeps } from './app/deps.ts';
import type { NoticeCatalog } from './app/notice-kind.ts';
import type { Clock, IdSource, Notifier } from './app/ports.ts';
import { createUseCases, type UseCases } from './app/use-cases.ts';
import type { CapabilityJobs, JobProducers } from './jobs/capability-jobs.ts';
import { capabilities, followAfbud } from './capabilities/index.ts';
import type { Config } from './config.ts';
import type { Logger } from './logger.ts';
import { defineScripts } from './store/lua-script.ts';
import { RedisChatDirectory } from './store/redis-chat-directory.ts';
import { keptFileLinkSecret } from './store/redis-file-link-secret.ts';
import type { RedisKeys } from './store/redis-keys.ts';
import { storeCall } from './store/store-unavailable.ts';
import { danishHolidays } from './system/danish-holidays.ts';
import { randomIds } from './system/random-ids.ts';
import { SignedFileLinks } from './system/signed-file-links.ts';
import { systemClock } from './system/system-clock.ts';

export interface CoreParts {
  readonly redis: Redis;
  readonly keys: RedisKeys;
  /** The ports over the capabilities' queues (a scheduler …), see queuePortsOnDemand. */
  readonly queuePorts: Partial<AppDeps>;
  readonly notifier: Notifier;
  readonly clock?: Clock;
  readonly ids?: IdSource;
  /** Where work that may fail without failing the request is reported (a follow-up of afbud). */
  readonly logger?: Pick<Logger, 'warn'>;
}

/** Every capability's notice kinds together, as the outbox checks them. */
export const noticeCatalog: NoticeCatalog = Object.assign(
  {},
  ...capabilities.map((capability) => capability.notices ?? {}),
);

/** The ports over Redis and the queues, and every capability's use cases over them. */
export function composeUseCases(
  config: Pick<Config, 'defaultLocale' | 'timeZone' | 'publicBaseUrl' | 'fileLinkSecret'>,
  parts: CoreParts,
): { deps: AppDeps; useCases: UseCases } {
  defineScripts(parts.redis);
  const afbudFollowers = new AfbudFollowers((error, change) =>
    parts.logger?.warn({ err: error, ...change }, 'a follow-up of afbud failed'),
  );
  const deps = {
    clock: parts.clock ?? systemClock,
    holidays: danishHolidays(),
    ids: parts.ids ?? randomIds,
    ...Object.assign(
      {},
      ...capabilities.map((capability) => capability.stores?.(parts.redis, parts.keys) ?? {}),
    ),
    directory: new RedisChatDirectory(parts.redis, parts.keys),
    fileLinks: fileLinksOf(config, parts),
    ...parts.queuePorts,
    notifier: lazyPort<Notifier>(async () => parts.notifier),
    afbudFollowers,
  } as AppDeps;
  const useCases = createUseCases(
    capabilities.map((capability) => capability.useCases),
    deps,
    { locale: config.defaultLocale, timeZone: config.timeZone },
  );
  followAfbud(afbudFollowers, useCases);
  return { deps, useCases };
}

/** Links signed with FILE_LINK_SECRET, or with the secret kept in Redis when it is not set. */
function fileLinksOf(
  config: Pick<Config, 'publicBaseUrl' | 'fileLinkSecret'>,
  parts: Pick<CoreParts, 'redis' | 'keys'>,
): SignedFileLinks {
  const given = config.fileLinkSecret;
  return new SignedFileLinks({
    baseUrl: config.publicBaseUrl,
    secret:
      given === undefined
        ? keptFileLinkSecret(parts.redis, parts.keys)
        : () => Promise.resolve(given),
  });
}

/**
 * A port whose object is made on first call; every method call goes through
 * storeCall, so a lost Redis says "try again shortly".
 */
export function lazyPort<P extends object>(load: () => Promise<object>): P {
  return new Proxy({} as P, {
    // Not 'then': a port is never a promise, and must not look like one.
    get: (_target, method) =>
      typeof method === 'string' && method !== 'then'
        ? (...args: unknown[]) =>
            storeCall(async () => {
              const port = (await load()) as Record<string, (...args: unknown[]) => unknown>;
              const run = port[method];
              if (typeof run !== 'function') throw new TypeError(`the port has no ${method}`);
              return run.apply(port, args);
            })
        : undefined,
  });
}

/** Each capability's queue-backed ports, made when first called (see CoreParts.queuePorts). */
export function queuePortsOnDemand(producers: () => Promise<JobProducers>): Partial<AppDeps> {
  return Object.fromEntries(
    capabilities.flatMap((capability) => {
      const jobs = capability.jobs;
      if (jobs === undefined) return [];
      let made: Promise<Partial<AppDeps>> | undefined;
      const portsOf = () =>
        (made ??= Promise.all([jobs.load(), producers()]).then(([loaded, from]) =>
          loaded.ports(from),
        ));
      return jobs.ports.map((name) => [
        name,
        lazyPort(async () => (await portsOf())[name] as object),
      ]);
    }),
  );
}

/** Every capability's jobs part, loaded (a service runs their workers). */
export const loadCapabilityJobs = (): Promise<CapabilityJobs[]> =>
  Promise.all(
    capabilities.flatMap((capability) => (capability.jobs ? [capability.jobs.load()] : [])),
  );

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
