import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import type { Council } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/hearings/index.ts';
import {
  actionSet,
  adaptiveCard,
  container,
  heading,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from '../cards/adaptive-card.ts';
import { hearingCardParts, type HearingCardOptions } from './hearing-card.ts';
import { manageSection, type ManageNotice } from './manage-section.ts';

/** How many hearings one card lists; a council rarely has more open at once. */
export const MY_HEARINGS_SHOWN = 8;

/**
 * "Mine høringer": the open hearings as the member sees them — their own
 * ballot, the buttons to answer, and for the secretariat and the chair group
 * a section of its own below them: who has not answered, "Påmind nu" and
 * "Luk høringen nu". One block per hearing, soonest deadline first.
 */
export function myHearingsCard(
  council: Council,
  views: readonly HearingView[],
  options: {
    /** How many open hearings there are, when more than the views given. */
    total?: number;
    notices?: Readonly<Record<string, HearingCardOptions['notice']>>;
    reasonErrors?: Readonly<Record<string, string>>;
    /** What "Påmind nu" or closing just did, shown in that hearing's management section. */
    manageNotices?: Readonly<Record<string, ManageNotice>>;
  } = {},
): AdaptiveCard {
  const locale = council.locale;
  const body: CardElement[] = [heading(t(locale, 'teams.mine.heading'))];
  if (views.length === 0) body.push(textBlock(t(locale, 'mine.empty')));
  for (const view of views.slice(0, MY_HEARINGS_SHOWN)) {
    const notice = options.notices?.[view.hearing.id];
    const reasonError = options.reasonErrors?.[view.hearing.id];
    const { elements, actions } = hearingCardParts(view, {
      origin: 'mine',
      ...(notice ? { notice } : {}),
      ...(reasonError ? { reasonError } : {}),
    });
    const manage = manageSection(view, options.manageNotices?.[view.hearing.id]);
    body.push(
      container(
        [
          ...elements,
          ...(actions.length > 0 ? [actionSet(actions)] : []),
          ...(manage ? [manage] : []),
        ],
        true,
      ),
    );
  }
  const hidden =
    Math.max(options.total ?? views.length, views.length) -
    Math.min(views.length, MY_HEARINGS_SHOWN);
  if (hidden > 0)
    body.push(
      textBlock(t(locale, 'teams.mine.more', { count: hidden }), {
        isSubtle: true,
      }),
    );
  return adaptiveCard(body, { fallbackText: t(locale, 'teams.mine.heading') });
}
