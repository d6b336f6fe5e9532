import type { HearingView } from '../../app/view-hearing.ts';
import type { Locale } from '../../domain/council.ts';
import type { Hearing } from '../../domain/hearing.ts';
import { describeFailure, describeProblem, formatDeadline, t } from '../../i18n/messages.ts';
import type { RosterLineProblem } from '../../app/roster-file.ts';
import type { Failure } from '../../domain/errors.ts';
import { choiceLabel, presentHearing } from '../present/hearing-presentation.ts';

/** Plain-text rendering for the command line: the same presentation as the chat cards. */
export function renderHearingText(view: HearingView): string {
  const shown = presentHearing(view);
  const locale = view.council.locale;
  const lines = [
    `${shown.title}  [${view.hearing.id}]`,
    ...(shown.agendaItem ? [shown.agendaItem] : []),
    `${shown.mode} · ${shown.state} · ${shown.deadline}`,
    '',
    shown.proposal,
    '',
    ...(shown.explainer ? [shown.explainer] : []),
    ...(shown.outcome ? [`${labels[locale].outcome}: ${shown.outcome}`] : []),
    shown.counts,
    ...(shown.closedNote ? [shown.closedNote] : []),
    `${labels[locale].rules}: ${shown.rulesSummary}`,
  ];
  if (view.hearing.rules.ballot === 'named' || view.hearing.mode !== 'vote') {
    lines.push('', labels[locale].seats);
    for (const seat of view.seats) {
      const answer = seat.recused
        ? labels[locale].recused
        : seat.ballot
          ? `${choiceLabel(locale, view.hearing, seat.ballot.choice)}${seat.ballot.reason ? ` — «${seat.ballot.reason}»` : ''}`
          : seat.responded
            ? labels[locale].answered
            : '–';
      const holder =
        seat.holderName === seat.memberName
          ? ''
          : ` (${labels[locale].substitute}: ${seat.holderName})`;
      lines.push(`  ${seat.memberName}, ${seat.organisation}${holder}: ${answer}`);
    }
  }
  if (view.audit.length > 0) {
    lines.push('', labels[locale].audit);
    for (const event of view.audit) {
      const choice = event.choice ? ` ${choiceLabel(locale, view.hearing, event.choice)}` : '';
      const when = formatDeadline(locale, event.at, view.council.timeZone);
      lines.push(
        `  ${when}  ${event.type}${choice}  ${labels[locale].seat} ${event.seatId} ← ${event.memberId}`,
      );
    }
  }
  return lines.join('\n');
}

export function renderHearingLine(locale: Locale, hearing: Hearing, timeZone: string): string {
  return `${hearing.id}  ${hearing.title} — ${t(locale, `mode.${hearing.mode}`)}, ${t(
    locale,
    'hearing.deadline',
    {
      when: formatDeadline(locale, hearing.deadline, timeZone),
    },
  )}`;
}

export type RosterFailure = {
  readonly code: 'roster_invalid';
  readonly problems: readonly RosterLineProblem[];
};

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

const labels = {
  da: {
    outcome: 'Resultat',
    rules: 'Regler',
    seats: 'Pladser:',
    recused: 'inhabil',
    answered: 'har svaret',
    substitute: 'suppleant',
    audit: 'Log:',
    seat: 'plads',
  },
  en: {
    outcome: 'Result',
    rules: 'Rules',
    seats: 'Seats:',
    recused: 'recused',
    answered: 'answered',
    substitute: 'substitute',
    audit: 'Audit trail:',
    seat: 'seat',
  },
} as const;
