/**
 * Rådsbot with its Slack surface, composed the way src/main.ts composes the
 * service: real Redis stores and BullMQ queues and workers under a unique
 * prefix, the use cases, the Slack surface from a real Config (loadConfig)
 * with SLACK_API_URL pointing at the fake Slack Web API, all served by our
 * own HTTP server on 127.0.0.1. Tests and the benchmark drive it with
 * requests signed like Slack's.
 *
 */
import type { InstallationStore } from '@slack/bolt';
import { Redis } from 'ioredis';
import type { AppDeps } from '../../src/app/deps.ts';
import type { Clock } from '../../src/app/ports.ts';
import type { UseCases } from '../../src/app/use-cases.ts';
import type { SlackSurface } from '../../src/bot/slack/slack-surface.ts';
import type { Config } from '../../src/config.ts';
import type { Council } from '../../src/domain/council/council.ts';
import type { Member } from '../../src/domain/council/roster.ts';
import type { JobQueues } from '../../src/jobs/queues.ts';
import type { startWorkers } from '../../src/jobs/start-workers.ts';
import { createLogger } from '../../src/logger.ts';
import { startRaadsbot } from '../../src/main.ts';
import { RedisKeys } from '../../src/store/redis-keys.ts';
import { RedisSlackInstallationStore } from '../../src/store/redis-slack-installation-store.ts';
import { findFreePort } from './free-port.ts';
import { RunningClock } from '../fakes/running-clock.ts';
import { HARNESS_START, localDateInDays } from '../fakes/test-instants.ts';
import { aCouncil, rosterWith, type TestRoster } from '../fakes/council-mother.ts';
import {
  DEFAULT_WORKSPACE,
  OTHER_WORKSPACE,
  startFakeSlackApi,
  type FakeSlackApi,
  type FakeSlackOptions,
} from '../fakes/fake-slack-api.ts';
import { deleteKeysContaining, uniquePrefix } from './redis-prefix.ts';
import { postToSlackEndpoint, SIGNING_SECRET, type SlackHttpRequest } from './slack-requests.ts';
import { testConfig } from './test-config.ts';

export interface SlackHarnessOptions {
  readonly redisUrl: string;
  readonly label?: string;
  /** Limits and clock of the fake Slack Web API. */
  readonly fake?: FakeSlackOptions;
  /** Multi-workspace: OAuth install with the Redis installation store instead of one bot token. */
  readonly oauth?: boolean;
  /** Run the BullMQ workers (default true); the benchmark may run them apart. */
  readonly workers?: boolean;
  readonly concurrency?: Parameters<typeof startWorkers>[0]['concurrency'];
  /** The app's clock; by default HARNESS_START (a Saturday), running with real time. */
  readonly clock?: Clock;
}

export interface SlackHarness {
  /** `http://127.0.0.1:PORT` */
  readonly url: string;
  readonly slack: FakeSlackApi;
  readonly config: Config;
  readonly useCases: UseCases;
  readonly deps: AppDeps;
  /** The Redis stores (the same objects as in deps). */
  readonly stores: Pick<AppDeps, 'councils' | 'rosters' | 'absences' | 'hearings' | 'directory'>;
  readonly queues: JobQueues;
  readonly surface: SlackSurface;
  readonly installations?: InstallationStore;
  readonly redis: Redis;
  readonly keyPrefix: string;
  /** Log lines (JSON) the service wrote, for a failing test to show. */
  readonly logs: string[];
  /** POSTs a signed request to the endpoint. */
  post(request: SlackHttpRequest): ReturnType<typeof postToSlackEndpoint>;
  stop(): Promise<void>;
}

export interface ComposeOptions {
  readonly redisUrl: string;
  /** Where the Web API is: the fake's `apiUrl`. */
  readonly slackApiUrl: string;
  readonly keyPrefix: string;
  readonly oauth?: boolean;
  readonly workers?: boolean;
  readonly concurrency?: Parameters<typeof startWorkers>[0]['concurrency'];
  readonly logLevel?: 'silent' | 'info';
  readonly clock?: Clock;
}

export type ComposedBot = Omit<SlackHarness, 'slack' | 'post'>;

