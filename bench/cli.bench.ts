// Command-line benchmark: how long one `npm run cli -- …` command takes as a
// whole process, the way it ran before (every chat surface loaded through tsx)
// and the way it runs now (its own entry, compiled), side by side in one run.
// Each round runs every way once, in turn, so a machine that slows down during
// the run slows every way alike; the ratios compare medians of the same rounds.
// Wall time is what a user waits; CPU time (user + system, from bash's `times`)
// is what the command costs, and moves less when the machine is busy.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import {
  adminRedis,
  envInt,
  fmt,
  heading,
  machineFacts,
  percentile,
  printFacts,
  printTable,
  progress,
  redisUrl,
  sortedCopy,
} from './lib/bench-kit.ts';

const rounds = envInt('BENCH_CLI_ROUNDS', 7);
const warmup = envInt('BENCH_CLI_WARMUP', 1);
const tsx = 'node_modules/.bin/tsx';

interface Way {
  readonly name: string;
  readonly argv: (command: readonly string[]) => [string, ...string[]];
}

const ways: readonly Way[] = [
  {
    name: 'before: `tsx src/main.ts cli` (the whole service, through tsx)',
    argv: (command) => [tsx, 'src/main.ts', 'cli', ...command],
  },
  {
    name: '`tsx src/cli.ts` (own entry, through tsx)',
    argv: (command) => [tsx, 'src/cli.ts', ...command],
  },
  {
    name: 'now: `node dist/cli.mjs` (own entry, compiled)',
    argv: (command) => ['node', 'dist/cli.mjs', ...command],
  },
  {
    name: 'now, with its checks: `bash scripts/cli.sh` (deps and build up to date)',
    argv: (command) => ['bash', 'scripts/cli.sh', ...command],
  },
];

const commands: readonly (readonly string[])[] = [
  ['council', 'list'],
  ['hearing', 'list', '--council', 'b-cli'],
];

const env = { ...process.env, REDIS_URL: redisUrl(), DEMO_COUNCIL: 'off', LOG_LEVEL: 'silent' };

interface Timing {
  /** From spawn to exit, ms. */
  readonly wallMs: number;
  /** User + system CPU of the command and every process it waited for, ms (bash's `times`). */
  readonly cpuMs: number;
}

const seconds = (text: string): number => {
  const [, minutes = '0', secs = '0'] = /(\d+)m([\d.]+)s/.exec(text) ?? [];
  return Number(minutes) * 60 + Number(secs);
};

/**
 * One whole process, run by bash so that `times` can report the CPU its
 * children used: on a busy machine wall time stretches, CPU time much less.
 * Fails on a non-zero exit.
 */
function timeProcess(argv: readonly [string, ...string[]]): Promise<Timing> {
  const script = '"$@" >/dev/null; status=$?; times >&3; exit $status';
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('bash', ['-c', script, 'bash', ...argv], {
      env,
      stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    let times = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdio[3]!.on('data', (chunk: Buffer) => (times += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      // The second line holds the children's user and system time.
      const [user = '', system = ''] = (times.trim().split('\n')[1] ?? '').split(/\s+/);
      if (code === 0) resolve({ wallMs, cpuMs: (seconds(user) + seconds(system)) * 1000 });
      else reject(new Error(`${argv.join(' ')} exited ${code}: ${stderr}`));
    });
  });
}

async function main(): Promise<void> {
  const redis = adminRedis();
  printFacts('npm run bench -- cli', await machineFacts(redis));
  await redis.quit();

  // The compiled CLI is built once, as scripts/cli.sh would on the first command.
  execFileSync('bash', ['scripts/build-cli.sh'], { stdio: 'inherit' });
  const dir = await mkdtemp(join(tmpdir(), 'raadsbot-bench-cli-'));
  const roster = join(dir, 'roster.yaml');
  await writeFile(
    roster,
    `council: { id: b-cli, name: RAR Benchmark }
members:
  - { id: sek, name: Signe Skrivebord, organisation: Sekretariatet, role: sekretariat }
  - { id: fm, name: Folke Mødeleder, organisation: DA, role: formand }
`,
  );
  execFileSync('node', ['dist/cli.mjs', 'roster', 'import', roster], { env, stdio: 'ignore' });

  heading(
    `One command as a whole process: medians of ${rounds} rounds (after ${warmup} not counted)`,
  );
  const rows: (string | number)[][] = [];
  for (const command of commands) {
    const times = ways.map(() => [] as Timing[]);
    for (let round = 0; round < warmup + rounds; round++) {
      progress(`${command.join(' ')}: round ${round + 1} of ${warmup + rounds}`);
      for (const [index, way] of ways.entries()) {
        const timing = await timeProcess(way.argv(command));
        if (round >= warmup) times[index]!.push(timing);
      }
    }
    const median = (index: number, of: keyof Timing) =>
      percentile(sortedCopy(times[index]!.map((timing) => timing[of])), 50);
    for (const [index, way] of ways.entries()) {
      const wall = sortedCopy(times[index]!.map((timing) => timing.wallMs));
      rows.push([
        `\`${command.join(' ')}\``,
        way.name,
        fmt(median(index, 'wallMs'), 0),
        `${fmt(wall[0]!, 0)}–${fmt(wall[wall.length - 1]!, 0)}`,
        fmt(median(index, 'cpuMs'), 0),
        index === 0 ? '1' : fmt(median(index, 'wallMs') / median(0, 'wallMs'), 2),
        index === 0 ? '1' : fmt(median(index, 'cpuMs') / median(0, 'cpuMs'), 2),
      ]);
    }
  }
  printTable(
    [
      'command',
      'how it runs',
      'median wall ms',
      'wall min–max ms',
      'median CPU ms',
      'wall ratio to before',
      'CPU ratio to before',
    ],
    rows,
  );
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
