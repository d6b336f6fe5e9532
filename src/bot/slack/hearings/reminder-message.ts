import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import { formatDeadline, t } from '../../../i18n/hearings/index.ts';
import { context, section, type SlackMessage } from '../blocks/block-kit.ts';
import { hearingCard } from './hearing-card.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';

/**
 * A reminder DM to whoever holds a seat that has not answered: the member,
 * or their substitute during afbud. It carries the buttons, so answering is
 * one click from the notification.
 */
export function reminderMessage(view: HearingView): SlackMessage {
  const locale = view.council.locale;
  const when = formatDeadline(locale, view.hearing.deadline, view.council.timeZone);
  const seatId = view.viewer?.seatId;
  const forSomeoneElse = seatId !== undefined && seatId !== view.viewer?.member.id;
  const member = view.seats.find((seat) => seat.seatId === seatId)?.memberName ?? seatId ?? '';
  const text = forSomeoneElse
    ? t(locale, 'hearing.reminder_substitute', { member, title: view.hearing.title, when })
    : t(locale, 'hearing.reminder', { title: view.hearing.title, when });
  return {
    text: escapeMrkdwn(text),
    blocks: [
      section(escapeMrkdwn(text)),
      context(t(locale, 'reminder.answer_here')),
      // The opening sentence says where they stand; the card adds the buttons, not that again.
      ...hearingCard(view, { withoutStanceLine: true }),
    ],
  };
}
