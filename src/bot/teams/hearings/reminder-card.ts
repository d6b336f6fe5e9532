import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import { formatDeadline, t } from '../../../i18n/hearings/index.ts';
import { adaptiveCard, textBlock, type AdaptiveCard } from '../cards/adaptive-card.ts';
import { hearingCardParts } from './hearing-card.ts';

/** The reminder's sentence: to the member, or to the substitute holding their seat. */
export function reminderText(view: HearingView): string {
  const locale = view.council.locale;
  const when = formatDeadline(locale, view.hearing.deadline, view.council.timeZone);
  const seatId = view.viewer?.seatId;
  const forSomeoneElse = seatId !== undefined && seatId !== view.viewer?.member.id;
  const member = view.seats.find((seat) => seat.seatId === seatId)?.memberName ?? seatId ?? '';
  return forSomeoneElse
    ? t(locale, 'hearing.reminder_substitute', { member, title: view.hearing.title, when })
    : t(locale, 'hearing.reminder', { title: view.hearing.title, when });
}

/**
 * A reminder in a member's 1:1 chat with the bot: the sentence, then the
 * hearing with its buttons, so answering is one click from the notification.
 * `view` is the reminded person's own view (viewerId).
 */
export function reminderCard(view: HearingView): AdaptiveCard {
  const text = reminderText(view);
  // The opening sentence says where they stand; the card adds the buttons, not that again.
  const { elements, actions } = hearingCardParts(view, { withoutStanceLine: true });
  return adaptiveCard(
    [
      textBlock(text, { weight: 'Bolder' }),
      textBlock(t(view.council.locale, 'reminder.answer_here'), {
        isSubtle: true,
        spacing: 'Small',
      }),
      ...elements,
    ],
    { actions, fallbackText: text },
  );
}
