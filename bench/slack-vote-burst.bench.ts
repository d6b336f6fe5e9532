// Slack vote-click burst: signed block_actions clicks from a load generator in
// another process (node:child_process fork) against the running HTTP endpoint
// (/slack/events through Bolt's HTTPReceiver, the real surface, Redis stores,
// BullMQ outbox and workers), at 20 and 100 concurrent clickers in a closed
// loop (each clicker clicks, waits for the ack, clicks again; its answer
// alternates For / Imod / Undlader, so every click is a durable change).
//
//   npm run bench -- slack-vote-burst
//   BENCH_SECONDS=20 BENCH_CLICKERS=20,100,200 npm run bench -- slack-vote-burst
//
// The generator process also runs the fake Slack Web API (chat.update,
// response_url), so the fake's work is not on the server's CPU, and counts the
// chat.update calls per message. Figures: acks/s and p50/p99 ack latency
// (generator side), ballots durably stored per second (audit events in Redis:
// each accepted cast writes one atomically with its ballot), chat.update per
// message per second, duplicate ballots (a seat with two first ballots, or
// more ballots than seats: must be 0).
import { Agent, request as httpRequest } from 'node:http';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { aCouncil } from '../test/fakes/council-mother.ts';
import { startFakeSlackApi, type FakeSlackApi } from '../test/fakes/fake-slack-api.ts';
import {
  composeSlackBot,
  councilChannelId,
  councilTeam,
  eventually,
  seedCouncil,
  type ComposedBot,
} from '../test/support/slack-harness.ts';
import { voteClick } from '../test/support/slack-payloads.ts';
import {
  adminRedis,
  envInt,
  fmt,
  heading,
  machineFacts,
  pass,
  percentile,
  printFacts,
  printTable,
  redisCounters,
  redisUrl,
  sleep,
  sortedCopy,
  uniquePrefix,
  forkGenerator,
} from './lib/bench-kit.ts';
import { localDateInDays } from '../test/fakes/test-instants.ts';

const COMMAND = 'npm run bench -- slack-vote-burst';
const SECONDS = envInt('BENCH_SECONDS', 10);
const WARMUP_SECONDS = 2;
const CLICKERS = (process.env.BENCH_CLICKERS ?? '20,100')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const TARGET = { ballotsPerSecond: 2_000, p99Ms: 25 };
const choices = ['for', 'against', 'abstain'] as const;

// ---------------------------------------------------------------- messages

type ToGenerator =
  | {
      type: 'burst';
      url: string;
      hearingId: string;
      users: string[];
      concurrency: number;
      seconds: number;
      measure: boolean;
    }
  | { type: 'updates'; ts: string }
  | { type: 'stop' };

interface BurstResult {
  readonly clicks: number;
  readonly acks: number;
  readonly failures: number;
  readonly wallMs: number;
  readonly latencies: number[];
  /** CPU of the generator process (clients + fake Slack) during the burst. */
  readonly generatorCpuMs: number;
}

interface UpdateStats {
  readonly calls: number;
  readonly spanMs: number;
  /** Most chat.update calls for the message in any 1 s window. */
  readonly maxInOneSecond: number;
}

type FromGenerator =
  | { type: 'ready'; apiUrl: string; hooksUrl: string }
  | { type: 'burst'; result: BurstResult }
  | { type: 'updates'; stats: UpdateStats };

// ---------------------------------------------------------------- generator (child)

async function generator(): Promise<void> {
  // Generous tiers: the point is to count chat.update, not to be throttled by the fake.
  const slack: FakeSlackApi = await startFakeSlackApi({
    limits: { perWorkspace: { 'chat.update': { max: 10_000, windowMs: 60_000 } } },
  });
  const send = (message: FromGenerator) => process.send!(message);
  process.on('message', (raw) => {
    const message = raw as ToGenerator;
    if (message.type === 'stop') {
      void slack.close().then(() => process.exit(0));
      return;
    }
    if (message.type === 'updates') {
      const at = slack
        .callsTo('chat.update')
        .filter((call) => call.args.ts === message.ts)
        .map((call) => call.at)
        .sort((a, b) => a - b);
      let maxInOneSecond = 0;
      for (let i = 0, j = 0; i < at.length; i += 1) {
        while (at[i]! - at[j]! >= 1_000) j += 1;
        maxInOneSecond = Math.max(maxInOneSecond, i - j + 1);
      }
      send({
        type: 'updates',
        stats: { calls: at.length, spanMs: (at.at(-1) ?? 0) - (at[0] ?? 0), maxInOneSecond },
      });
      return;
    }
    void burst(slack, message).then((result) => send({ type: 'burst', result }));
  });
  send({ type: 'ready', apiUrl: slack.apiUrl, hooksUrl: slack.hooksUrl });
}

/** One POST over a kept-alive connection; resolves with the status once the answer is read. */
function post(agent: Agent, url: URL, request: ReturnType<typeof voteClick>): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: request.path,
        method: 'POST',
        headers: { ...request.headers, 'content-length': Buffer.byteLength(request.body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(request.body);
  });
}

