import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { textBlock, type CardElement } from '../cards/adaptive-card.ts';

/** Past this many characters a text is cut on the card, with "Vis mere" showing the rest. */
export const shownChars = 400;

/**
 * A text that may be long (a Beslutning): as it is when short; else cut,
 * with "Vis mere" (Action.ToggleVisibility) swapping in the whole text.
 */
export function longText(locale: Locale, id: string, text: string): CardElement[] {
  const chars = [...text];
  if (chars.length <= shownChars) return [textBlock(text)];
  return [
    textBlock(`${chars.slice(0, shownChars - 1).join('')}…`, { id: `${id}-short` }),
    { ...textBlock(text, { id: `${id}-full` }), isVisible: false },
    {
      type: 'ActionSet',
      actions: [
        {
          type: 'Action.ToggleVisibility',
          title: t(locale, 'meeting.chat.show_more'),
          targetElements: [`${id}-short`, `${id}-full`],
        },
      ],
    },
  ];
}
