import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import type { Ballot } from '../../../domain/hearings/ballot.ts';
import { choicesIn, type Choice } from '../../../domain/hearings/hearing.ts';
import { formatLocalStamp, t, type MessageKey } from '../../../i18n/hearings/index.ts';
import { choiceLabel, seatPersonLabel } from '../../present/hearings/hearing-presentation.ts';
import { auditPerson, auditSentence, type People } from './audit-lines.ts';
import { encodeCsv } from '../csv.ts';

/**
 * A hearing as a file for the secretariat: one row per seat, or one row per
 * audit event. A secret hearing's file never ties an answer to a name: the
 * seats show only who answered, and the answers follow as a separate count in
 * the fixed order of the answers (never in the order they were cast).
 */
export type ExportFormat = 'csv' | 'json';
export const exportFormats: readonly ExportFormat[] = ['csv', 'json'];

interface SeatRow {
  readonly seat: string;
  readonly member: string;
  readonly organisation: string;
  readonly recused: boolean;
  readonly answered: boolean;
  /** "Sune Suppleant (KL, suppleant for Karen Kommune)", when answered. */
  readonly answeredBy?: string;
  readonly actingAs?: Ballot['actingAs'];
  /** Left out in a secret hearing. */
  readonly answer?: string;
  readonly reason?: string;
  readonly answeredAt?: string;
  /** How often the seat's answer was changed or withdrawn after it was first given. */
  readonly changes: number;
  readonly lastChangedAt?: string;
}

function seatRows(view: HearingView): SeatRow[] {
  const locale = view.council.locale;
  return view.seats.map((seat) => {
    const changes = view.audit.filter(
      (event) =>
        event.seatId === seat.seatId && (event.type === 'change' || event.type === 'withdraw'),
    );
    const lastChange = changes.at(-1)?.at;
    return {
      seat: seat.seatId,
      member: seat.memberName,
      organisation: seat.organisation,
      recused: seat.recused,
      answered: seat.responded,
      ...(seat.answeredBy
        ? { answeredBy: seatPersonLabel(locale, seat), actingAs: seat.answeredBy.actingAs }
        : {}),
      ...(seat.ballot
        ? {
            answer: choiceLabel(locale, view.hearing, seat.ballot.choice),
            ...(seat.ballot.reason ? { reason: seat.ballot.reason } : {}),
            answeredAt: seat.ballot.castAt,
          }
        : {}),
      changes: changes.length,
      ...(lastChange === undefined ? {} : { lastChangedAt: lastChange }),
    };
  });
}

/** The answers of a secret hearing as counts, in the fixed order of the answers. */
function secretTally(view: HearingView): { answer: string; count: number }[] | undefined {
  const tally = view.tally;
  if (view.hearing.rules.ballot !== 'secret' || tally === undefined) return undefined;
  const countOf: Record<Choice, number> = {
    for: tally.for,
    against: tally.against,
    abstain: tally.abstain,
    objection: tally.objections,
    comment: tally.comments,
  };
  return choicesIn(view.hearing.mode).map((choice) => ({
    answer: choiceLabel(view.council.locale, view.hearing, choice),
    count: countOf[choice],
  }));
}

const hearingHeader = (view: HearingView) => ({
  id: view.hearing.id,
  title: view.hearing.title,
  council: view.council.id,
  mode: view.hearing.mode,
  ballot: view.hearing.rules.ballot,
  state: view.hearing.state,
  deadline: view.hearing.deadline,
  ...(view.hearing.result ? { outcome: view.hearing.result.outcome } : {}),
});

/** `hearing export ID`: one row per seat. */
export function exportSeats(view: HearingView, format: ExportFormat): string {
  const rows = seatRows(view);
  const tally = secretTally(view);
  if (format === 'json')
    return `${JSON.stringify({ hearing: hearingHeader(view), seats: rows, ...(tally ? { tally } : {}) }, null, 2)}\n`;
  const locale = view.council.locale;
  const zone = view.council.timeZone;
  const column = (key: string) => t(locale, `cli.export.col.${key}` as MessageKey);
  const stamp = (instant: string | undefined) =>
    instant === undefined ? '' : formatLocalStamp(instant, zone);
  const table: (string | number | undefined)[][] = [
    [
      'seat',
      'member',
      'organisation',
      'answered_by',
      'acting_as',
      'answer',
      'reason',
      'answered_at',
      'changes',
      'last_change',
    ].map(column),
    ...rows.map((row) => [
      row.seat,
      row.member,
      row.organisation,
      row.answeredBy,
      row.actingAs ? t(locale, `cli.export.acting.${row.actingAs}`) : '',
      row.recused
        ? t(locale, 'cli.show.recused')
        : (row.answer ?? (row.answered ? t(locale, 'cli.export.answered_secret') : '')),
      row.reason,
      stamp(row.answeredAt),
      row.changes,
      stamp(row.lastChangedAt),
    ]),
  ];
  if (tally) {
    // A second table after an empty line: the count cannot be matched to the rows above.
    table.push([], [column('answer'), column('count')]);
    for (const line of tally) table.push([line.answer, line.count]);
  }
  return encodeCsv(table);
}

/** `hearing export ID --audit`: one row per audit event, answers left out in a secret hearing. */
export function exportAudit(view: HearingView, people: People, format: ExportFormat): string {
  const locale = view.council.locale;
  const events = view.audit.map((event) => ({
    at: event.at,
    event: event.type,
    seat: event.seatId,
    by: event.memberId,
    person: auditPerson(locale, event, people),
    actingAs: event.memberId === event.seatId ? ('member' as const) : ('substitute' as const),
    ...(event.choice ? { answer: choiceLabel(locale, view.hearing, event.choice) } : {}),
    ...(event.reason ? { reason: event.reason } : {}),
    text: auditSentence(view, event, people),
  }));
  if (format === 'json')
    return `${JSON.stringify({ hearing: hearingHeader(view), events }, null, 2)}\n`;
  const column = (key: string) => t(locale, `cli.export.col.${key}` as MessageKey);
  return encodeCsv([
    ['time', 'event', 'seat', 'by', 'acting_as', 'answer', 'reason'].map(column),
    ...events.map((row) => [
      formatLocalStamp(row.at, view.council.timeZone),
      t(locale, `cli.export.event.${row.event}`),
      people.get(row.seat)?.name ?? row.seat,
      row.person,
      t(locale, `cli.export.acting.${row.actingAs}`),
      row.answer,
      row.reason,
    ]),
  ]);
}
