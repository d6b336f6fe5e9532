import { createRequire } from 'node:module';
import type { Highs } from 'highs';
import type {
  Formation,
  FormationInput,
} from '../../../../src/domain/discussions/formation/formation-types.ts';
import {
  previousPairs,
  scoreFormation,
  scoreWeights,
  type ScoreDetails,
} from '../../../../src/domain/discussions/formation/score-formation.ts';

/**
 * The best formation with the same groups (the same topics, group keys and
 * sizes) as ours, found by the MIP solver HiGHS: used only to measure
 * formGroups, never by the bot. The model has the weighted objective of
 * score.total:
 *   maximise 100·(preferences honoured) − 20·(one-organisation groups)
 *            − 4·(pairs of colleagues in a group) − 1·(pairs sitting together again)
 * with binary x[p,g] (member p in group g), each member in one group, each
 * group its size, manual moves fixed. Pairs of colleagues are linearised
 * exactly: z[o,g] ≥ k·y − k(k+1)/2 for k = 1…size−1, y = Σ x over the
 * organisation's members, which at whole y is y(y−1)/2. A repeated pair is
 * w ≥ x[p,g] + x[q,g] − 1. A group of one organisation is s[g] ≥ y − size + 1.
 * The model penalises every one-organisation group; score.total only those
 * the roster allowed to avoid. The unavoidable ones are the same in both
 * whenever the topics' members are (the case on measured rosters), and the
 * solution is rescored with score.total before it is compared.
 * The solver starts from our formation, so under a time limit its answer is
 * never worse than ours; `bound` is what no formation can beat.
 */
export interface Optimum {
  readonly status: 'optimal' | 'time_limit' | 'other';
  readonly score: ScoreDetails;
  /** The solver's proof: no formation scores above this (in the model's terms). */
  readonly bound: number;
  /** The model's own objective value of the best formation found. */
  readonly objective: number;
  readonly seconds: number;
}

// The package is CommonJS; required as the brief of its README shows (`require('highs')()`).
const loadHighs = createRequire(import.meta.url)('highs') as () => Promise<Highs>;
let highs: Promise<Highs> | undefined;
const solver = (): Promise<Highs> => (highs ??= loadHighs());

export async function optimumFor(
  input: FormationInput,
  ours: Formation,
  options: { readonly timeLimitSeconds: number },
): Promise<Optimum> {
  const lp = buildModel(input, ours);
  const engine = await solver();
  const started = performance.now();
  return engine.withModel({ format: 'lp', data: lp.text }, (model): Optimum => {
    model.options.set({
      output_flag: false,
      time_limit: options.timeLimitSeconds,
      mip_rel_gap: 0,
      random_seed: 1,
    });
    const names = lp.columns;
    const start = new Float64Array(model.getDimensions().numCols);
    for (const [name, value] of lp.start) start[model.getColByName(name)] = value;
    model.setSolution({ colValue: start });
    model.run();
    const seconds = (performance.now() - started) / 1000;
    const status = model.getModelStatus();
    const values = model.getSolution().colValue;
    const members = new Map(ours.groups.map((group) => [group.key, [] as string[]]));
    for (const [name, [member, key]] of names)
      if ((values[model.getColByName(name)] ?? 0) > 0.5) members.get(key)?.push(member);
    const groups = ours.groups.map((group) => ({
      topic: group.topic,
      members: members.get(group.key) ?? [],
    }));
    const bound = Number(model.info.get('mip_dual_bound'));
    return {
      status: status === 7 ? 'optimal' : status === 13 ? 'time_limit' : 'other',
      score: scoreFormation(groups, input.participants, input.topics, input.previousGroups),
      bound,
      objective: model.getObjectiveValue(),
      seconds,
    };
  });
}

interface Model {
  readonly text: string;
  /** x columns: name → [member, group key]. */
  readonly columns: Map<string, [string, string]>;
  /** Our formation as a starting solution, column name → value. */
  readonly start: Map<string, number>;
}