async function burst(
  slack: FakeSlackApi,
  order: Extract<ToGenerator, { type: 'burst' }>,
): Promise<BurstResult> {
  // node:http with keep-alive: a lighter client than fetch, so the generator measures the server, not itself.
  const agent = new Agent({ keepAlive: true, maxSockets: order.concurrency });
  const url = new URL(order.url);
  const latencies: number[] = [];
  let clicks = 0;
  let failures = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const until = started + order.seconds * 1_000;
  const clicker = async (user: string, lane: number) => {
    for (let n = lane; performance.now() < until; n += 1) {
      // Signed per click, as Slack signs each request (timestamp + HMAC of the body).
      const request = voteClick(
        { slack },
        { userId: user, hearingId: order.hearingId, choice: choices[n % choices.length]! },
      );
      const t0 = performance.now();
      const status = await post(agent, url, request);
      const ms = performance.now() - t0;
      clicks += 1;
      if (status === 200) latencies.push(ms);
      else failures += 1;
    }
  };
  await Promise.all(
    order.users.slice(0, order.concurrency).map((user, lane) => clicker(user, lane)),
  );
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  agent.destroy();
  return {
    clicks,
    acks: latencies.length,
    failures,
    wallMs,
    latencies,
    generatorCpuMs: (used.user + used.system) / 1_000,
  };
}

// ---------------------------------------------------------------- driver (parent)

interface Scenario {
  readonly clickers: number;
  readonly burst: BurstResult;
  readonly stored: number;
  readonly seats: number;
  readonly duplicates: number;
  readonly updates: UpdateStats;
  /** CPU of this process (HTTP endpoint + workers) during the measured burst. */
  readonly serverCpuMs: number;
  readonly redisCpuMs: number;
}

