// Reminders benchmark, through the service as startRaadsbot composes it.
//
// (a) Scheduling: 50,000 open hearings × 2 reminders (the default plan: a day
//     before and two hours before) = 100,000 reminder jobs, plus one close job
//     per hearing (50,000, counted apart), handed to the real BullMqHearingScheduler
//     (`deps.scheduler.scheduleDeadline`) in waves of 1,000 hearings, one wave
//     per TickBatcher batch. Time, CPU, and Redis memory (INFO used_memory
//     before and after, allocator purged) per reminder and per job, with a
//     breakdown by MEMORY USAGE. What-if: two waves in flight. With
//     BENCH_DEDICATED_REDIS=1 (set by scripts/bench.sh) 10,000 hearings are
//     also scheduled with Redis's default hash-max-listpack-value (64) to show
//     what the 1024 setting saves. Last of all, 20,000 hearings handed to the
//     scheduler in one go (20 batches at once), as a re-plan of everything
//     would do — which fails (see BENCHMARKS.md).
// (b) Lateness: 10,000 reminder jobs of 10,000 real open hearings (100
//     councils × 100 hearings, 10 seats each, 3 already answered), processed by
//     the real reminder worker (createReminderWorker over the real Redis
//     stores, concurrency 16 as startWorkers gives it); each job finds the 7
//     seats that have not answered and puts their reminders in the outbox (not
//     drained: the outbox worker is not running). Lateness = processedOn −
//     due, where due = timestamp + delay as scheduled (BullMQ zeroes `delay`
//     when it promotes the job, so the bench keeps the due time by job id).
//     Shapes:
//       - "one minute, compressed": due times spread evenly over a window of
//         BENCH_WINDOW_S seconds (default 20 s, i.e. the minute compressed 3×:
//         three times the rate of 10,000 spread over a real minute, so a pass
//         here is a pass for the minute, and the run stays short);
//       - "same instant": all 10,000 due at one millisecond — what the plan
//         does when many hearings share a deadline time (reminders land on
//         the same wall-clock time the day before, or on 19:00 when moved out
//         of quiet hours); also with worker concurrency 64 (what-if).
//     The first ones fall due 8 s after scheduling starts.
//
//   npm run bench -- reminders
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import type { Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Hearing } from '../src/domain/hearings/hearing.ts';
import { planReminders, type PlannedReminder } from '../src/domain/hearings/reminder-plan.ts';
import type { ReminderRun } from '../src/app/hearings/queue-reminder-notices.ts';
import { jobIds, type ReminderPayload } from '../src/jobs/hearings/hearing-queues.ts';
import { createReminderWorker } from '../src/jobs/hearings/reminder.worker.ts';
import { reminderConcurrency } from '../src/jobs/hearings/hearing-jobs.ts';
import { createRedis } from '../src/store/redis-connection.ts';
import { aBallot, aCouncil, anOpenHearing, rosterWith } from '../test/fakes/council-mother.ts';
import {
  adminRedis,
  commandStats,
  commandStatsDelta,
  deleteKeysContaining,
  envInt,
  exitIfStuck,
  fmt,
  heading,
  machineFacts,
  pass,
  percentile,
  pool,
  printFacts,
  printTable,
  redisUrl,
  sleep,
  sortedCopy,
  startBenchBot,
  uniquePrefix,
  progress,
  redisCounters,
  usedMemory,
  type BenchBot,
} from './lib/bench-kit.ts';

const COMMAND = 'npm run bench -- reminders';
const HEARINGS_A = envInt('BENCH_SCHEDULE_HEARINGS', 50_000);
const COMPARE_HEARINGS = 10_000;
/** Hearings handed to the scheduler in one go (its 20 TickBatcher batches start together). */
const ALL_AT_ONCE_HEARINGS = 20_000;
/** Hearings for the what-if with two batches in flight (rates compare; memory is linear). */
const TWO_IN_FLIGHT_HEARINGS = 20_000;
/** TickBatcher's maxBatch: hearings per addBulk. */
const WAVE = 1_000;
const COUNCILS_B = 100;
const HEARINGS_PER_COUNCIL_B = 100;
const SEATS_B = 10;
const ANSWERED_B = 3;
const WINDOW_S = envInt('BENCH_WINDOW_S', 20);
const LEAD_MS = 8_000;
/** The reminder worker's concurrency in the what-if row (startWorkers gives 16). */
const WHAT_IF_CONCURRENCY = 64;
const TARGET = { scheduleSeconds: 10, bytesPerReminder: 1024, p99LatenessMs: 1_000 };
const dedicated = process.env.BENCH_DEDICATED_REDIS === '1';
const timeZone = 'Europe/Copenhagen';

