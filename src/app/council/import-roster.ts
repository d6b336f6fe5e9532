import { z } from 'zod';
import type { Council } from '../../domain/council/council.ts';
import { succeed, fail, type Failure, type Success } from '../../domain/errors.ts';
import { findRosterProblems, type Member } from '../../domain/council/roster.ts';
import type { AppDeps } from '../deps.ts';
import { councilIdField } from '../input-fields.ts';
import { parseRosterCsv, parseRosterYaml, type RosterLineProblem } from './roster-file.ts';
import { validate } from '../validate.ts';

export const importRosterInput = z.object({
  format: z.enum(['yaml', 'csv']),
  text: z.string().min(1).max(1_000_000),
  /** Needed for CSV (no header there); overrides nothing when the YAML names its council. */
  councilId: councilIdField.optional(),
  councilName: z.string().trim().min(1).max(120).optional(),
});
export type ImportRosterInput = z.input<typeof importRosterInput>;

export type ImportRosterOutcome =
  | Success<{ council: Council; members: readonly Member[] }>
  | Failure
  | {
      readonly ok: false;
      readonly code: 'roster_invalid';
      readonly problems: readonly RosterLineProblem[];
    };

/**
 * Replaces a council's roster from a YAML or CSV file. All or nothing: a file
 * with any problem changes nothing, and every problem names its line and field.
 */
export async function importRoster(
  deps: Pick<AppDeps, 'councils' | 'rosters'>,
  raw: ImportRosterInput,
  defaults: { locale: Council['locale']; timeZone: string },
): Promise<ImportRosterOutcome> {
  const input = validate(importRosterInput, raw);
  if (!input.ok) return input;
  const parsed =
    input.value.format === 'yaml'
      ? parseRosterYaml(input.value.text)
      : parseRosterCsv(input.value.text);

  const crossProblems: RosterLineProblem[] = findRosterProblems(parsed.members).map((problem) => ({
    line: parsed.fieldLine?.(problem.index, problem.field) ?? parsed.lines[problem.index] ?? 1,
    field: problem.field,
    problem: problem.code,
    ...(problem.params === undefined ? {} : { params: problem.params }),
  }));
  const problems = [...parsed.problems, ...crossProblems].sort((a, b) => a.line - b.line);
  if (problems.length > 0) return { ok: false, code: 'roster_invalid', problems };

  const councilId = parsed.council?.id ?? input.value.councilId;
  if (councilId === undefined) return fail('invalid_input', 'councilId', { problem: 'required' });
  const existing = await deps.councils.council(councilId);
  const council: Council = {
    id: councilId,
    name: parsed.council?.name ?? input.value.councilName ?? existing?.name ?? councilId,
    locale: parsed.council?.locale ?? existing?.locale ?? defaults.locale,
    timeZone: parsed.council?.timeZone ?? existing?.timeZone ?? defaults.timeZone,
  };
  await deps.councils.saveCouncil(council);
  await deps.rosters.replaceRoster(council.id, parsed.members);
  return succeed({ council, members: parsed.members });
}