async function main(): Promise<void> {
  const admin = adminRedis();
  const facts = await machineFacts(admin);
  const { child, ask } = forkGenerator<ToGenerator, FromGenerator>(process.argv[1]!);
  const ready = await ask(undefined, 'ready');

  const maxClickers = Math.max(...CLICKERS);
  const bot: ComposedBot = await composeSlackBot({
    redisUrl: redisUrl(),
    slackApiUrl: ready.apiUrl,
    keyPrefix: uniquePrefix('slack'),
    logLevel: 'silent',
  });
  try {
    const seeded = await seedCouncil(bot, {
      council: aCouncil({ id: 'bench-council', name: 'RAR Benchmark' }),
      members: maxClickers,
    });
    await bot.stores.directory.saveAddress(seeded.council.id, 'slack', 'council', {
      teamId: councilTeam,
      channel: councilChannelId,
    });
    const users = seeded.roster.members.map(seeded.userOf);

    console.log('## Slack vote-click burst\n');
    printFacts(COMMAND, facts);
    console.log(
      `Load average at start: ${loadavg()
        .map((n) => n.toFixed(2))
        .join(' ')}. One council of ${fmt(seeded.roster.seatIds.length)} seats; ` +
        `per scenario a fresh hearing, ${WARMUP_SECONDS} s warm-up (not counted), then ${SECONDS} s of clicks. ` +
        `Server: this process (HTTP endpoint + BullMQ workers + Slack sender); load generator and fake Slack Web API: a forked process; ` +
        `Redis: the run's redis-server. Every click is signed; the click path is identify → castBallot (atomic Lua write) → ack, ` +
        `then the ephemeral confirmation via response_url; the message refresh goes through the outbox.\n`,
    );

    const results: Scenario[] = [];
    for (const clickers of CLICKERS) {
      const opened = await bot.useCases.openHearing({
        councilId: seeded.council.id,
        actorId: seeded.roster.secretary.id,
        title: `Benchmark with ${clickers} clickers`,
        proposal: 'Formandskabet indstiller, at Rådet godkender udkastet.',
        deadlineDate: localDateInDays(7, bot.deps.clock.now()),
        deadlineTime: '12:00',
      });
      if (!opened.ok) throw new Error(`openHearing: ${opened.code}`);
      const hearingId = opened.value.id;
      const ts = await eventually(async () => {
        const posted = (await bot.stores.directory.message(
          seeded.council.id,
          `hearing:${hearingId}`,
          'slack',
        )) as { ts?: string } | undefined;
        return posted?.ts;
      }, 'the hearing is posted');
      const burstOrder = {
        type: 'burst' as const,
        url: bot.url,
        hearingId,
        users,
        concurrency: clickers,
      };

      await ask({ ...burstOrder, seconds: WARMUP_SECONDS, measure: false }, 'burst');
      const auditKey = `${bot.keyPrefix}:rb:{${seeded.council.id}}:hearing:${hearingId}:audit`;
      const before = await admin.llen(auditKey);
      const [cpuBefore, redisBefore] = [process.cpuUsage(), await redisCounters(admin)];
      const { result } = await ask({ ...burstOrder, seconds: SECONDS, measure: true }, 'burst');
      const cpu = process.cpuUsage(cpuBefore);
      const redisCpuMs = ((await redisCounters(admin)).cpuSeconds - redisBefore.cpuSeconds) * 1_000;
      const stored = (await admin.llen(auditKey)) - before;

      // Let the last coalesced refresh land, then count updates of this one message.
      await sleep(2_500);
      const { stats } = await ask({ type: 'updates', ts }, 'updates');

      const ballots = await bot.stores.hearings.ballots(seeded.council.id, hearingId);
      const audit = await bot.stores.hearings.auditTrail(seeded.council.id, hearingId);
      const firsts = new Map<string, number>();
      for (const event of audit)
        if (event.type === 'cast') firsts.set(event.seatId, (firsts.get(event.seatId) ?? 0) + 1);
      const duplicates =
        [...firsts.values()].reduce((sum, n) => sum + Math.max(0, n - 1), 0) +
        Math.max(0, ballots.length - clickers);
      results.push({
        clickers,
        burst: result,
        stored,
        seats: ballots.length,
        duplicates,
        updates: stats,
        serverCpuMs: (cpu.user + cpu.system) / 1_000,
        redisCpuMs,
      });
      process.stderr.write(
        `  ${clickers} clickers: ${fmt(result.acks)} acks in ${fmt(result.wallMs / 1000, 1)} s\n`,
      );
    }

    heading('Acks, latency and durable ballots (warm-up excluded)');
    printTable(
      [
        'clickers',
        'clicks',
        'acks/s',
        'ack p50 ms',
        'ack p99 ms',
        'max ms',
        'non-200',
        'ballots stored/s',
        'stored = acked',
        'duplicate ballots',
        `target ≥ ${fmt(TARGET.ballotsPerSecond)}/s, p99 ≤ ${TARGET.p99Ms} ms`,
      ],
      results.map((r) => {
        const sorted = sortedCopy(r.burst.latencies);
        const seconds = r.burst.wallMs / 1000;
        const p99 = percentile(sorted, 99);
        const storedRate = r.stored / seconds;
        return [
          r.clickers,
          fmt(r.burst.clicks),
          fmt(r.burst.acks / seconds),
          fmt(percentile(sorted, 50)),
          fmt(p99),
          fmt(sorted[sorted.length - 1] ?? NaN),
          r.burst.failures,
          fmt(storedRate),
          r.stored === r.burst.acks ? 'yes' : `**no** (${r.stored} vs ${r.burst.acks})`,
          r.duplicates === 0 ? '0' : `**${r.duplicates}**`,
          `${pass(storedRate >= TARGET.ballotsPerSecond)} / ${pass(p99 <= TARGET.p99Ms)}`,
        ];
      }),
    );

    heading('Where the time goes (measured burst)');
    printTable(
      [
        'clickers',
        'server CPU',
        'server CPU ms per click',
        'redis CPU',
        'redis CPU ms per click',
        'generator + fake Slack CPU',
      ],
      results.map((r) => [
        r.clickers,
        `${fmt((r.serverCpuMs / r.burst.wallMs) * 100, 0)} %`,
        fmt(r.serverCpuMs / Math.max(1, r.burst.clicks)),
        `${fmt((r.redisCpuMs / r.burst.wallMs) * 100, 0)} %`,
        fmt(r.redisCpuMs / Math.max(1, r.burst.clicks)),
        `${fmt((r.burst.generatorCpuMs / r.burst.wallMs) * 100, 0)} %`,
      ]),
    );
    console.log(
      'CPU as a share of one core over the wall time (the machine has ' +
        facts.nproc +
        ' cores, shared with the load generator and Redis).\n',
    );

    heading('Message refreshes (chat.update on the hearing message, coalesced by the outbox)');
    printTable(
      [
        'clickers',
        'chat.update calls',
        'over s',
        'per s (mean)',
        'max in any 1 s',
        'seats with a ballot',
      ],
      results.map((r) => [
        r.clickers,
        r.updates.calls,
        fmt(r.updates.spanMs / 1000, 1),
        fmt(r.updates.calls / Math.max(1, r.updates.spanMs / 1000 + 1)),
        r.updates.maxInOneSecond,
        r.seats,
      ]),
    );

    heading('Peers (from ../shared/guide/platform-facts.md, same kind of machine)');
    printTable(
      ['open-source Slack poll app', 'ack rate', 'ack p50/p99', 'votes applied', 'integrity'],
      [
        [
          'Bolt 4 + Postgres, ack then write',
          '710/s',
          '12 / 30 ms',
          '≈158/s',
          'broken (double votes)',
        ],
        ['tally rebuilt from message, no DB', '840/s', '21 / 76 ms', '–', 'lost updates likely'],
        ['Express + Postgres, write then answer', '323/s', '30 / 62 ms', '323/s', 'held'],
      ],
    );
    console.log(
      'Rådsbot writes the ballot before it acks, so "ballots stored/s" is also its ack rate, and "stored = acked" checks that ' +
        'every acknowledged click is in Redis. chat.update is coalesced per message by the outbox (one refresh a second at most), ' +
        'whatever the click rate.\n',
    );
  } finally {
    child.send({ type: 'stop' } satisfies ToGenerator);
    await bot.stop();
    await admin.quit();
  }
}

if (process.argv.includes('--child')) {
  void generator();
} else {
  main().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
