import type { Council } from '../../../domain/council/council.ts';
import type { Hearing } from '../../../domain/hearings/hearing.ts';
import { t } from '../../../i18n/hearings/index.ts';
import {
  adaptiveCard,
  execute,
  heading,
  textBlock,
  type AdaptiveCard,
} from '../cards/adaptive-card.ts';

/**
 * "Luk høringen nu" asks first (Adaptive Cards have no confirm dialog): what
 * closing now leads to, then "Ja, luk høringen" or "Fortryd". The text shown
 * travels with the confirmation, so the close can tell whether it still holds.
 */
export function closeConfirmationCard(
  council: Council,
  hearing: Pick<Hearing, 'id' | 'title'>,
  previewText: string,
  options: { origin: 'card' | 'mine'; changed?: boolean },
): AdaptiveCard {
  const locale = council.locale;
  const data = { hearingId: hearing.id, origin: options.origin };
  return adaptiveCard(
    [
      heading(t(locale, 'manage.close_title')),
      textBlock(t(locale, 'manage.close_question', { title: hearing.title })),
      ...(options.changed
        ? [textBlock(t(locale, 'manage.close_changed'), { color: 'Warning' })]
        : []),
      textBlock(previewText, { weight: 'Bolder' }),
    ],
    {
      actions: [
        execute(
          t(locale, 'manage.close_confirm'),
          'confirmClose',
          { ...data, seen: previewText },
          { style: 'destructive', associatedInputs: 'none' },
        ),
        execute(t(locale, 'confirm.cancel'), 'cancelClose', data, {
          associatedInputs: 'none',
        }),
      ],
      fallbackText: `${t(locale, 'manage.close_title')} ${previewText}`,
    },
  );
}
