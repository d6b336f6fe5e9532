import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import { choicesIn } from '../../../domain/hearings/hearing.ts';
import { t } from '../../../i18n/hearings/index.ts';
import {
  choiceLabel,
  presentHearing,
  seatPersonLabel,
} from '../../present/hearings/hearing-presentation.ts';
import {
  adaptiveCard,
  heading,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from '../cards/adaptive-card.ts';

/**
 * The result posted in the council's conversation when a hearing closes:
 * outcome, counts and — a public body's votes being named by default — who
 * answered what, by the person who cast the ballot and the seat they held.
 * A secret hearing's view carries no ballots, so no names.
 */
export function resultCard(view: HearingView): AdaptiveCard {
  const shown = presentHearing(view);
  const locale = view.council.locale;
  const outcome = shown.outcome ?? shown.state;
  const body: CardElement[] = [
    heading(t(locale, 'result.heading', { title: shown.title })),
    textBlock(outcome, {
      weight: 'Bolder',
      color: view.hearing.result?.outcome === 'adopted' ? 'Good' : 'Attention',
      spacing: 'Small',
    }),
    textBlock(shown.counts),
  ];
  if (shown.closedNote) body.push(textBlock(shown.closedNote, { isSubtle: true, spacing: 'None' }));
  const seats = view.seats.filter((seat) => !seat.recused);
  if (seats.some((seat) => seat.ballot !== undefined)) {
    // Who cast the seat's ballot: a substitute is named as such, for the member they stood in for.
    const nameOf = (seat: (typeof seats)[number]) => seatPersonLabel(locale, seat);
    for (const choice of choicesIn(view.hearing.mode)) {
      const names = seats.filter((seat) => seat.ballot?.choice === choice).map(nameOf);
      if (names.length > 0)
        body.push(
          textBlock(
            t(locale, 'result.voters', {
              choice: `**${choiceLabel(locale, view.hearing, choice)}**`,
              names: names.join(', '),
            }),
            { spacing: 'Small' },
          ),
        );
    }
    const silent = seats.filter((seat) => !seat.responded).map(nameOf);
    if (silent.length > 0)
      body.push(
        textBlock(t(locale, 'result.no_answer', { names: silent.join(', ') }), {
          isSubtle: true,
          spacing: 'Small',
        }),
      );
  }
  return adaptiveCard(body, {
    fallbackText: t(locale, 'hearing.closed', { title: shown.title, outcome }),
  });
}
