import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/discussions/index.ts';
import { textBlock, type CardElement } from '../cards/adaptive-card.ts';
import { clipText } from '../meetings/index.ts';

/**
 * A text that may be long (an answer in the opsamling, a topic's questions):
 * as it is when short; else its start, with "Vis mere"
 * (Action.ToggleVisibility) showing the rest — cut at `fullMax` with a note
 * when even that would not fit the card.
 */
export function longText(
  locale: Locale,
  id: string,
  text: string,
  shownMax: number,
  fullMax: number,
): CardElement[] {
  const whole = text.trim();
  if ([...whole].length <= shownMax) return [textBlock(whole, { spacing: 'Small' })];
  const full = clipText(whole, Math.max(fullMax, shownMax));
  return [
    {
      type: 'Container',
      id: `${id}-short`,
      spacing: 'Small',
      items: [textBlock(clipText(whole, shownMax), { spacing: 'None' })],
    },
    {
      type: 'Container',
      id: `${id}-full`,
      isVisible: false,
      spacing: 'Small',
      items: [
        textBlock(full, { spacing: 'None' }),
        ...(full === whole
          ? []
          : [
              textBlock(t(locale, 'teams.discussion.cut_note'), {
                isSubtle: true,
                size: 'Small' as const,
              }),
            ]),
      ],
    },
    {
      type: 'ActionSet',
      spacing: 'None',
      actions: [
        {
          type: 'Action.ToggleVisibility',
          title: t(locale, 'teams.discussion.show_more'),
          targetElements: [`${id}-short`, `${id}-full`],
        },
      ],
    },
  ];
}