interface Scheduled {
  readonly hearings: number;
  readonly inFlight: number;
  /** scheduleDeadline calls that threw (e.g. "store unavailable" after a command timed out). */
  readonly failedCalls: number;
  readonly slowestWaveMs: number;
  readonly nodeCpuSeconds: number;
  readonly redisCpuSeconds: number;
  readonly commands: ReturnType<typeof commandStatsDelta>;
  readonly reminders: number;
  readonly closeJobs: number;
  readonly seconds: number;
  readonly bytes: number;
  readonly sample: Record<
    | 'reminderHash'
    | 'closeHash'
    | 'planKey'
    | 'reminderZsetEntry'
    | 'closeZsetEntry'
    | 'eventsStream',
    number
  >;
}

/** Open hearings with deadlines 8–9 days ahead between 10:00 and 16:00 local, two reminders each. */
function hearingsWithPlans(
  count: number,
  now: Date,
): Array<{ hearing: Hearing; plan: PlannedReminder[] }> {
  const day = 86_400_000;
  const base = Date.parse(
    new Date(now.getTime() + 8 * day).toISOString().slice(0, 10) + 'T09:00:00Z',
  );
  return Array.from({ length: count }, (_, index) => {
    const deadline = new Date(base + (index % 360) * 60_000 + Math.floor(index / 360) * 1000);
    const hearing = anOpenHearing({
      id: `h${index}`,
      councilId: `council-${index % 100}`,
      deadline: deadline.toISOString(),
      createdAt: now.toISOString(),
      openedAt: now.toISOString(),
    });
    const plan = planReminders({
      deadline,
      now,
      timeZone,
      seatIds: ['m001'],
      respondedSeatIds: new Set(),
    });
    if (plan.length !== 2)
      throw new Error(`expected 2 reminders for ${deadline.toISOString()}, got ${plan.length}`);
    return { hearing, plan };
  });
}

const memoryOf = async (admin: Redis, key: string): Promise<number> =>
  Number(await admin.call('MEMORY', 'USAGE', key, 'SAMPLES', '0'));

/**
 * Everything handed to the scheduler in one go, as a re-plan of every hearing
 * would: how many scheduleDeadline calls failed, and how long it took.
 */
async function scheduleAllAtOnce(bot: BenchBot, admin: Redis, count: number) {
  const work = hearingsWithPlans(count, bot.deps.clock.now());
  // In the service these would end the process (Node's default for an unhandled rejection).
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  process.on('unhandledRejection', onUnhandled);
  const started = performance.now();
  const settled = await Promise.allSettled(
    work.map(({ hearing, plan }) => bot.deps.scheduler.scheduleDeadline(hearing, plan)),
  );
  const seconds = (performance.now() - started) / 1000;
  // Pipelined commands keep timing out after their batch has failed: wait until quiet.
  for (let seen = -1; seen !== unhandled.length;) {
    seen = unhandled.length;
    await sleep(3_000);
  }
  process.off('unhandledRejection', onUnhandled);
  const rejected = settled.filter((outcome) => outcome.status === 'rejected');
  const reason = (rejected[0] as PromiseRejectedResult | undefined)?.reason as Error | undefined;
  return {
    seconds,
    unhandled: unhandled.length,
    unhandledError:
      unhandled[0] instanceof Error ? unhandled[0].message : String(unhandled[0] ?? ''),
    failedCalls: rejected.length,
    error: reason
      ? `${reason.name}: ${reason.message}${reason.cause instanceof Error ? ` (${reason.cause.message})` : ''}`
      : '',
    // On a connection of its own: the producer's may still be timing out.
    reminders: await admin.zcard(`${bot.queuePrefix}:reminders:delayed`),
  };
}

/**
 * In waves of WAVE hearings: each wave is handed over in one tick, so it is one
 * TickBatcher batch (one addBulk per queue). `inFlight` waves at a time: 1 is
 * what BullMqHearingScheduler would do if its batches ran one after the other, 2 if it
 * let two run at once (the what-if row).
 */
