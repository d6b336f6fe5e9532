import { fork } from 'node:child_process';
import { hearingQueuesOf } from '../../src/jobs/hearings/hearing-queues.ts';
// Shared by the benchmarks in bench/*.bench.ts: the composed service on the
// run's Redis, machine facts, Redis INFO deltas, percentiles and markdown.
// scripts/bench.sh starts a dedicated redis-server and sets REDIS_URL.
import { randomBytes } from 'node:crypto';
import { availableParallelism, cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { startRaadsbot, type RunningRaadsbot } from '../../src/main.ts';
import { HARNESS_START } from '../../test/fakes/test-instants.ts';
import { RunningClock } from '../../test/fakes/running-clock.ts';
import { testConfig } from '../../test/support/test-config.ts';

export function redisUrl(): string {
  const url = process.env.REDIS_URL;
  if (!url) {
    process.stderr.write('REDIS_URL is not set: run the benchmarks with `npm run bench`.\n');
    process.exit(2);
  }
  return url;
}

/** A positive whole number from the environment, for shorter or longer runs. */
export function envInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0)
    throw new Error(`${name} must be a positive whole number`);
  return value;
}

export const uniquePrefix = (label: string): string =>
  `b-${label}-${randomBytes(4).toString('hex')}`;

export interface BenchBot extends RunningRaadsbot {
  readonly prefix: string;
  readonly queuePrefix: string;
}

/**
 * The service exactly as src/main.ts composes it (stores, queues, scheduler,
 * outbox notifier, use cases), without HTTP, isolated by a key prefix and a
 * hash-tagged queue prefix.
 */
export async function startBenchBot(
  prefix: string,
  options: { runWorkers: boolean },
): Promise<BenchBot> {
  const config = testConfig({ REDIS_URL: redisUrl(), RUN_WORKERS: String(options.runWorkers) });
  const queuePrefix = `{${prefix}}`;
  const bot = await startRaadsbot(config, {
    http: false,
    keyPrefix: `${prefix}:`,
    queuePrefix,
    // A fixed date, running with real time: no figure depends on the day it is measured.
    clock: new RunningClock(HARNESS_START),
  });
  // BullMQ checks the server (INFO) once per connection when a queue is made; if that
  // command times out (commandTimeout 2 s, e.g. while a benchmark builds its data
  // synchronously), the queue stays failed for the life of the process. Let it finish first.
  const hearing = hearingQueuesOf(bot.queues);
  await Promise.all(
    [bot.queues.outbox, hearing.closeHearing, hearing.reminders].map((queue) =>
      queue.waitUntilReady(),
    ),
  );
  return Object.assign(bot, { prefix, queuePrefix });
}

/** A plain client for measuring and cleaning up (not the service's own). */
export const adminRedis = (): Redis => new Redis(redisUrl(), { maxRetriesPerRequest: null });

export async function deleteKeysContaining(redis: Redis, text: string): Promise<number> {
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `*${text}*`, 'COUNT', 5000);
    if (keys.length > 0) deleted += await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
  return deleted;
}

/** INFO as a flat map (every section, or one). */
export async function info(redis: Redis, section?: string): Promise<Map<string, string>> {
  const text = section ? await redis.info(section) : await redis.info();
  const map = new Map<string, string>();
  for (const line of text.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0 && !line.startsWith('#')) map.set(line.slice(0, colon), line.slice(colon + 1));
  }
  return map;
}

export const infoNumber = (map: Map<string, string>, key: string): number =>
  Number(map.get(key) ?? NaN);

/** used_memory after the allocator settles (MEMORY PURGE is a no-op without jemalloc). */
export async function usedMemory(redis: Redis): Promise<number> {
  await redis.call('MEMORY', 'PURGE').catch(() => undefined);
  return infoNumber(await info(redis, 'memory'), 'used_memory');
}

export interface CommandStat {
  readonly calls: number;
  readonly usec: number;
}

/** INFO commandstats: cmdstat_evalsha → {calls, usec}. */
export async function commandStats(redis: Redis): Promise<Map<string, CommandStat>> {
  const stats = new Map<string, CommandStat>();
  for (const [key, value] of await info(redis, 'commandstats')) {
    const calls = /calls=(\d+)/.exec(value);
    const usec = /usec=(\d+)/.exec(value);
    if (calls && usec) {
      stats.set(key.replace(/^cmdstat_/, ''), { calls: Number(calls[1]), usec: Number(usec[1]) });
    }
  }
  return stats;
}

