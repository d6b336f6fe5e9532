import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import { choicesIn } from '../../../domain/hearings/hearing.ts';
import { formatDeadline, t } from '../../../i18n/hearings/index.ts';
import {
  choiceLabel,
  presentHearing,
  seatPersonLabel,
} from '../../present/hearings/hearing-presentation.ts';
import { context, section, type Block, type SlackMessage } from '../blocks/block-kit.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';

/**
 * The result posted in the hearing's thread at close: outcome, counts and —
 * a public body's votes being named by default — who answered what, by the
 * person who cast the ballot and the seat they held. In a
 * secret hearing the view carries no ballots, so no names are listed.
 */
export function resultReply(view: HearingView): SlackMessage {
  const shown = presentHearing(view);
  const locale = view.council.locale;
  const outcome = shown.outcome ?? shown.state;
  const blocks: Block[] = [
    section(`*${escapeMrkdwn(t(locale, 'result.heading', { title: shown.title }))}*\n${outcome}`),
    context(shown.counts, ...(shown.closedNote ? [escapeMrkdwn(shown.closedNote)] : [])),
  ];
  const seats = view.seats.filter((seat) => !seat.recused);
  if (seats.some((seat) => seat.ballot !== undefined)) {
    // Who cast each seat's ballot, and for whose seat when a substitute did.
    const nameOf = (seat: (typeof seats)[number]) => escapeMrkdwn(seatPersonLabel(locale, seat));
    const lines = choicesIn(view.hearing.mode).flatMap((choice) => {
      const names = seats.filter((seat) => seat.ballot?.choice === choice).map(nameOf);
      return names.length === 0
        ? []
        : [
            t(locale, 'result.voters', {
              choice: `*${choiceLabel(locale, view.hearing, choice)}*`,
              names: names.join(', '),
            }),
          ];
    });
    const silent = seats.filter((seat) => !seat.responded).map(nameOf);
    if (silent.length > 0) lines.push(t(locale, 'result.no_answer', { names: silent.join(', ') }));
    blocks.push(...lines.map((line) => section(line)));
  }
  return {
    text: escapeMrkdwn(t(locale, 'hearing.closed', { title: shown.title, outcome })),
    blocks,
  };
}

export function cancelledReply(view: HearingView): SlackMessage {
  const text = t(view.council.locale, 'hearing.cancelled', { title: view.hearing.title });
  return { text: escapeMrkdwn(text), blocks: [section(escapeMrkdwn(text))] };
}

export function deadlineMovedReply(view: HearingView): SlackMessage {
  const locale = view.council.locale;
  const when = formatDeadline(locale, view.hearing.deadline, view.council.timeZone);
  const text = t(locale, 'hearing.deadline_moved', { title: view.hearing.title, when });
  return { text: escapeMrkdwn(text), blocks: [section(escapeMrkdwn(text))] };
}