async function scheduleMany(bot: BenchBot, count: number, inFlight = 1): Promise<Scheduled> {
  const admin = adminRedis();
  const work = hearingsWithPlans(count, bot.deps.clock.now());
  const before = await usedMemory(admin);
  const statsBefore = await commandStats(admin);
  const redisBefore = await redisCounters(admin);
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  let failedCalls = 0;
  let slowestWaveMs = 0;
  await pool(Math.ceil(work.length / WAVE), inFlight, async (wave) => {
    const waveStarted = performance.now();
    const settled = await Promise.allSettled(
      work
        .slice(wave * WAVE, (wave + 1) * WAVE)
        .map(({ hearing, plan }) => bot.deps.scheduler.scheduleDeadline(hearing, plan)),
    );
    failedCalls += settled.filter((outcome) => outcome.status === 'rejected').length;
    slowestWaveMs = Math.max(slowestWaveMs, performance.now() - waveStarted);
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const redisCpuSeconds = (await redisCounters(admin)).cpuSeconds - redisBefore.cpuSeconds;
  const commands = commandStatsDelta(statsBefore, await commandStats(admin));
  const after = await usedMemory(admin);
  // Counted on a connection of its own, without the producer's 2 s commandTimeout.
  const q = bot.queuePrefix;
  const [reminderJobs, closeJobs] = await Promise.all([
    admin.zcard(`${q}:reminders:delayed`),
    admin.zcard(`${q}:close-hearing:delayed`),
  ]);

  // Breakdown: mean MEMORY USAGE over a sample of keys, and the delayed sets per entry.
  const sampleIds = work.filter((_, index) => index % Math.ceil(count / 200) === 0);
  const mean = async (keys: string[]) => {
    const sizes = await Promise.all(keys.map((key) => memoryOf(admin, key)));
    return sizes.reduce((a, b) => a + b, 0) / sizes.length;
  };
  const reminderJobIds = await admin.zrange(`${q}:reminders:delayed`, 0, sampleIds.length - 1);
  const closeJobIds = await admin.zrange(`${q}:close-hearing:delayed`, 0, sampleIds.length - 1);
  const sample = {
    reminderHash: await mean(reminderJobIds.map((id) => `${q}:reminders:${id}`)),
    closeHash: await mean(closeJobIds.map((id) => `${q}:close-hearing:${id}`)),
    planKey: await mean(
      sampleIds.map(({ hearing }) => `${q}:plan:${hearing.councilId}:${hearing.id}`),
    ),
    reminderZsetEntry:
      (await memoryOf(admin, `${q}:reminders:delayed`)) / Math.max(1, reminderJobs),
    closeZsetEntry: (await memoryOf(admin, `${q}:close-hearing:delayed`)) / Math.max(1, closeJobs),
    eventsStream:
      (await memoryOf(admin, `${q}:reminders:events`)) +
      (await memoryOf(admin, `${q}:close-hearing:events`)),
  };
  await admin.quit();
  return {
    hearings: count,
    inFlight,
    failedCalls,
    slowestWaveMs,
    nodeCpuSeconds: (cpu.user + cpu.system) / 1e6,
    redisCpuSeconds,
    commands,
    reminders: reminderJobs,
    closeJobs,
    seconds,
    bytes: after - before,
    sample,
  };
}

/** (b) setup: councils, rosters, open hearings with some ballots, in the real stores. */
async function councilsWithOpenHearings(bot: BenchBot, deadline: Date): Promise<Hearing[]> {
  const roster = rosterWith({ members: SEATS_B - 2 });
  const hearings: Hearing[] = [];
  for (let c = 0; c < COUNCILS_B; c += 1) {
    const councilId = `rar-${c}`;
    await bot.deps.councils.saveCouncil(aCouncil({ id: councilId, name: `RAR ${c}` }));
    await bot.deps.rosters.replaceRoster(councilId, roster.all);
    for (let h = 0; h < HEARINGS_PER_COUNCIL_B; h += 1) {
      hearings.push(anOpenHearing({ id: `h${h}`, councilId, deadline: deadline.toISOString() }));
    }
  }
  const answered = roster.seatIds.slice(0, ANSWERED_B);
  await pool(hearings.length, 200, async (index) => {
    const hearing = hearings[index]!;
    await bot.deps.hearings.saveHearing(hearing);
    for (const seatId of answered) {
      const cast = await bot.deps.hearings.castBallot(
        hearing.councilId,
        hearing.id,
        aBallot(seatId, 'for', bot.deps.clock.now().toISOString()),
      );
      if (!cast.ok) throw new Error(`setup ballot refused: ${cast.code}`);
    }
  });
  return hearings;
}

interface LatenessRun {
  readonly name: string;
  readonly jobs: number;
  readonly scheduleSeconds: number;
  readonly windowMs: number;
  readonly lateness: Float64Array;
  readonly doneLateness: Float64Array;
  readonly drainSeconds: number;
  readonly sent: number;
  readonly remindersQueued: number;
  readonly wrongRecipients: number;
  readonly failed: number;
  /** CPU used over the busy period (first due → last done), 1 = one core. */
  readonly nodeCpuShare: number;
  readonly redisCpuShare: number;
}

/** Schedules one reminder per hearing, due over [start, start + windowMs), and lets the worker run them. */
async function lateness(
  bot: BenchBot,
  admin: Redis,
  hearings: readonly Hearing[],
  name: string,
  key: string,
  windowMs: number,
  concurrency: number = reminderConcurrency,
): Promise<LatenessRun> {
  const workerRedis = createRedis(redisUrl(), { role: 'worker' });
  const worker = createReminderWorker(bot.deps, {
    connection: workerRedis,
    prefix: bot.queuePrefix,
    concurrency,
  });
  worker.on('error', () => {});
  const lateMs: number[] = [];
  const doneMs: number[] = [];
  let sent = 0;
  let wrongRecipients = 0;
  let failed = 0;
  let lastDue = 0;
  let lastFinished = 0;
  let firstDueSeen = false;
  let cpuAtFirstDue = process.cpuUsage();
  let redisAtFirstDue = { cpuSeconds: 0, netOut: 0, netIn: 0 };
  // Due = timestamp + delay as scheduled. BullMQ sets a job's delay to 0 when it
  // promotes it from the delayed set, so the due time is kept here, by job id.
  const dueById = new Map<string, number>();
  worker.on('completed', (job: Job<ReminderPayload, ReminderRun>, result: ReminderRun) => {
    const due = dueById.get(job.id ?? '');
    if (due === undefined) return;
    lateMs.push((job.processedOn ?? NaN) - due);
    doneMs.push((job.finishedOn ?? NaN) - due);
    lastFinished = Math.max(lastFinished, job.finishedOn ?? 0);
    if (result.status === 'sent') sent += 1;
    if (result.status !== 'sent' || result.memberIds.length !== SEATS_B - ANSWERED_B)
      wrongRecipients += 1;
  });
  worker.on('failed', () => (failed += 1));
  await worker.waitUntilReady();

  const outboxBefore = (await bot.queues.outbox.getJobCounts('waiting')).waiting ?? 0;
  // The app's clock is a fixed date running with real time; BullMQ's is the real one.
  // Due times are planned on the app's clock and measured (processedOn) on BullMQ's.
  const appAhead = bot.deps.clock.now().getTime() - Date.now();
  const start = Date.now() + LEAD_MS;
  const t0 = performance.now();
  await Promise.all(
    hearings.map((hearing, index) => {
      const due = start + Math.floor((index * windowMs) / hearings.length);
      const dueAt = new Date(due + appAhead);
      lastDue = Math.max(lastDue, due);
      dueById.set(jobIds.remind(hearing.councilId, hearing.id, key, dueAt.getTime()), due);
      return bot.deps.scheduler.scheduleDeadline(hearing, [{ key, dueAt, seatIds: [] }]);
    }),
  );
  const scheduleSeconds = (performance.now() - t0) / 1000;
  if (Date.now() >= start)
    throw new Error('scheduling took longer than the lead time: raise LEAD_MS');

  const giveUp = lastDue + 120_000;
  while (lateMs.length + failed < hearings.length && Date.now() < giveUp) {
    if (!firstDueSeen && Date.now() >= start) {
      firstDueSeen = true;
      cpuAtFirstDue = process.cpuUsage();
      redisAtFirstDue = await redisCounters(admin);
    }
    await sleep(firstDueSeen ? 100 : 5);
  }
  const nodeCpu = process.cpuUsage(cpuAtFirstDue);
  const redisCpuSeconds = (await redisCounters(admin)).cpuSeconds - redisAtFirstDue.cpuSeconds;
  const busySeconds = Math.max(1e-3, (Math.max(lastFinished, lastDue) - start) / 1000);
  await worker.close();
  await workerRedis.quit();
  const outboxAfter = (await bot.queues.outbox.getJobCounts('waiting')).waiting ?? 0;
  return {
    name,
    jobs: hearings.length,
    scheduleSeconds,
    windowMs,
    lateness: sortedCopy(lateMs),
    doneLateness: sortedCopy(doneMs),
    drainSeconds: (lastFinished - start) / 1000,
    sent,
    remindersQueued: outboxAfter - outboxBefore,
    wrongRecipients: wrongRecipients + (hearings.length - lateMs.length),
    failed,
    nodeCpuShare: (nodeCpu.user + nodeCpu.system) / 1e6 / busySeconds,
    redisCpuShare: redisCpuSeconds / busySeconds,
  };
}

async function main(): Promise<void> {
  const admin = adminRedis();
  const facts = await machineFacts(admin);
  console.log(`## Reminders benchmark\n`);
  printFacts(COMMAND, facts);
  console.log(
    `Load average at start: ${loadavg()
      .map((n) => n.toFixed(2))
      .join(' ')} (shared machine).\n`,
  );

  // (a) Scheduling time and memory.
  const scheduleOnFreshBot = async (label: string, count: number, inFlight: number) => {
    const prefix = uniquePrefix(label);
    const bot = await startBenchBot(prefix, { runWorkers: false });
    try {
      return await scheduleMany(bot, count, inFlight);
    } finally {
      await bot.stop();
      await deleteKeysContaining(admin, prefix);
    }
  };
  progress(`(a) ${fmt(HEARINGS_A)} hearings in waves of ${fmt(WAVE)}, one at a time`);
  const scheduled = await scheduleOnFreshBot('sched', HEARINGS_A, 1);
  progress(`(a) ${fmt(TWO_IN_FLIGHT_HEARINGS)} hearings in waves of ${fmt(WAVE)}, two at a time`);
  const twoInFlight = await scheduleOnFreshBot('sched2', TWO_IN_FLIGHT_HEARINGS, 2);
  let compare: Scheduled | undefined;
  if (dedicated) {
    const [, setting = '1024'] = (await admin.config('GET', 'hash-max-listpack-value')) as string[];
    await admin.config('SET', 'hash-max-listpack-value', '64');
    try {
      progress(`(a) ${fmt(COMPARE_HEARINGS)} hearings with hash-max-listpack-value 64`);
      compare = await scheduleOnFreshBot('sched-default', COMPARE_HEARINGS, 1);
    } finally {
      await admin.config('SET', 'hash-max-listpack-value', setting);
    }
  }

  heading('(a) Scheduling 100,000 reminder jobs through BullMqHearingScheduler');
  const perReminder = scheduled.bytes / scheduled.reminders;
  const perJob = scheduled.bytes / (scheduled.reminders + scheduled.closeJobs);
  const scheduleRow = (how: string, r: Scheduled) => {
    const bytesPerReminder = r.bytes / r.reminders;
    return [
      how,
      fmt(r.hearings),
      fmt(r.reminders),
      fmt(r.closeJobs),
      fmt(r.failedCalls, 0),
      `${fmt(r.slowestWaveMs / 1000, 2)} s`,
      fmt(r.seconds, 2),
      fmt((r.reminders + r.closeJobs) / r.seconds),
      `${fmt(r.nodeCpuSeconds, 1)} s / ${fmt(r.redisCpuSeconds, 1)} s`,
      `${fmt(r.bytes / 2 ** 20, 1)} MiB`,
      fmt(bytesPerReminder),
      fmt(r.bytes / (r.reminders + r.closeJobs)),
      `${pass(r.seconds <= TARGET.scheduleSeconds)} (${fmt(r.seconds / TARGET.scheduleSeconds, 2)}×) / ${pass(bytesPerReminder <= TARGET.bytesPerReminder)} (${fmt(bytesPerReminder / TARGET.bytesPerReminder, 2)}×)`,
    ];
  };
  printTable(
    [
      'waves of 1,000 hearings',
      'hearings',
      'reminder jobs',
      'close jobs',
      'calls failed',
      'slowest wave',
      'seconds',
      'jobs/s',
      'CPU node / redis',
      'Redis memory added',
      'bytes per reminder (all-in)',
      'bytes per job',
      `target ≤ ${TARGET.scheduleSeconds} s / ≤ 1 KB per reminder`,
    ],
    [scheduleRow('one at a time', scheduled), scheduleRow('two at a time (what-if)', twoInFlight)],
  );
  console.log(
    '"All-in" divides everything the plan added (reminder and close jobs, delayed sets, the per-hearing ' +
      'plan record, the events streams) by the reminders; "bytes per job" by all jobs (reminders + closes). ' +
      '"Two at a time" is what BullMqHearingScheduler would do with at most two TickBatcher batches in flight.\n',
  );
  const jobsA = scheduled.reminders + scheduled.closeJobs;
  console.log(
    `Per job (one at a time): ${fmt((scheduled.redisCpuSeconds / jobsA) * 1e6, 0)} µs of redis-server CPU and ` +
      `${fmt((scheduled.nodeCpuSeconds / jobsA) * 1e6, 0)} µs of Node CPU. Redis commands (INFO commandstats; ` +
      "evalsha is BullMQ's addDelayedJob script, and its time includes the commands it runs, listed below it):\n",
  );
  printTable(
    ['command', 'calls per job', 'µs per call', 'µs per job'],
    scheduled.commands
      .slice(0, 8)
      .map((row) => [
        row.command,
        fmt(row.calls / jobsA, 2),
        fmt(row.usec / row.calls, 1),
        fmt(row.usec / jobsA, 1),
      ]),
  );
  const rowsOf = (s: Scheduled) => [
    fmt(s.sample.reminderHash),
    fmt(s.sample.reminderZsetEntry),
    fmt(s.sample.closeHash),
    fmt(s.sample.closeZsetEntry),
    fmt(s.sample.planKey),
    fmt(s.sample.eventsStream / 1024, 0) + ' KiB',
  ];
  printTable(
    [
      'hash-max-listpack-value',
      'hearings',
      'reminder job hash',
      'reminder delayed-set entry',
      'close job hash',
      'close delayed-set entry',
      'plan record per hearing',
      'events streams (capped)',
      'bytes per reminder (all-in)',
      'bytes per job',
    ],
    [
      [
        `${facts.redisSettings.match(/hash-max-listpack-value (\d+)/)?.[1] ?? '?'} (this run)`,
        fmt(scheduled.hearings),
        ...rowsOf(scheduled),
        fmt(perReminder),
        fmt(perJob),
      ],
      ...(compare
        ? [
            [
              '64 (Redis default)',
              fmt(compare.hearings),
              ...rowsOf(compare),
              fmt(compare.bytes / compare.reminders),
              fmt(compare.bytes / (compare.reminders + compare.closeJobs)),
            ],
          ]
        : []),
    ],
  );
  console.log(
    "Per-key figures are MEMORY USAGE means over ~200 keys of each kind; a delayed-set entry is the set's " +
      'MEMORY USAGE divided by its size.' +
      (compare
        ? ''
        : ' (The default-setting comparison runs only on the dedicated server of `npm run bench`.)') +
      '\n',
  );

  // (b) Lateness.
  const prefixB = uniquePrefix('late');
  const botB = await startBenchBot(prefixB, { runWorkers: false });
  const runs: LatenessRun[] = [];
  try {
    const setupStarted = performance.now();
    const deadline = new Date(botB.deps.clock.now().getTime() + 3 * 3_600_000);
    progress('(b) setting up councils and open hearings');
    const hearings = await councilsWithOpenHearings(botB, deadline);
    const setupSeconds = (performance.now() - setupStarted) / 1000;
    progress('(b) reminders due over a window');
    runs.push(
      await lateness(
        botB,
        admin,
        hearings,
        `one minute, compressed to ${WINDOW_S} s`,
        'window',
        WINDOW_S * 1000,
      ),
    );
    progress('(b) reminders due at the same instant');
    runs.push(await lateness(botB, admin, hearings, 'same instant', 'burst', 0));
    progress(`(b) same instant, worker concurrency ${WHAT_IF_CONCURRENCY}`);
    runs.push(
      await lateness(
        botB,
        admin,
        hearings,
        `same instant, concurrency ${WHAT_IF_CONCURRENCY} (what-if)`,
        'burst64',
        0,
        WHAT_IF_CONCURRENCY,
      ),
    );

    heading('(b) Lateness of 10,000 reminder jobs due together, real reminder worker');
    console.log(
      `${fmt(hearings.length)} open hearings (${COUNCILS_B} councils × ${HEARINGS_PER_COUNCIL_B}, ${SEATS_B} seats, ` +
        `${ANSWERED_B} answered; set up in ${fmt(setupSeconds, 1)} s), one reminder job each, scheduled through ` +
        `BullMqHearingScheduler ${LEAD_MS / 1000} s before the first falls due; one reminder worker, concurrency ` +
        `${reminderConcurrency} (as startWorkers) unless the row says otherwise; the outbox worker is not running. ` +
        'Node CPU and redis CPU: their use over the busy period (first due → last done), 100 % = one core.\n',
    );
    printTable(
      [
        'due',
        'jobs',
        'offered jobs/s',
        'lateness p50 ms',
        'p95 ms',
        'p99 ms',
        'max ms',
        'done − due p99 ms',
        'all done after first due',
        'drain jobs/s',
        'node CPU',
        'redis CPU',
        `target p99 ≤ ${TARGET.p99LatenessMs} ms`,
      ],
      runs.map((run) => {
        const p99 = percentile(run.lateness, 99);
        return [
          run.name,
          fmt(run.jobs),
          run.windowMs === 0 ? 'all at once' : fmt(run.jobs / (run.windowMs / 1000)),
          fmt(percentile(run.lateness, 50)),
          fmt(percentile(run.lateness, 95)),
          fmt(p99),
          fmt(run.lateness[run.lateness.length - 1] ?? NaN),
          fmt(percentile(run.doneLateness, 99)),
          `${fmt(run.drainSeconds, 1)} s`,
          fmt(run.jobs / Math.max(run.drainSeconds, run.windowMs / 1000)),
          `${fmt(run.nodeCpuShare * 100, 0)} %`,
          `${fmt(run.redisCpuShare * 100, 0)} %`,
          `${pass(p99 <= TARGET.p99LatenessMs)} (${fmt(p99 / TARGET.p99LatenessMs, 2)}×)`,
        ];
      }),
    );
    printTable(
      [
        'due',
        'scheduled in',
        'jobs "sent"',
        'jobs with exactly the 7 unanswered seats',
        'reminders put in the outbox',
        'expected',
        'failed jobs',
      ],
      runs.map((run) => [
        run.name,
        `${fmt(run.scheduleSeconds, 2)} s`,
        fmt(run.sent),
        fmt(run.jobs - run.wrongRecipients),
        fmt(run.remindersQueued),
        fmt(run.jobs * (SEATS_B - ANSWERED_B)),
        fmt(run.failed, 0),
      ]),
    );
  } finally {
    await botB.stop();
    await deleteKeysContaining(admin, prefixB);
  }

  // (a, last, as it can leave Redis busy) Everything handed to the scheduler at once.
  const prefixAll = uniquePrefix('sched-all');
  const botAll = await startBenchBot(prefixAll, { runWorkers: false });
  let allAtOnce: Awaited<ReturnType<typeof scheduleAllAtOnce>>;
  try {
    progress(`(a) ${fmt(ALL_AT_ONCE_HEARINGS)} hearings to the scheduler all at once`);
    allAtOnce = await scheduleAllAtOnce(botAll, admin, ALL_AT_ONCE_HEARINGS);
  } finally {
    await botAll.stop();
    await deleteKeysContaining(admin, prefixAll);
  }
  heading(`(a) ${fmt(ALL_AT_ONCE_HEARINGS)} hearings handed to the scheduler all at once`);
  printTable(
    [
      'how',
      'hearings',
      'scheduleDeadline calls failed',
      'first error',
      'unhandled rejections',
      'reminder jobs stored',
      'seconds',
    ],
    [
      [
        'all at once (one Promise.all)',
        fmt(ALL_AT_ONCE_HEARINGS),
        fmt(allAtOnce.failedCalls),
        allAtOnce.error || '–',
        allAtOnce.unhandled === 0
          ? '0'
          : `${fmt(allAtOnce.unhandled)} (${allAtOnce.unhandledError})`,
        fmt(allAtOnce.reminders),
        fmt(allAtOnce.seconds, 2),
      ],
    ],
  );
  console.log(
    `All at once, TickBatcher starts all ${fmt(ALL_AT_ONCE_HEARINGS / WAVE, 0)} batches together on the producer connection, ` +
      'whose commandTimeout is 2 s (role "web"); the figures in (a) above hand the scheduler one batch ' +
      `(${fmt(WAVE)} hearings) at a time. (Run last: Redis may still be working off what was sent.)\n`,
  );
  await admin.quit();
}

await main();
exitIfStuck();
