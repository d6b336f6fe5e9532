import type { Council } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/council/index.ts';
import {
  adaptiveCard,
  execute,
  heading,
  textBlock,
  type AdaptiveCard,
} from '../cards/adaptive-card.ts';

/**
 * "Move to another council?": asked of the holding council's secretariat
 * before a bound conversation or organisation changes hands, in that
 * council's language, saying what the move takes away.
 */
export function moveBindingCard(
  scope: 'personal' | 'channel',
  council: Pick<Council, 'id' | 'name'>,
  from: Pick<Council, 'id' | 'name' | 'locale'>,
): AdaptiveCard {
  const locale = from.locale;
  const names = { council: council.name, from: from.name };
  const explanation = t(
    locale,
    scope === 'personal' ? 'teams.bind.confirm_personal' : 'teams.bind.confirm_channel',
    names,
  );
  return adaptiveCard([heading(t(locale, 'teams.bind.confirm_heading')), textBlock(explanation)], {
    actions: [
      execute(
        t(locale, 'teams.bind.confirm_move', names),
        'moveBinding',
        { councilId: council.id, from: from.id },
        { style: 'destructive' },
      ),
      execute(t(locale, 'confirm.cancel'), 'keepBinding', { from: from.id }),
    ],
    fallbackText: explanation,
  });
}
