import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import type { AuditEvent } from '../../../domain/hearings/ballot.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type { Member } from '../../../domain/council/roster.ts';
import { formatMoment, t } from '../../../i18n/hearings/index.ts';
import { choiceLabel, seatPersonLabel } from '../../present/hearings/hearing-presentation.ts';

/** Names and organisations of the council's people, by id (from the roster). */
export type People = ReadonlyMap<string, Pick<Member, 'name' | 'organisation'>>;

export const peopleOf = (members: readonly Member[]): People =>
  new Map(members.map((member) => [member.id, member]));

/**
 * Who acted in an audit event and for which seat, as every record names them:
 * "Sune Suppleant (KL, suppleant for Karen Kommune)".
 */
export function auditPerson(locale: Locale, event: AuditEvent, people: People): string {
  const seat = people.get(event.seatId) ?? { name: event.seatId, organisation: '' };
  const person = people.get(event.memberId)?.name ?? event.memberId;
  return seatPersonLabel(locale, {
    memberName: seat.name,
    organisation: seat.organisation,
    holderName: person,
    answeredBy: {
      name: person,
      actingAs: event.memberId === event.seatId ? 'member' : 'substitute',
    },
  });
}

/**
 * What happened, as a sentence: "Sune Suppleant (KL, suppleant for Karen
 * Kommune) stemte Undlader". In a secret hearing the view carries no answers,
 * so the sentence says only that a vote was cast or changed.
 */
export function auditSentence(
  view: Pick<HearingView, 'council' | 'hearing'>,
  event: AuditEvent,
  people: People,
): string {
  const locale = view.council.locale;
  const who = auditPerson(locale, event, people);
  const choice = event.choice;
  const isVote = view.hearing.mode === 'vote';
  switch (event.type) {
    case 'cast':
      if (choice === 'objection') return t(locale, 'cli.audit.objection', { who });
      if (choice === 'comment') return t(locale, 'cli.audit.comment', { who });
      // "undlod at stemme" rather than "stemte Undlader at stemme", unless the hearing renamed it.
      if (choice === 'abstain' && view.hearing.labels?.abstain === undefined)
        return t(locale, 'cli.audit.abstain', { who });
      return choice === undefined
        ? t(locale, 'cli.audit.cast_secret', { who })
        : t(locale, 'cli.audit.cast', { who, choice: choiceLabel(locale, view.hearing, choice) });
    case 'change':
      if (choice === 'comment') return t(locale, 'cli.audit.change_comment', { who });
      return choice === undefined
        ? t(locale, 'cli.audit.change_secret', { who })
        : t(locale, 'cli.audit.change', { who, choice: choiceLabel(locale, view.hearing, choice) });
    case 'withdraw':
      return t(locale, isVote ? 'cli.audit.withdraw' : 'cli.audit.withdraw_answer', { who });
    case 'recusal':
      return t(locale, 'cli.audit.recusal', { who });
  }
}

/** "29. nov. kl. 10.42  Sune Suppleant (KL, suppleant for Karen Kommune) stemte Undlader — «…»" */
export function auditLine(
  view: Pick<HearingView, 'council' | 'hearing'>,
  event: AuditEvent,
  people: People,
): string {
  const when = formatMoment(view.council.locale, event.at, view.council.timeZone);
  const reason = event.reason ? ` — «${event.reason}»` : '';
  return `${when}  ${auditSentence(view, event, people)}${reason}`;
}
