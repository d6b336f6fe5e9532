// Cast-ballot benchmark: the real use case (`useCases.castBallot`, composed by
// startRaadsbot) against the run's Redis. One council with 1,000 seats, 50
// concurrent voters (closed loop: each voter casts, waits for the answer,
// casts again), random seats and choices, so most casts are changes.
// RUN_WORKERS=false: every cast asks for the coalesced card refresh (the
// first click opens the refresh gate and adds the outbox job), but no worker
// drains the outbox (the chat surfaces are measured elsewhere).
//
//   npm run bench -- cast-ballot
//   BENCH_CASTS=20000 BENCH_WARMUP=2000 BENCH_SECONDS=15 BENCH_VOTERS=50 npm run bench -- cast-ballot
//
// Each measured run stops at BENCH_CASTS casts or BENCH_SECONDS seconds,
// whichever comes first, so the whole run stays bounded however slow the path.
// Scenarios: one process with 50 voters; two processes (node:child_process)
// with 25 voters each. Integrity is checked after each: exactly one ballot per
// seat that voted, one audit event per accepted cast. Then a profile (Redis
// commands and round trips per cast, counted with INFO commandstats and
// MONITOR) and "what if" runs that leave out or reorder part of the path, to
// show where the remaining time goes, with the production path unchanged.
import { fork, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Redis } from 'ioredis';
import { castBallot } from '../src/app/hearings/cast-ballot.ts';
import { createUseCases } from '../src/app/use-cases.ts';
import { capabilities } from '../src/capabilities/index.ts';
import { RedisKeys } from '../src/store/redis-keys.ts';
import { aCouncil, rosterWith } from '../test/fakes/council-mother.ts';
import {
  adminRedis,
  commandStats,
  commandStatsDelta,
  deleteKeysContaining,
  envInt,
  fmt,
  heading,
  machineFacts,
  pass,
  percentile,
  pool,
  printFacts,
  printTable,
  redisCounters,
  sortedCopy,
  startBenchBot,
  exitIfStuck,
  uniquePrefix,
  type BenchBot,
} from './lib/bench-kit.ts';
import { localDateInDays } from '../test/fakes/test-instants.ts';

const COMMAND = 'npm run bench -- cast-ballot';
const SEATS = 1_000;
const CASTS = envInt('BENCH_CASTS', 20_000);
const WARMUP = envInt('BENCH_WARMUP', 2_000);
/** Cap on each measured run as composed today, and on each what-if run. */
const SECONDS = envInt('BENCH_SECONDS', 15);
const WHAT_IF_SECONDS = envInt('BENCH_WHAT_IF_SECONDS', 6);
const WARMUP_SECONDS = 4;
const VOTERS = envInt('BENCH_VOTERS', 50);
const PROCESSES = 2;
const TARGET = { ballotsPerSecond: 5_000, p99Ms: 10 };
const councilId = 'bench-council';
const choices = ['for', 'against', 'abstain'] as const;

/**
 * as-is: `useCases.castBallot` exactly as startRaadsbot composes it.
 * no-outbox (what-if): the same use cases with a notifier that does nothing,
 *   to price the refresh notice (the gate's SET NX, and the rare outbox add).
 * reads-in-one-round-trip (what-if, a proposal): the same use case with its five
 *   reads (council, hearing, roster, absences, recused) issued together in one
 *   Promise.all — one round trip before the write instead of two — and the same
 *   checks, write and notice (castBallot's `readsInOneRoundTrip` option).
 * write-only (what-if, a floor, not a proposal): only the atomic write
 *   (`deps.hearings.castBallot`, cast-ballot.lua) and the refresh notice, with
 *   no input validation, loads or seat check: what is left if every read the
 *   use case makes before the write were free.
 */
type Variant = 'as-is' | 'no-outbox' | 'reads-in-one-round-trip' | 'write-only';

/** What one voting process is told to do. */
interface VoteOrder {
  readonly prefix: string;
  readonly variant: Variant;
  readonly hearingId: string;
  readonly seatIds: readonly string[];
  readonly casts: number;
  readonly warmup: number;
  readonly voters: number;
  readonly seed: number;
  /** Cap on the measured casts, in seconds. */
  readonly seconds: number;
}

