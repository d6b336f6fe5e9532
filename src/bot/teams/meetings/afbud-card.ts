import type { Locale } from '../../../domain/council/council.ts';
import type { Meeting } from '../../../domain/meetings/meeting.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { meetingWhenText } from '../../present/meetings/meeting-dm-presentation.ts';
import {
  adaptiveCard,
  execute,
  fieldError,
  heading,
  textBlock,
  textInput,
  type AdaptiveCard,
  type CardElement,
} from '../cards/adaptive-card.ts';
import { meetingVerbNames } from './meeting-verb-names.ts';

/** Same limit as the use case's reason field. */
const reasonMax = 2000;

/**
 * "Meld afbud" asked: the meeting, what afbud means for the seat, an
 * optional reason, and the button that sends it (the same verb, with
 * `send`). A refusal is shown under the reason, the card kept as it was.
 */
export function afbudCard(
  locale: Locale,
  meeting: Pick<Meeting, 'id' | 'title' | 'start' | 'end'>,
  reason = '',
  problem?: string,
): AdaptiveCard {
  const intro = t(locale, 'meeting.afbud_modal.intro', {
    title: meeting.title,
    when: meetingWhenText(locale, meeting),
  });
  const body: CardElement[] = [
    heading(t(locale, 'meeting.afbud.heading')),
    textBlock(intro),
    textInput('reason', {
      label: t(locale, 'meeting.afbud_modal.reason'),
      isMultiline: true,
      maxLength: reasonMax,
      value: reason,
    }),
  ];
  if (problem !== undefined) body.push(fieldError(problem));
  return adaptiveCard(body, {
    actions: [
      execute(
        t(locale, 'meeting.afbud_modal.submit'),
        meetingVerbNames.afbud,
        { meetingId: meeting.id, send: 'yes' },
        { style: 'destructive' },
      ),
    ],
    fallbackText: intro,
  });
}
