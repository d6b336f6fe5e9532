// Group formation benchmark: formGroups (src/domain/discussions/formation/)
// against the optimum the MIP solver HiGHS finds for the same groups, over
// seeded invented rosters of 20, 60 and 200 participants, in two kinds: many
// small organisations (one per six members) and four large ones. Pure CPU in
// this process, no Redis. The optimum's model is in
// test/domain/discussions/formation/formation-optimum.ts (the same weighted
// objective as score.total); the solver starts from our formation, so it
// only ever reports something better. Time per formation is measured apart
// from the solver, each roster formed several times after one warm-up.
// Knobs: BENCH_FORMATION_ROSTERS (8 per size and kind), BENCH_FORMATION_REPEATS (5),
// BENCH_FORMATION_SOLVER_S (60, the solver's time limit per roster), BENCH_FORMATION_SIZES (20,60,200).
import { cpuUsage } from 'node:process';
import { performance } from 'node:perf_hooks';
import { formGroups } from '../src/domain/discussions/formation/form-groups.ts';
import type { Formation } from '../src/domain/discussions/formation/formation-types.ts';
import { scoreWeights } from '../src/domain/discussions/formation/score-formation.ts';
import {
  optimumFor,
  type Optimum,
} from '../test/domain/discussions/formation/formation-optimum.ts';
import { seededRoster } from '../test/domain/discussions/formation/seeded-rosters.ts';
import {
  envInt,
  fmt,
  heading,
  pass,
  percentile,
  printTable,
  progress,
  sortedCopy,
} from './lib/bench-kit.ts';

const rosters = envInt('BENCH_FORMATION_ROSTERS', 8);
const repeats = envInt('BENCH_FORMATION_REPEATS', 5);
const solverSeconds = envInt('BENCH_FORMATION_SOLVER_S', 60);

const sizes = (process.env.BENCH_FORMATION_SIZES ?? '20,60,200').split(',').map(Number);
const kinds = [
  {
    name: 'many organisations',
    organisations: (people: number) => Math.max(3, Math.round(people / 6)),
  },
  { name: 'four organisations', organisations: () => 4 },
] as const;

/** The lower goals alone (organisation mix, repeated pairs), as score.total weighs them: a cost. */
const lowerGoalsCost = (score: Formation['score'] & { sameOrganisationPairs?: number }): number =>
  scoreWeights.preference * score.preferencesHonoured - score.total;

interface Measured {
  readonly people: number;
  readonly kind: string;
  readonly ours: Formation;
  readonly optimum: Optimum;
  readonly wallMs: number[];
  readonly cpuMs: number[];
}

const measured: Measured[] = [];
for (const people of sizes)
  for (const kind of kinds)
    for (let seed = 1; seed <= rosters; seed += 1) {
      const input = seededRoster(people, seed, kind.organisations(people));
      const first = formGroups(input);
      if (!first.ok) throw new Error(`roster ${people}/${kind.name}/${seed}: ${first.code}`);
      const wallMs: number[] = [];
      const cpuMs: number[] = [];
      for (let repeat = 0; repeat < repeats; repeat += 1) {
        const cpu = cpuUsage();
        const started = performance.now();
        formGroups(input);
        wallMs.push(performance.now() - started);
        cpuMs.push(cpuUsage(cpu).user / 1000);
      }
      const optimum = await optimumFor(input, first.value, { timeLimitSeconds: solverSeconds });
      progress(
        `${people} ${kind.name} #${seed}: ours ${first.value.score.total}, HiGHS ${optimum.score.total} (${optimum.status}, ${fmt(optimum.seconds)} s)`,
      );
      measured.push({ people, kind: kind.name, ours: first.value, optimum, wallMs, cpuMs });
    }

const gapPercent = (one: Measured): number =>
  ((one.optimum.score.total - one.ours.score.total) / Math.abs(one.optimum.score.total)) * 100;
const sum = (values: readonly number[]): number =>
  values.reduce((total, value) => total + value, 0);
const mean = (values: readonly number[]): number => sum(values) / Math.max(1, values.length);

heading(
  `Group formation against the optimum (${rosters} rosters per size and kind, ${repeats} timed runs each, ${new Date().toISOString()})`,
);
printTable(
  [
    'participants',
    'organisations',
    'preferences honoured ours / optimum',
    'worst organisation share ours / optimum (mean, max)',
    'lower-goal cost ours / optimum',
    'score gap % (mean, worst)',
    'rosters at the optimum',
    'optimum proved',
    'solver s (median)',
  ],
  sizes.flatMap((people) =>
    kinds.map((kind) => {
      const rows = measured.filter((one) => one.people === people && one.kind === kind.name);
      const gaps = rows.map(gapPercent);
      const share = (pick: (one: Measured) => number) =>
        `${fmt(mean(rows.map(pick)), 3)}, ${fmt(Math.max(...rows.map(pick)), 3)}`;
      return [
        people,
        kind.name,
        `${sum(rows.map((one) => one.ours.score.preferencesHonoured))} / ${sum(rows.map((one) => one.optimum.score.preferencesHonoured))} of ${sum(rows.map((one) => one.ours.score.preferencesGiven))}`,
        `${share((one) => one.ours.score.worstOrganisationShare)} / ${share((one) => one.optimum.score.worstOrganisationShare)}`,
        `${sum(rows.map((one) => lowerGoalsCost(one.ours.score)))} / ${sum(rows.map((one) => lowerGoalsCost(one.optimum.score)))}`,
        `${fmt(mean(gaps), 3)}, ${fmt(Math.max(...gaps), 3)}`,
        `${rows.filter((one) => one.ours.score.total >= one.optimum.score.total).length} of ${rows.length}`,
        `${rows.filter((one) => one.optimum.status === 'optimal').length} of ${rows.length}`,
        fmt(percentile(sortedCopy(rows.map((one) => one.optimum.seconds)), 50)),
      ];
    }),
  ),
);

heading('Time per formation (formGroups alone)');
printTable(
  ['participants', 'formations', 'median ms', 'p95 ms', 'max ms', 'CPU median ms', 'CPU p95 ms'],
  sizes.map((people) => {
    const rows = measured.filter((one) => one.people === people);
    const wall = sortedCopy(rows.flatMap((one) => one.wallMs));
    const cpu = sortedCopy(rows.flatMap((one) => one.cpuMs));
    return [
      people,
      wall.length,
      fmt(percentile(wall, 50)),
      fmt(percentile(wall, 95)),
      fmt(wall[wall.length - 1] ?? NaN),
      fmt(percentile(cpu, 50)),
      fmt(percentile(cpu, 95)),
    ];
  }),
);

const largest = measured.filter((one) => one.people === Math.max(...sizes));
const worstGap = Math.max(...measured.map(gapPercent));
const p95 = percentile(sortedCopy(largest.flatMap((one) => one.wallMs)), 95);
heading('Targets');
printTable(
  ['target', 'measured', 'verdict'],
  [
    [
      `${Math.max(...sizes)} participants in under 100 ms (p95 wall)`,
      `${fmt(p95)} ms`,
      pass(p95 < 100),
    ],
    [
      'within 2 % of the optimum’s score (worst roster)',
      `${fmt(worstGap, 3)} %`,
      pass(worstGap <= 2),
    ],
  ],
);
