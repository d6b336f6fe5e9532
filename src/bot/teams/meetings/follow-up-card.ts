import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/meetings/index.ts';
import type { FollowUpGroup } from '../../present/meetings/follow-up-groups.ts';
import {
  actionSet,
  adaptiveCard,
  container,
  execute,
  heading,
  textBlock,
  type AdaptiveCard,
  type CardElement,
} from '../cards/adaptive-card.ts';
import { longText } from './long-text.ts';
import { meetingVerbNames } from './meeting-verb-names.ts';

/** Points shown on one card; a sheet of hundreds of open points is counted, not drawn. */
const pointsShown = 60;

/**
 * The follow-up sheet in Teams: the open points grouped by meeting, each
 * with "Markér som udført" for whoever may mark it. A line on top says
 * what a click just did (good) or why it did nothing (attention).
 */
export function followUpCard(
  locale: Locale,
  groups: readonly FollowUpGroup[],
  banner?: { readonly text: string; readonly tone: 'good' | 'attention' },
): AdaptiveCard {
  const body: CardElement[] = [heading(t(locale, 'meeting.followup_chat.heading'))];
  if (banner !== undefined)
    body.push(textBlock(banner.text, { color: banner.tone === 'good' ? 'Good' : 'Attention' }));
  if (groups.length === 0) body.push(textBlock(t(locale, 'meeting.followup_chat.none')));
  let shown = 0;
  let total = 0;
  for (const group of groups) {
    total += group.points.length;
    const points = group.points.slice(0, Math.max(0, pointsShown - shown));
    if (points.length === 0) continue;
    shown += points.length;
    const items: CardElement[] = [textBlock(group.heading, { weight: 'Bolder', size: 'Medium' })];
    for (const point of points) {
      items.push(
        textBlock(point.title, { weight: 'Bolder', spacing: 'Medium' }),
        ...longText(
          locale,
          `decision-${point.pointId.replace(/[^A-Za-z0-9_-]/g, '-')}`,
          point.decision,
        ),
        textBlock(point.facts, { isSubtle: true, spacing: 'None', size: 'Small' }),
      );
      if (point.mayMarkDone)
        items.push(
          actionSet([
            execute(t(locale, 'meeting.followup_chat.mark_done'), meetingVerbNames.followUpDone, {
              meetingId: point.meetingId,
              point: point.pointId,
            }),
          ]),
        );
    }
    body.push(container(items, true));
  }
  if (total > shown)
    body.push(
      textBlock(t(locale, 'meeting.followup_chat.more', { count: total - shown }), {
        isSubtle: true,
      }),
    );
  return adaptiveCard(body, {
    fallbackText: banner?.text ?? t(locale, 'meeting.followup_chat.text'),
  });
}