/** What a voting process reports back. */
interface VoteReport {
  readonly latenciesMs: number[];
  readonly accepted: number;
  readonly refused: Record<string, number>;
  readonly seatsVoted: string[];
  readonly warmupAccepted: number;
  readonly cpuMs: number;
  readonly wallMs: number;
}

type Cast = (input: {
  councilId: string;
  hearingId: string;
  actorId: string;
  choice: (typeof choices)[number];
}) => Promise<{ ok: true } | { ok: false; code: string }>;

/** The cast function of a variant; all use the service's own connections. */
function castFor(bot: BenchBot, variant: Variant): Cast {
  if (variant === 'as-is') return bot.useCases.castBallot;
  if (variant === 'no-outbox') {
    const notifier = { notify: async () => {} };
    return createUseCases(
      capabilities.map((capability) => capability.useCases),
      { ...bot.deps, notifier },
      { locale: 'da', timeZone: 'Europe/Copenhagen' },
    ).castBallot;
  }
  if (variant === 'reads-in-one-round-trip')
    return (input) => castBallot(bot.deps, input, { readsInOneRoundTrip: true });
  return async ({ councilId, hearingId, actorId, choice }) => {
    const ballot = {
      seatId: actorId,
      castBy: actorId,
      actingAs: 'member' as const,
      choice,
      castAt: bot.deps.clock.now().toISOString(),
    };
    const written = await bot.deps.hearings.castBallot(councilId, hearingId, ballot);
    if (!written.ok) return written;
    await bot.deps.notifier.notify({ kind: 'hearing_changed', councilId, hearingId });
    return { ok: true };
  };
}

/** mulberry32: a small seeded PRNG, so every run casts the same sequence. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Up to `count` casts by `voters` concurrent voters, stopping after `seconds`; latency of each, in ms. */
async function castMany(
  cast: Cast,
  order: VoteOrder,
  count: number,
  voters: number,
  seconds: number,
  seed: number,
) {
  const next = random(seed);
  const latencies: number[] = [];
  const seatsVoted = new Set<string>();
  const refused: Record<string, number> = {};
  let accepted = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const stopAt = started + seconds * 1000;
  await pool(count, voters, async () => {
    if (performance.now() > stopAt) return;
    const actorId = order.seatIds[Math.floor(next() * order.seatIds.length)]!;
    const choice = choices[Math.floor(next() * choices.length)]!;
    const t0 = performance.now();
    const result = await cast({ councilId, hearingId: order.hearingId, actorId, choice });
    latencies.push(performance.now() - t0);
    if (result.ok) {
      accepted += 1;
      seatsVoted.add(actorId);
    } else {
      refused[result.code] = (refused[result.code] ?? 0) + 1;
    }
  });
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  return {
    latencies,
    accepted,
    refused,
    seatsVoted,
    wallMs,
    cpuMs: (used.user + used.system) / 1000,
  };
}

/** Warm-up (not counted), then the measured casts. Used in-process and by each child. */
async function vote(
  cast: Cast,
  order: VoteOrder,
  beforeMeasuring: () => Promise<void>,
): Promise<VoteReport> {
  const warm = await castMany(cast, order, order.warmup, order.voters, WARMUP_SECONDS, order.seed);
  await beforeMeasuring();
  const run = await castMany(cast, order, order.casts, order.voters, order.seconds, order.seed + 1);
  return {
    latenciesMs: run.latencies,
    accepted: run.accepted,
    refused: run.refused,
    seatsVoted: [...new Set([...warm.seatsVoted, ...run.seatsVoted])],
    warmupAccepted: warm.accepted,
    cpuMs: run.cpuMs,
    wallMs: run.wallMs,
  };
}

/** Child mode: `tsx bench/cast-ballot.bench.ts --child`, driven over IPC by the parent. */
async function child(): Promise<void> {
  const send = (message: unknown) =>
    new Promise<void>((resolve) => process.send!(message, () => resolve()));
  const order = await new Promise<VoteOrder>((resolve) =>
    process.once('message', (m) => resolve(m as VoteOrder)),
  );
  const bot = await startBenchBot(order.prefix, { runWorkers: false });
  const cast = castFor(bot, order.variant);
  const go = new Promise<void>((resolve) => process.once('message', () => resolve()));
  const report = await vote(cast, order, async () => {
    await send({ type: 'ready' });
    await go;
  });
  await bot.stop();
  await send({ type: 'done', report });
  process.disconnect();
}

