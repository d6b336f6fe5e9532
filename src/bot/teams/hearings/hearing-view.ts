import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import type { Member } from '../../../domain/council/roster.ts';
import type { AdaptiveCard } from '../cards/adaptive-card.ts';
import type { TeamsKit } from '../handlers/teams-kit.ts';
import { hearingCard, type HearingCardOptions } from './hearing-card.ts';

/** A hearing as someone sees it (their ballot), or as everyone sees it (no viewer). */
export function hearingViewFor(
  kit: TeamsKit,
  councilId: string,
  hearingId: string,
  viewer?: Member,
) {
  return kit.deps.useCases.viewHearing({
    councilId,
    hearingId,
    withAudit: false,
    ...(viewer ? { viewerId: viewer.id } : {}),
  });
}

/** The hearing card with refresh: for the viewer when given, else the shared one. */
export async function hearingCardFor(
  kit: TeamsKit,
  view: HearingView,
  options: HearingCardOptions = {},
): Promise<AdaptiveCard> {
  const audience = await kit.audience.of(view.council.id);
  return hearingCard(view, {
    refreshUserIds: audience.userIds,
    showMineButton: audience.overflow,
    ...options,
  });
}
