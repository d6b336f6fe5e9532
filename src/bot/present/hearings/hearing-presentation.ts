import type { HearingView, SeatLine } from '../../../app/hearings/view-hearing.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { choicesIn, type Choice, type Hearing } from '../../../domain/hearings/hearing.ts';
import { formatDeadline, t, type MessageKey } from '../../../i18n/hearings/index.ts';

/**
 * A hearing as every surface shows it: Block Kit, Adaptive Cards and the CLI
 * each lay out these same texts, so Slack and Teams say the same thing.
 */
export interface HearingPresentation {
  readonly hearingId: string;
  readonly title: string;
  readonly proposal: string;
  /** "Dagsordenspunkt 0.1.1", when linked to an agenda item. */
  readonly agendaItem?: string;
  readonly mode: string;
  readonly deadline: string;
  readonly state: string;
  readonly isOpen: boolean;
  /** Live counts, or the hidden-results line, or the final counts. */
  readonly counts: string;
  /** "Vedtaget — For: 5 · Imod: 1 ...", once closed. */
  readonly outcome?: string;
  readonly closedNote?: string;
  readonly explainer?: string;
  /** The answers a voter can give, with their labels, while open. */
  readonly options: readonly { readonly choice: Choice; readonly label: string }[];
  /** Whether answering needs (Imod / objection / comment) a text. */
  readonly reasonFor: readonly Choice[];
  readonly rulesSummary: string;
}

export const choiceLabel = (
  locale: Locale,
  hearing: Pick<Hearing, 'labels'>,
  choice: Choice,
): string => {
  const custom =
    choice === 'for' || choice === 'against' || choice === 'abstain'
      ? hearing.labels?.[choice]
      : undefined;
  return custom ?? t(locale, `choice.${choice}`);
};

/**
 * The person behind a seat's answer and the seat they held, as every record
 * names them: "Karen Kommune (KL)", or "Sune Suppleant (KL, suppleant for
 * Karen Kommune)" when the substitute answered (or, unanswered, holds the seat).
 */
export function seatPersonLabel(
  locale: Locale,
  seat: Pick<SeatLine, 'memberName' | 'organisation' | 'holderName' | 'answeredBy'>,
): string {
  const person = seat.answeredBy ?? {
    name: seat.holderName,
    actingAs: seat.holderName === seat.memberName ? 'member' : 'substitute',
  };
  return person.actingAs === 'substitute'
    ? t(locale, 'hearing.seat_person_substitute', {
        name: person.name,
        organisation: seat.organisation,
        member: seat.memberName,
      })
    : t(locale, 'hearing.seat_person', { name: person.name, organisation: seat.organisation });
}

function countsLine(locale: Locale, view: HearingView): string {
  const { hearing, tally } = view;
  const responded = view.seats.filter((seat) => seat.responded && !seat.recused).length;
  const eligible = view.seats.filter((seat) => !seat.recused).length;
  if (tally === undefined) return t(locale, 'hearing.counts_hidden', { responded, eligible });
  const counts = { ...tally };
  const key: MessageKey =
    hearing.mode === 'vote'
      ? 'hearing.counts'
      : hearing.mode === 'silence'
        ? 'hearing.counts_silence'
        : 'hearing.counts_comments';
  return t(locale, key, counts);
}

function closedNote(locale: Locale, view: HearingView): string | undefined {
  const closedBy = view.hearing.closedBy;
  if (view.hearing.state !== 'closed' || closedBy === undefined) return undefined;
  if (closedBy === 'deadline') return t(locale, 'hearing.closed_by.deadline');
  if (closedBy === 'all_responded') return t(locale, 'hearing.closed_by.all_responded');
  const name = view.closedByName ?? closedBy;
  return t(locale, 'hearing.closed_by.member', { name });
}

export function presentHearing(view: HearingView): HearingPresentation {
  const locale = view.council.locale;
  const { hearing } = view;
  const isOpen = hearing.state === 'open';
  const rules = hearing.rules;
  const rulesSummary =
    hearing.mode === 'vote'
      ? [
          t(locale, `majority.${rules.majority}`),
          t(locale, `ballot.${rules.ballot}`),
          t(locale, `results.${rules.results}`),
        ].join(' · ')
      : t(locale, `mode.${hearing.mode}`);
  const outcome = hearing.result ? t(locale, `outcome.${hearing.result.outcome}`) : undefined;
  const note = closedNote(locale, view);
  return {
    hearingId: hearing.id,
    title: hearing.title,
    proposal: hearing.proposal,
    ...(hearing.agendaItem
      ? { agendaItem: t(locale, 'hearing.agenda_item', { item: hearing.agendaItem }) }
      : {}),
    mode: t(locale, `mode.${hearing.mode}`),
    deadline: t(locale, 'hearing.deadline', {
      when: formatDeadline(locale, hearing.deadline, view.council.timeZone),
    }),
    state: t(locale, `state.${hearing.state}`),
    isOpen,
    counts: countsLine(locale, view),
    ...(outcome === undefined ? {} : { outcome }),
    ...(note === undefined ? {} : { closedNote: note }),
    ...(hearing.mode === 'silence' ? { explainer: t(locale, 'hearing.silence_explainer') } : {}),
    options: isOpen
      ? choicesIn(hearing.mode).map((choice) => ({
          choice,
          label: choiceLabel(locale, hearing, choice),
        }))
      : [],
    reasonFor:
      hearing.mode === 'vote'
        ? rules.reasonRequiredWithAgainst
          ? ['against']
          : []
        : choicesIn(hearing.mode),
    rulesSummary,
  };
}
