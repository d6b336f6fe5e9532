// Teams vote invokes: Action.Execute clicks (invoke `adaptiveCard/action`)
// from a load generator in another process (node:child_process fork) against
// /api/messages of the running service in local mode (the Agents SDK's
// CloudAdapter on our HTTP server, Redis stores, BullMQ outbox and workers),
// with 50 concurrent voters in a closed loop (each clicks, waits for the
// invoke response — their own card — and clicks again; answers alternate
// For / Imod / Undlader, so every click is a durable change).
//
//   npm run bench -- teams-vote-invokes
//   BENCH_SECONDS=20 BENCH_VOTERS=50,100 npm run bench -- teams-vote-invokes
//
// The generator process also runs the fake Bot Connector the cards are posted
// and updated through, so its work is not on the server's CPU, and it counts
// the updates (PUT) of the hearing's card: the outbox coalesces refreshes, so
// a card must be updated at most once per second however fast votes come.
import { Agent, request as httpRequest } from 'node:http';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { startRaadsbot } from '../src/main.ts';
import { FakeBotConnector } from '../test/fakes/fake-bot-connector.ts';
import { findFreePort } from '../test/support/free-port.ts';
import { testConfig } from '../test/support/test-config.ts';
import {
  TEAMS_PEOPLE,
  teamsActivities,
  type TeamsAccount,
} from '../test/support/teams-activities.ts';
import {
  adminRedis,
  deleteKeysContaining,
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
import { HARNESS_START, localDateInDays } from '../test/fakes/test-instants.ts';
import { RunningClock } from '../test/fakes/running-clock.ts';

const COMMAND = 'npm run bench -- teams-vote-invokes';
const SECONDS = envInt('BENCH_SECONDS', 10);
const WARMUP_SECONDS = 2;
const VOTERS = (process.env.BENCH_VOTERS ?? '50')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const COUNCIL = 'bench-teams';
const choices = ['for', 'against', 'abstain'] as const;

/** Voter n as Teams names them; their Entra object id is on the roster. */
const voter = (n: number): TeamsAccount => ({
  id: `29:1bench-voter-${n}`,
  name: `Voter ${n}`,
  aadObjectId: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  role: 'user',
});

// ---------------------------------------------------------------- messages

type ToGenerator =
  | {
      type: 'burst';
      url: string;
      hearingId: string;
      cardId: string;
      voters: number;
      seconds: number;
    }
  | { type: 'card'; channelId: string; after: number }
  | { type: 'updates'; cardId: string }
  | { type: 'stop' };

interface BurstResult {
  readonly invokes: number;
  readonly answered: number;
  readonly failures: number;
  readonly wallMs: number;
  readonly latencies: number[];
  readonly generatorCpuMs: number;
}

interface UpdateStats {
  readonly calls: number;
  readonly spanMs: number;
  readonly maxInOneSecond: number;
}

type FromGenerator =
  | { type: 'ready'; serviceUrl: string }
  | { type: 'card'; cardId: string }
  | { type: 'burst'; result: BurstResult }
  | { type: 'updates'; stats: UpdateStats };

// ---------------------------------------------------------------- generator (child)

async function generator(): Promise<void> {
  const connector = await FakeBotConnector.start();
  const teams = teamsActivities({ serviceUrl: connector.serviceUrl });
  const send = (message: FromGenerator) => process.send!(message);
  process.on('message', (raw) => {
    const message = raw as ToGenerator;
    if (message.type === 'stop') {
      void connector.close().then(() => process.exit(0));
    } else if (message.type === 'card') {
      const find = () =>
        connector.calls.find(
          (call) =>
            call.at >= message.after &&
            call.conversationId === message.channelId &&
            call.method === 'POST' &&
            call.status < 300 &&
            JSON.stringify(call.body).includes('"verb":"vote"'),
        );
      void connector
        .waitUntil(() => find() !== undefined, 30_000)
        .then(() =>
          send({ type: 'card', cardId: String((find()!.response as { id: string }).id) }),
        );
    } else if (message.type === 'updates') {
      const at = connector.calls
        .filter(
          (call) =>
            call.operation === 'updateActivity' &&
            call.activityId === message.cardId &&
            call.status < 300,
        )
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
    } else {
      void burst(teams, message).then((result) => send({ type: 'burst', result }));
    }
  });
  send({ type: 'ready', serviceUrl: connector.serviceUrl });
}

function post(agent: Agent, url: URL, body: string): Promise<{ status: number; card: boolean }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: '/api/messages',
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            card: Buffer.concat(chunks).includes('application/vnd.microsoft.card.adaptive'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function burst(
  teams: ReturnType<typeof teamsActivities>,
  order: Extract<ToGenerator, { type: 'burst' }>,
): Promise<BurstResult> {
  const agent = new Agent({ keepAlive: true, maxSockets: order.voters });
  const url = new URL(order.url);
  const channel = teams.councilChannel();
  const latencies: number[] = [];
  let invokes = 0;
  let failures = 0;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const until = started + order.seconds * 1_000;
  const lane = async (n: number) => {
    const from = voter(n);
    for (let k = n; performance.now() < until; k += 1) {
      const activity = teams.cardAction(
        from,
        {
          verb: 'vote',
          data: { hearingId: order.hearingId, choice: choices[k % choices.length] },
          replyToId: order.cardId,
        },
        channel,
      );
      const t0 = performance.now();
      const answer = await post(agent, url, JSON.stringify(activity));
      const ms = performance.now() - t0;
      invokes += 1;
      if (answer.status === 200 && answer.card) latencies.push(ms);
      else failures += 1;
    }
  };
  await Promise.all(Array.from({ length: order.voters }, (_, n) => lane(n)));
  const wallMs = performance.now() - started;
  const used = process.cpuUsage(cpu);
  agent.destroy();
  return {
    invokes,
    answered: latencies.length,
    failures,
    wallMs,
    latencies,
    generatorCpuMs: (used.user + used.system) / 1_000,
  };
}

// ---------------------------------------------------------------- driver (parent)

function rosterYaml(voters: number): string {
  const lines = [
    `council: { id: ${COUNCIL}, name: RAR Benchmark, locale: da, timeZone: Europe/Copenhagen }`,
    'members:',
    `  - { id: sekr, name: Signe Holm, organisation: Sekretariatet, role: sekretariat, teams: ${TEAMS_PEOPLE.secretary.aadObjectId} }`,
  ];
  for (let n = 0; n < voters; n += 1)
    lines.push(
      `  - { id: m${n}, name: Voter ${n}, organisation: DA, role: medlem, teams: ${voter(n).aadObjectId} }`,
    );
  return `${lines.join('\n')}\n`;
}

interface Scenario {
  readonly voters: number;
  readonly burst: BurstResult;
  readonly updates: UpdateStats;
  readonly serverCpuMs: number;
  readonly redisCpuMs: number;
}

async function main(): Promise<void> {
  const admin = adminRedis();
  const facts = await machineFacts(admin);
  const { child, ask } = forkGenerator<ToGenerator, FromGenerator>(process.argv[1]!);
  const { serviceUrl } = await ask(undefined, 'ready');

  const prefix = uniquePrefix('teams');
  const config = testConfig({ REDIS_URL: redisUrl(), PORT: String(await findFreePort()) });
  const bot = await startRaadsbot(config, {
    keyPrefix: `${prefix}:`,
    queuePrefix: `{${prefix}}`,
    // A fixed date, running with real time: no figure depends on the day it is measured.
    clock: new RunningClock(HARNESS_START),
  });
  try {
    const maxVoters = Math.max(...VOTERS);
    const imported = await bot.useCases.importRoster({
      format: 'yaml',
      text: rosterYaml(maxVoters),
    });
    if (!imported.ok) throw new Error(`roster: ${imported.code}`);
    // Installing the bot in the council's channel binds the team and makes it the council's conversation.
    const teams = teamsActivities({ serviceUrl });
    const channel = teams.councilChannel();
    await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(teams.botInstalled(channel, TEAMS_PEOPLE.secretary)),
    });

    console.log('## Teams vote invokes\n');
    printFacts(COMMAND, facts);
    console.log(
      `Load average at start: ${loadavg()
        .map((n) => n.toFixed(2))
        .join(
          ' ',
        )}. One council of ${maxVoters} seats; per scenario a fresh hearing, ${WARMUP_SECONDS} s warm-up ` +
        `(not counted), then ${SECONDS} s of clicks. Server: this process (/api/messages in local mode + BullMQ workers + ` +
        `Teams sender); load generator and fake Bot Connector: a forked process; Redis: the run's redis-server. ` +
        `A click's path: CloudAdapter → identify → castBallot (atomic Lua write) → the clicker's own card as the invoke ` +
        `response; the shared card's update goes through the outbox.\n`,
    );

    const results: Scenario[] = [];
    for (const voters of VOTERS) {
      const since = Date.now();
      const opened = await bot.useCases.openHearing({
        councilId: COUNCIL,
        actorId: 'sekr',
        title: `Benchmark with ${voters} voters`,
        proposal: 'Formandskabet indstiller, at Rådet godkender udkastet.',
        deadlineDate: localDateInDays(7, bot.deps.clock.now()),
        deadlineTime: '12:00',
      });
      if (!opened.ok) throw new Error(`openHearing: ${opened.code}`);
      const { cardId } = await ask(
        { type: 'card', channelId: channel.conversation.id, after: since },
        'card',
      );
      const order = {
        type: 'burst' as const,
        url: bot.url!,
        hearingId: opened.value.id,
        cardId,
        voters,
      };

      await ask({ ...order, seconds: WARMUP_SECONDS }, 'burst');
      const [cpuBefore, redisBefore] = [process.cpuUsage(), await redisCounters(admin)];
      const { result } = await ask({ ...order, seconds: SECONDS }, 'burst');
      const cpu = process.cpuUsage(cpuBefore);
      const redisCpuMs = ((await redisCounters(admin)).cpuSeconds - redisBefore.cpuSeconds) * 1_000;
      // Let the last coalesced refresh land, then count the updates of this card.
      await sleep(2_500);
      const { stats } = await ask({ type: 'updates', cardId }, 'updates');
      results.push({
        voters,
        burst: result,
        updates: stats,
        serverCpuMs: (cpu.user + cpu.system) / 1_000,
        redisCpuMs,
      });
      process.stderr.write(
        `  ${voters} voters: ${fmt(result.answered)} answered in ${fmt(result.wallMs / 1000, 1)} s\n`,
      );
    }

    heading('Vote invokes through /api/messages (local mode, warm-up excluded)');
    printTable(
      [
        'voters',
        'invokes',
        'invokes/s',
        'p50 ms',
        'p99 ms',
        'max ms',
        'failed',
        'server CPU',
        'redis CPU',
        'generator CPU',
      ],
      results.map((r) => {
        const sorted = sortedCopy(r.burst.latencies);
        const seconds = r.burst.wallMs / 1000;
        return [
          r.voters,
          fmt(r.burst.invokes),
          fmt(r.burst.answered / seconds),
          fmt(percentile(sorted, 50)),
          fmt(percentile(sorted, 99)),
          fmt(sorted[sorted.length - 1] ?? NaN),
          r.burst.failures,
          `${fmt((r.serverCpuMs / r.burst.wallMs) * 100, 0)} %`,
          `${fmt((r.redisCpuMs / r.burst.wallMs) * 100, 0)} %`,
          `${fmt((r.burst.generatorCpuMs / r.burst.wallMs) * 100, 0)} %`,
        ];
      }),
    );
    console.log(
      `CPU as a share of one core over the wall time (the machine has ${facts.nproc} cores, shared by all three). ` +
        "Latency is the invoke round trip as the generator sees it; the answer carries the clicker's own card.\n",
    );

    heading('Card updates during the burst (PUT of the hearing card, coalesced by the outbox)');
    printTable(
      [
        'voters',
        'updates sent',
        'over s',
        'per s (mean)',
        'max in any 1 s',
        '≤ 1 per card per second',
      ],
      results.map((r) => {
        // n updates span n − 1 intervals.
        const perSecond =
          r.updates.calls > 1 ? (r.updates.calls - 1) / (r.updates.spanMs / 1000) : r.updates.calls;
        return [
          r.voters,
          r.updates.calls,
          fmt(r.updates.spanMs / 1000, 1),
          fmt(perSecond),
          r.updates.maxInOneSecond,
          pass(r.updates.maxInOneSecond <= 1),
        ];
      }),
    );
  } finally {
    child.send({ type: 'stop' } satisfies ToGenerator);
    await bot.stop();
    await deleteKeysContaining(admin, prefix);
    await admin.quit();
  }
}

if (process.argv.includes('--child')) void generator();
else
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