/** The service with Slack on, as src/main.ts composes it, against any Web API URL. */
export async function composeSlackBot(options: ComposeOptions): Promise<ComposedBot> {
  const { keyPrefix } = options;
  const config = testConfig({
    REDIS_URL: options.redisUrl,
    SLACK_MODE: 'http',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: options.slackApiUrl,
    PORT: String(await findFreePort()),
    RUN_WORKERS: options.workers === false ? 'false' : 'true',
    // The harness reads the log lines back (its own logger below), so it logs unless told not to.
    LOG_LEVEL: options.logLevel ?? 'info',
    ...(options.oauth
      ? {
          SLACK_CLIENT_ID: '1234.5678',
          SLACK_CLIENT_SECRET: 'test-client-secret',
          SLACK_STATE_SECRET: 'test-state-secret',
        }
      : { SLACK_BOT_TOKEN: DEFAULT_WORKSPACE.token }),
  });
  if (config.slack.mode === 'off') throw new Error('the harness needs Slack on');

  const logs: string[] = [];
  const logger = createLogger(config.logLevel, { write: (line: string) => void logs.push(line) });
  const bot = await startRaadsbot(config, {
    keyPrefix: `${keyPrefix}:`,
    queuePrefix: `{${keyPrefix}}`,
    logger,
    clock: options.clock ?? new RunningClock(HARNESS_START),
    ...(options.concurrency ? { workerConcurrency: options.concurrency } : {}),
  });
  if (bot.url === undefined || bot.slack === undefined)
    throw new Error('the harness serves Slack over HTTP');
  const installations = options.oauth
    ? new RedisSlackInstallationStore(bot.redis, new RedisKeys(`${keyPrefix}:`))
    : undefined;

  return {
    url: bot.url,
    config,
    useCases: bot.useCases,
    deps: bot.deps,
    stores: bot.deps,
    queues: bot.queues,
    surface: bot.slack,
    ...(installations ? { installations } : {}),
    redis: bot.redis,
    keyPrefix,
    logs,
    async stop() {
      await bot.stop();
      const cleaner = new Redis(config.redisUrl);
      await deleteKeysContaining(cleaner, keyPrefix);
      await cleaner.quit();
    },
  };
}

export async function startSlackHarness(options: SlackHarnessOptions): Promise<SlackHarness> {
  const slack = await startFakeSlackApi({
    workspaces: [DEFAULT_WORKSPACE, OTHER_WORKSPACE],
    ...options.fake,
  });
  const bot = await composeSlackBot({
    redisUrl: options.redisUrl,
    slackApiUrl: slack.apiUrl,
    keyPrefix: uniquePrefix(options.label ?? 'slack'),
    ...(options.oauth ? { oauth: true } : {}),
    ...(options.workers === false ? { workers: false } : {}),
    ...(options.concurrency ? { concurrency: options.concurrency } : {}),
    ...(options.clock ? { clock: options.clock } : {}),
  });
  return {
    ...bot,
    slack,
    post: (request) => postToSlackEndpoint(bot.url, request),
    async stop() {
      await bot.stop();
      await slack.close();
    },
  };
}

/** The council's Slack users are in the fake's default workspace. */
export const councilTeam = DEFAULT_WORKSPACE.teamId;
export const councilChannelId = 'C0BYRAAD01';

export interface SlackCouncil {
  readonly council: Council;
  readonly roster: TestRoster;
  /** Slack user id of a roster member. */
  userOf(member: Member): string;
}

/**
 * A council (RAR Testregion) whose roster's Slack identities live in `teamId`,
 * bound to that workspace.
 */
export async function seedCouncil(
  harness: Pick<SlackHarness, 'useCases' | 'stores'>,
  options: { teamId?: string; council?: Partial<Council>; members?: number } = {},
): Promise<SlackCouncil> {
  const teamId = options.teamId ?? councilTeam;
  const council = aCouncil(options.council);
  const base = rosterWith({ members: options.members ?? 6 });
  const retarget = (member: Member): Member => ({
    ...member,
    identities: member.identities.map((identity) =>
      identity.platform === 'slack' ? { ...identity, teamId } : identity,
    ),
  });
  const all = base.all.map(retarget);
  const byId = new Map(all.map((member) => [member.id, member]));
  const pick = (member: Member) => byId.get(member.id) ?? member;
  const roster: TestRoster = {
    ...base,
    all,
    secretary: pick(base.secretary),
    chair: pick(base.chair),
    viceChair: pick(base.viceChair),
    members: base.members.map(pick),
    substitute: pick(base.substitute),
    observer: pick(base.observer),
  };
  await harness.stores.councils.saveCouncil(council);
  await harness.stores.rosters.replaceRoster(council.id, all);
  const bound = await harness.useCases.bindWorkspace({
    platform: 'slack',
    workspaceId: teamId,
    councilId: council.id,
  });
  if (!bound.ok) throw new Error(`could not bind ${teamId}: ${bound.code}`);
  const userOf = (member: Member): string => {
    const identity = member.identities.find((candidate) => candidate.platform === 'slack');
    if (identity?.platform !== 'slack') throw new Error(`${member.id} has no Slack identity`);
    return identity.userId;
  };
  return { council, roster, userOf };
}

/** Polls until the check holds (no timed assertions: only "eventually"). */
export async function eventually<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeoutMs = 8_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** A deadline `days` after the harness's start at 12:00 in Copenhagen, as the modal's pickers give it. */
export function deadlineInDays(
  days: number,
  from: Date | string = HARNESS_START,
): { date: string; time: string; iso: string } {
  const date = localDateInDays(days, from);
  return { date, time: '12:00', iso: `${date}T12:00` };
}