function startChild(order: VoteOrder) {
  const proc: ChildProcess = fork(process.argv[1]!, ['--child'], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const messages: Array<{ type: string; report?: VoteReport }> = [];
  let wake: () => void = () => {};
  proc.on('message', (message) => {
    messages.push(message as { type: string; report?: VoteReport });
    wake();
  });
  const exited = new Promise<number | null>((resolve) =>
    proc.once('exit', (code) => resolve(code)),
  );
  const waitFor = async (type: string) => {
    for (;;) {
      const found = messages.find((message) => message.type === type);
      if (found) return found;
      const code = await Promise.race([
        new Promise<'message'>((resolve) => (wake = () => resolve('message'))),
        exited,
      ]);
      if (code !== 'message' && !messages.some((message) => message.type === type)) {
        throw new Error(`voter process exited (${code}) before "${type}"`);
      }
    }
  };
  proc.send(order);
  return { proc, waitFor, exited };
}

interface Integrity {
  readonly seatsVoted: number;
  readonly ballots: number;
  readonly ballotsMatchSeats: boolean;
  readonly acceptedCasts: number;
  readonly auditEvents: number;
  readonly castEvents: number;
  readonly changeEvents: number;
  readonly ok: boolean;
}

interface ScenarioResult {
  readonly name: string;
  readonly variant: Variant;
  readonly processes: number;
  readonly casts: number;
  readonly accepted: number;
  readonly refused: Record<string, number>;
  readonly wallMs: number;
  readonly latencies: Float64Array;
  readonly nodeCpuMs: number;
  readonly redisCpuMs: number;
  readonly redisUsec: number;
  readonly netOut: number;
  readonly commands: ReturnType<typeof commandStatsDelta>;
  readonly integrity: Integrity;
  readonly hearingId: string;
}

async function checkIntegrity(
  bot: BenchBot,
  hearingId: string,
  seatsVoted: ReadonlySet<string>,
  acceptedCasts: number,
): Promise<Integrity> {
  const [ballots, audit] = await Promise.all([
    bot.deps.hearings.ballots(councilId, hearingId),
    bot.deps.hearings.auditTrail(councilId, hearingId),
  ]);
  const ballotSeats = new Set(ballots.map((ballot) => ballot.seatId));
  const ballotsMatchSeats =
    ballotSeats.size === ballots.length &&
    ballots.length === seatsVoted.size &&
    [...seatsVoted].every((seat) => ballotSeats.has(seat));
  const castEvents = audit.filter((event) => event.type === 'cast').length;
  const changeEvents = audit.filter((event) => event.type === 'change').length;
  return {
    seatsVoted: seatsVoted.size,
    ballots: ballots.length,
    ballotsMatchSeats,
    acceptedCasts,
    auditEvents: audit.length,
    castEvents,
    changeEvents,
    ok:
      ballotsMatchSeats &&
      audit.length === acceptedCasts &&
      castEvents === seatsVoted.size &&
      changeEvents === acceptedCasts - seatsVoted.size,
  };
}

async function openHearing(bot: BenchBot, title: string): Promise<string> {
  const deadlineDate = localDateInDays(7, bot.deps.clock.now());
  const opened = await bot.useCases.openHearing({
    councilId,
    actorId: 'sekretariat',
    title,
    proposal: 'Formandskabet indstiller, at Rådet godkender udkastet.',
    deadlineDate,
    deadlineTime: '12:00',
  });
  if (!opened.ok) throw new Error(`could not open the hearing: ${opened.code}`);
  return opened.value.id;
}

async function runScenario(
  bot: BenchBot,
  admin: Redis,
  seatIds: readonly string[],
  variant: Variant,
  processes: number,
): Promise<ScenarioResult> {
  const hearingId = await openHearing(bot, `Benchmark: ${variant}, ${processes} proces(ser)`);
  const voters = Math.max(1, Math.round(VOTERS / processes));
  const base = {
    prefix: bot.prefix,
    variant,
    hearingId,
    seatIds,
    voters,
    seconds: variant === 'as-is' ? SECONDS : WHAT_IF_SECONDS,
  };
  const casts = Math.round(CASTS / processes);
  const warmup = Math.round(WARMUP / processes);
  let statsBefore = new Map<string, { calls: number; usec: number }>();
  let before = { cpuSeconds: 0, netOut: 0, netIn: 0 };
  const snapshot = async () => {
    statsBefore = await commandStats(admin);
    before = await redisCounters(admin);
  };

  let reports: VoteReport[];
  if (processes === 1) {
    reports = [await vote(castFor(bot, variant), { ...base, casts, warmup, seed: 1 }, snapshot)];
  } else {
    const children = Array.from({ length: processes }, (_, index) =>
      startChild({ ...base, casts, warmup, seed: 100 + index * 10 }),
    );
    await Promise.all(children.map((c) => c.waitFor('ready')));
    await snapshot();
    children.forEach((c) => c.proc.send('go'));
    reports = (await Promise.all(children.map((c) => c.waitFor('done')))).map((m) => m.report!);
    await Promise.all(children.map((c) => c.exited));
  }
  const after = await redisCounters(admin);
  const commands = commandStatsDelta(statsBefore, await commandStats(admin));

  const refused: Record<string, number> = {};
  for (const r of reports)
    for (const [code, n] of Object.entries(r.refused)) refused[code] = (refused[code] ?? 0) + n;
  const latencies = sortedCopy(reports.flatMap((r) => r.latenciesMs));
  return {
    name: `${variant}: ${processes} process${processes > 1 ? 'es' : ''} × ${voters} voters`,
    variant,
    processes,
    casts: latencies.length,
    accepted: reports.reduce((sum, r) => sum + r.accepted, 0),
    refused,
    // The processes start together on "go"; the slowest one ends the run.
    wallMs: Math.max(...reports.map((r) => r.wallMs)),
    latencies,
    nodeCpuMs: reports.reduce((sum, r) => sum + r.cpuMs, 0),
    redisCpuMs: (after.cpuSeconds - before.cpuSeconds) * 1000,
    redisUsec: commands.reduce((sum, row) => sum + row.usec, 0),
    netOut: after.netOut - before.netOut,
    commands,
    hearingId,
    integrity: await checkIntegrity(
      bot,
      hearingId,
      new Set(reports.flatMap((r) => r.seatsVoted)),
      reports.reduce((sum, r) => sum + r.accepted + r.warmupAccepted, 0),
    ),
  };
}

/**
 * Round trips per cast, counted with MONITOR over casts by one voter: the
 * commands the clients sent (each a round trip; some of them concurrent) and
 * those run inside Lua scripts. Latency with one voter is the service time
 * without queueing; it is measured before MONITOR, which slows Redis.
 */
async function roundTrips(
  bot: BenchBot,
  admin: Redis,
  seatIds: readonly string[],
  variant: Variant,
  hearingId: string,
) {
  const cast = castFor(bot, variant);
  const order: VoteOrder = {
    prefix: bot.prefix,
    variant,
    hearingId,
    seatIds,
    casts: 300,
    warmup: 0,
    voters: 1,
    seed: 7,
    seconds: 10,
  };
  const single = await castMany(cast, order, 300, 1, 10, 7);
  const monitor = await admin.monitor(); // a connection of its own
  const fromClients = new Map<string, number>();
  let inLua = 0;
  monitor.on('monitor', (_time: string, args: string[], source: string) => {
    const name = (args[0] ?? '?').toLowerCase();
    if (source === 'lua') inLua += 1;
    else fromClients.set(name, (fromClients.get(name) ?? 0) + 1);
  });
  const sample = 100;
  await castMany(cast, order, sample, 1, 10, 8);
  await new Promise((resolve) => setTimeout(resolve, 200));
  monitor.disconnect();
  return {
    p50: percentile(sortedCopy(single.latencies), 50),
    perCast: [...fromClients].map(([name, n]) => `${name} ${fmt(n / sample, 1)}`).join(', '),
    clientCommands: [...fromClients.values()].reduce((a, b) => a + b, 0) / sample,
    inLua: inLua / sample,
  };
}

async function main(): Promise<void> {
  const admin = adminRedis();
  const facts = await machineFacts(admin);
  const prefix = uniquePrefix('cast');
  const bot = await startBenchBot(prefix, { runWorkers: false });
  try {
    await bot.deps.councils.saveCouncil(aCouncil({ id: councilId, name: 'RAR Benchmark' }));
    const roster = rosterWith({ members: SEATS - 2 }); // + formand and næstformand = 1,000 seats
    await bot.deps.rosters.replaceRoster(councilId, roster.all);
    const seatIds = roster.seatIds;
    if (seatIds.length !== SEATS) throw new Error(`expected ${SEATS} seats, got ${seatIds.length}`);
    const rosterBytes = Number(
      await admin.call('MEMORY', 'USAGE', new RedisKeys(`${prefix}:`).roster(councilId)),
    );

    console.log(`## Cast-ballot benchmark\n`);
    printFacts(COMMAND, facts);
    console.log(
      `Load average at start: ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')} (shared machine). ` +
        `Council of ${fmt(seatIds.length)} seats (roster of ${fmt(roster.all.length)} members, ${fmt(rosterBytes / 1024)} KiB in Redis). ` +
        `Each run: ${fmt(WARMUP)} warm-up casts (≤ ${WARMUP_SECONDS} s, not counted), then ${fmt(CASTS)} casts or ` +
        `${SECONDS} s (what-if runs: ${WHAT_IF_SECONDS} s), ` +
        `whichever first; random seat and choice per cast (most casts are changes), closed loop, each run on a hearing of its own. ` +
        `Through \`useCases.castBallot\` from \`startRaadsbot(config, { http: false })\` with RUN_WORKERS=false: ` +
        `each cast asks for the coalesced refresh (the refresh gate lets the first click per pending refresh add the outbox job); no worker drains the outbox.\n`,
    );

    const asIs = [
      await runScenario(bot, admin, seatIds, 'as-is', 1),
      await runScenario(bot, admin, seatIds, 'as-is', PROCESSES),
    ];
    const whatIf = [
      await runScenario(bot, admin, seatIds, 'no-outbox', 1),
      await runScenario(bot, admin, seatIds, 'reads-in-one-round-trip', 1),
      await runScenario(bot, admin, seatIds, 'reads-in-one-round-trip', PROCESSES),
      await runScenario(bot, admin, seatIds, 'write-only', 1),
      await runScenario(bot, admin, seatIds, 'write-only', PROCESSES),
    ];
    const all = [...asIs, ...whatIf];
    const rate = (r: ScenarioResult) => (r.accepted / r.wallMs) * 1000;
    const throughputRow = (r: ScenarioResult) => {
      const p99 = percentile(r.latencies, 99);
      return [
        r.name,
        fmt(r.casts),
        fmt(rate(r)),
        fmt(percentile(r.latencies, 50)),
        fmt(percentile(r.latencies, 95)),
        fmt(p99),
        fmt(r.latencies[r.latencies.length - 1] ?? NaN),
        `${fmt((r.nodeCpuMs / r.wallMs) * 100, 0)} %`,
        `${fmt((r.redisCpuMs / r.wallMs) * 100, 0)} %`,
        `${pass(rate(r) >= TARGET.ballotsPerSecond)} / ${pass(p99 <= TARGET.p99Ms)}`,
        `${fmt(rate(r) / TARGET.ballotsPerSecond, 2)}× / ${fmt(p99 / TARGET.p99Ms, 1)}×`,
      ];
    };
    const throughputHeader = [
      'scenario',
      'casts measured',
      'ballots/s',
      'p50 ms',
      'p95 ms',
      'p99 ms',
      'max ms',
      'node CPU',
      'redis CPU',
      `target ≥ ${fmt(TARGET.ballotsPerSecond)}/s / p99 ≤ ${TARGET.p99Ms} ms`,
      'rate ÷ target / p99 ÷ target',
    ];

    heading('Throughput and latency, as composed today (warm-up excluded)');
    printTable(throughputHeader, asIs.map(throughputRow));
    console.log(
      'node CPU: user+sys of the voting process(es) over the wall time (100 % = one core, the machine has 2); ' +
        'redis CPU: the same for redis-server (single-threaded: 100 % is its ceiling).\n',
    );

    heading('Integrity after each run (warm-up casts included)');
    printTable(
      [
        'scenario',
        'seats that voted',
        'ballots stored',
        'exactly one ballot per seat that voted',
        'accepted casts',
        'audit events',
        'cast + change events',
        'refused casts',
        'verdict',
      ],
      all.map((r) => [
        r.name,
        fmt(r.integrity.seatsVoted),
        fmt(r.integrity.ballots),
        r.integrity.ballotsMatchSeats ? 'yes' : '**NO**',
        fmt(r.integrity.acceptedCasts),
        fmt(r.integrity.auditEvents),
        `${fmt(r.integrity.castEvents)} + ${fmt(r.integrity.changeEvents)}`,
        Object.keys(r.refused).length === 0 ? '0' : JSON.stringify(r.refused),
        r.integrity.ok ? 'held' : '**BROKEN**',
      ]),
    );
    const counts = await bot.queues.outbox.getJobCounts(
      'delayed',
      'waiting',
      'active',
      'completed',
    );
    console.log(
      `Outbox after all runs: ${JSON.stringify(counts)} for ${all.length} hearings — every run's casts left one ` +
        `coalesced refresh job (delayed) per hearing; "waiting" are the hearings' "opened" notices.\n`,
    );

    const [one] = asIs;
    heading('Where the time goes (as-is, 1 process; INFO commandstats)');
    printTable(
      ['command', 'calls per cast', 'µs in Redis per call', 'µs in Redis per cast'],
      one!.commands
        .slice(0, 10)
        .map((row) => [
          row.command,
          fmt(row.calls / one!.casts, 2),
          fmt(row.usec / row.calls, 1),
          fmt(row.usec / one!.casts, 1),
        ]),
    );
    console.log(
      "evalsha: cast-ballot.lua and BullMQ's addDelayedJob (the refresh); its time includes the hget/hset/rpush/" +
        'sismember/xadd… its scripts run, which are listed again on their own rows.\n',
    );
    const profiled = [one!, whatIf[1]!, whatIf[3]!];
    const trips: Array<Awaited<ReturnType<typeof roundTrips>>> = [];
    for (const r of profiled)
      trips.push(await roundTrips(bot, admin, seatIds, r.variant, r.hearingId));
    printTable(
      [
        'path',
        'client commands per cast (MONITOR)',
        'round trips in sequence',
        'commands inside Lua',
        'redis CPU µs per cast',
        'KiB Redis → client per cast',
        'node CPU µs per cast',
        'p50 ms with 1 voter',
      ],
      profiled.map((r, index) => [
        r.variant,
        `${fmt(trips[index]!.clientCommands, 1)}: ${trips[index]!.perCast}`,
        {
          'as-is':
            '4: council ‖ hearing → roster version ‖ absences ‖ recused → cast-ballot.lua → refresh gate (SET NX; outbox add only when it opens)',
          'reads-in-one-round-trip':
            '3: council ‖ hearing ‖ roster version ‖ absences ‖ recused → cast-ballot.lua → refresh gate',
          'write-only': '2: cast-ballot.lua → refresh gate',
          'no-outbox': '3',
        }[r.variant],
        fmt(trips[index]!.inLua, 1),
        fmt((r.redisCpuMs / r.casts) * 1000, 0),
        fmt(r.netOut / r.casts / 1024, 1),
        fmt((r.nodeCpuMs / r.casts) * 1000, 0),
        fmt(trips[index]!.p50),
      ]),
    );

    heading('What if (production path unchanged): where the rest of the time goes');
    printTable(throughputHeader, whatIf.map(throughputRow));
    const [noOutbox, together, , writeOnly] = whatIf;
    const perCastMs = (r: ScenarioResult) => r.nodeCpuMs / r.casts;
    console.log(
      `Node CPU per cast: as-is ${fmt(perCastMs(one!) * 1000, 0)} µs, without the refresh notice ` +
        `${fmt(perCastMs(noOutbox!) * 1000, 0)} µs, reads in one round trip ${fmt(perCastMs(together!) * 1000, 0)} µs, ` +
        `write and notice only ${fmt(perCastMs(writeOnly!) * 1000, 0)} µs: ` +
        `validation, the five reads and the seat check cost ${fmt((perCastMs(one!) - perCastMs(writeOnly!)) * 1000, 0)} µs ` +
        `of each cast. In a closed loop of ${VOTERS} voters the mean latency is ${VOTERS} ÷ throughput (Little's law), ` +
        `so p99 ≤ ${TARGET.p99Ms} ms needs well over ${fmt(VOTERS / (TARGET.p99Ms / 1000))} ballots/s.\n`,
    );
  } finally {
    await bot.stop();
    await deleteKeysContaining(admin, prefix);
    await admin.quit();
  }
}

if (process.argv.includes('--child')) {
  await child();
} else {
  await main();
  exitIfStuck();
}