export function commandStatsDelta(
  before: Map<string, CommandStat>,
  after: Map<string, CommandStat>,
): Array<{ command: string; calls: number; usec: number }> {
  return [...after]
    .map(([command, stat]) => ({
      command,
      calls: stat.calls - (before.get(command)?.calls ?? 0),
      usec: stat.usec - (before.get(command)?.usec ?? 0),
    }))
    .filter((row) => row.calls > 0)
    .sort((a, b) => b.usec - a.usec);
}

/** Redis server CPU seconds (user + sys) and bytes sent/received so far. */
export async function redisCounters(redis: Redis) {
  const all = await info(redis);
  return {
    cpuSeconds: infoNumber(all, 'used_cpu_user') + infoNumber(all, 'used_cpu_sys'),
    netOut: infoNumber(all, 'total_net_output_bytes'),
    netIn: infoNumber(all, 'total_net_input_bytes'),
  };
}

export async function machineFacts(redis: Redis) {
  const server = await info(redis, 'server');
  const config = async (name: string) => ((await redis.config('GET', name)) as string[])[1] ?? '?';
  return {
    nproc: availableParallelism(),
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    redis: server.get('redis_version') ?? '?',
    redisSettings: [
      `appendonly ${await config('appendonly')}`,
      `appendfsync ${await config('appendfsync')}`,
      `maxmemory-policy ${await config('maxmemory-policy')}`,
      `hash-max-listpack-value ${await config('hash-max-listpack-value')}`,
    ].join(', '),
  };
}

export type Facts = Awaited<ReturnType<typeof machineFacts>>;

export function printFacts(command: string, facts: Facts): void {
  printTable(
    ['command', 'nproc', 'CPU', 'RAM', 'node', 'redis', 'redis settings'],
    [
      [
        `\`${command}\``,
        facts.nproc,
        facts.cpu,
        `${facts.memoryGiB} GiB`,
        facts.node,
        facts.redis,
        facts.redisSettings,
      ],
    ],
  );
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export const sortedCopy = (values: readonly number[] | Float64Array): Float64Array =>
  Float64Array.from(values).sort();

export function printTable(
  header: readonly string[],
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
): void {
  const line = (cells: ReadonlyArray<string | number>) => `| ${cells.map(String).join(' | ')} |`;
  console.log(line(header));
  console.log(line(header.map(() => '---')));
  for (const row of rows) console.log(line(row));
  console.log();
}

export const heading = (text: string) => console.log(`\n### ${text}\n`);

/** 1234.5 → "1,235"; fractions for small numbers. */
export function fmt(value: number, digits?: number): string {
  if (!Number.isFinite(value)) return String(value);
  const d = digits ?? (Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2);
  return value.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
}

export const pass = (ok: boolean): string => (ok ? 'met' : '**missed**');

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Runs `count` tasks with at most `concurrency` in flight; returns when all are done. */
export async function pool(
  count: number,
  concurrency: number,
  task: (index: number) => Promise<void>,
) {
  let next = 0;
  const lane = async () => {
    while (next < count) {
      const index = next++;
      await task(index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
}

/**
 * Called when a benchmark is done: a handle left open (a connection not
 * closed) must not keep `npm run bench` waiting. Names what was left.
 */
export function exitIfStuck(graceMs = 5_000): void {
  setTimeout(() => {
    const handles =
      (process as unknown as { _getActiveHandles?: () => object[] })._getActiveHandles?.() ?? [];
    process.stderr.write(
      `benchmark finished but ${handles.length} handle(s) stayed open (${handles.map((h) => h.constructor.name).join(', ')}); exiting\n`,
    );
    process.exit(0);
  }, graceMs).unref();
}

const startedAt = performance.now();
/** A progress line on stderr (the figures go to stdout). */
export function progress(message: string): void {
  process.stderr.write(`  [${((performance.now() - startedAt) / 1000).toFixed(1)} s] ${message}\n`);
}

/**
 * Runs this benchmark file again as a load generator in its own process
 * (`--child`), and asks it for things: each `ask` sends an order (if any) and
 * waits for the next message, which must be of the type named.
 */
export function forkGenerator<To extends object, From extends { type: string }>(script: string) {
  const child = fork(script, ['--child'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const waiting: ((message: From) => void)[] = [];
  child.on('message', (message) => waiting.shift()?.(message as From));
  const ask = <T extends From['type']>(order: To | undefined, type: T) =>
    new Promise<Extract<From, { type: T }>>((resolve, reject) => {
      waiting.push((message) =>
        message.type === type
          ? resolve(message as Extract<From, { type: T }>)
          : reject(new Error(`expected ${type}, got ${message.type}`)),
      );
      if (order) child.send(order);
    });
  return { child, ask };
}
