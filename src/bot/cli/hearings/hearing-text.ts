import type { HearingView, SeatLine } from '../../../app/hearings/view-hearing.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type { Hearing } from '../../../domain/hearings/hearing.ts';
import { formatDeadline, t } from '../../../i18n/hearings/index.ts';
import {
  choiceLabel,
  presentHearing,
  seatPersonLabel,
} from '../../present/hearings/hearing-presentation.ts';
import { auditLine, type People } from './audit-lines.ts';

/** Plain-text rendering for the command line: the same presentation as the chat cards. */
export function renderHearingText(view: HearingView, people: People): string {
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
    ...(shown.outcome ? [`${t(locale, 'cli.show.outcome')}: ${shown.outcome}`] : []),
    shown.counts,
    ...(shown.closedNote ? [shown.closedNote] : []),
    `${t(locale, 'rules.heading')}: ${shown.rulesSummary}`,
  ];
  lines.push('', t(locale, 'cli.show.seats'));
  for (const seat of view.seats) lines.push(`  ${seatLine(view, seat)}`);
  if (view.audit.length > 0) {
    lines.push('', t(locale, 'cli.show.audit'));
    for (const event of view.audit) lines.push(`  ${auditLine(view, event, people)}`);
  }
  return lines.join('\n');
}

/**
 * "Sune Suppleant (KL, suppleant for Karen Kommune): Undlader". In a secret
 * hearing the view holds no ballots, so a seat shows only that it answered.
 */
function seatLine(view: HearingView, seat: SeatLine): string {
  const locale = view.council.locale;
  const answer = seat.recused
    ? t(locale, 'cli.show.recused')
    : seat.ballot
      ? `${choiceLabel(locale, view.hearing, seat.ballot.choice)}${seat.ballot.reason ? ` — «${seat.ballot.reason}»` : ''}`
      : seat.responded
        ? t(locale, 'cli.show.answered')
        : t(locale, 'cli.show.not_answered');
  return `${seatPersonLabel(locale, seat)}: ${answer}`;
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