function buildModel(input: FormationInput, ours: Formation): Model {
  const participants = input.participants;
  const groups = ours.groups;
  const objective: string[] = [];
  const rows: string[] = [];
  const binaries: string[] = [];
  const bounds: string[] = [];
  const columns = new Map<string, [string, string]>();
  const start = new Map<string, number>();
  const x = (p: number, g: number): string => `x_${p}_${g}`;
  const groupOf = new Map<string, number>();
  groups.forEach((group, g) => group.members.forEach((member) => groupOf.set(member, g)));

  participants.forEach((participant, p) => {
    const pinned = input.manual.placements[participant.id];
    const allowed = groups
      .map((group, g) => ({ group, g }))
      .filter(({ group }) => pinned === undefined || group.key === pinned);
    for (const { group, g } of allowed) {
      const name = x(p, g);
      columns.set(name, [participant.id, group.key]);
      binaries.push(name);
      start.set(name, groupOf.get(participant.id) === g ? 1 : 0);
      if (participant.preference === group.topic)
        objective.push(`+ ${scoreWeights.preference} ${name}`);
    }
    rows.push(`one_${p}: ${allowed.map(({ g }) => `+ ${x(p, g)}`).join(' ')} = 1`);
  });
  groups.forEach((group, g) => {
    const terms = participants.map((_, p) => x(p, g)).filter((name) => columns.has(name));
    rows.push(`size_${g}: ${terms.map((name) => `+ ${name}`).join(' ')} = ${group.members.length}`);
  });

  const byOrganisation = new Map<string, number[]>();
  participants.forEach((participant, p) =>
    byOrganisation.set(participant.organisation, [
      ...(byOrganisation.get(participant.organisation) ?? []),
      p,
    ]),
  );
  [...byOrganisation.values()].forEach((members, o) => {
    if (members.length < 2) return;
    groups.forEach((group, g) => {
      const terms = members.map((p) => x(p, g)).filter((name) => columns.has(name));
      if (terms.length < 2) return;
      const size = group.members.length;
      const inOurs = members.filter((p) => groupOf.get(participants[p]?.id ?? '') === g).length;
      const z = `z_${o}_${g}`;
      objective.push(`- ${scoreWeights.sameOrganisationPair} ${z}`);
      bounds.push(`${z} >= 0`);
      start.set(z, (inOurs * (inOurs - 1)) / 2);
      for (let k = 1; k < Math.min(size, terms.length); k += 1)
        rows.push(
          `pairs_${o}_${g}_${k}: ${z} ${terms.map((name) => `- ${k} ${name}`).join(' ')} >= ${-(k * (k + 1)) / 2}`,
        );
      if (terms.length >= size) {
        const s = `s_${o}_${g}`;
        objective.push(`- ${scoreWeights.singleOrganisationGroup} ${s}`);
        bounds.push(`0 <= ${s} <= 1`);
        start.set(s, inOurs === size ? 1 : 0);
        rows.push(
          `single_${o}_${g}: ${s} ${terms.map((name) => `- ${name}`).join(' ')} >= ${1 - size}`,
        );
      }
    });
  });

  const index = new Map(participants.map((participant, p) => [participant.id, p]));
  let pair = 0;
  for (const key of previousPairs(input.previousGroups)) {
    const [one, other] = key.split('\u0000').map((id) => index.get(id));
    if (one === undefined || other === undefined) continue;
    groups.forEach((_, g) => {
      if (!columns.has(x(one, g)) || !columns.has(x(other, g))) return;
      const w = `w_${pair}_${g}`;
      objective.push(`- ${scoreWeights.repeatedPair} ${w}`);
      bounds.push(`${w} >= 0`);
      start.set(
        w,
        groupOf.get(participants[one]?.id ?? '') === g &&
          groupOf.get(participants[other]?.id ?? '') === g
          ? 1
          : 0,
      );
      rows.push(`again_${pair}_${g}: ${w} - ${x(one, g)} - ${x(other, g)} >= -1`);
    });
    pair += 1;
  }

  const text = [
    'Maximize',
    ` total: ${objective.length > 0 ? objective.join(' ') : '0 x_0_0'}`,
    'Subject To',
    ...rows.map((row) => ` ${row}`),
    'Bounds',
    ...bounds.map((bound) => ` ${bound}`),
    'Binary',
    ` ${binaries.join(' ')}`,
    'End',
  ].join('\n');
  return { text, columns, start };
}
