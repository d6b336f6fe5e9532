import type { Locale } from '../../domain/council/council.ts';
import { describeFailure, describeProblem, t } from '../../i18n/council/index.ts';
import type { RosterLineProblem } from '../../app/council/roster-file.ts';
import type { Failure } from '../../domain/errors.ts';

export type RosterFailure = {
  readonly code: 'roster_invalid';
  readonly problems: readonly RosterLineProblem[];
};

/** A refusal as the command line prints it, in the council's language. */
export function renderFailureText(locale: Locale, failure: Failure | RosterFailure): string {
  if ('problems' in failure) {
    return [
      t(locale, 'error.roster_invalid'),
      ...failure.problems.map((problem) =>
        t(locale, 'roster.problem_line', {
          line: problem.line,
          field: problem.field,
          problem: describeProblem(locale, { ...problem.params, problem: problem.problem }),
        }),
      ),
    ].join('\n');
  }
  return describeFailure(locale, failure);
}
