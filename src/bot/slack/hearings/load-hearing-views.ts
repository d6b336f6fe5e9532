import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import type { Failure } from '../../../domain/errors.ts';
import type { SlackDeps } from '../slack-deps.ts';

/**
 * The member's open hearings, each as they see it (own ballot, buttons),
 * soonest deadline first, at most `limit` of them rendered in full. Reads
 * only, so it runs after the ack.
 */
export async function loadMyHearingViews(
  deps: Pick<SlackDeps, 'useCases'>,
  councilId: string,
  memberId: string,
  limit: number,
): Promise<{ ok: true; views: HearingView[]; total: number } | Failure> {
  const mine = await deps.useCases.listMyHearings({ councilId, memberId });
  if (!mine.ok) return mine;
  const views = await Promise.all(
    mine.value
      .slice(0, limit)
      .map((item) =>
        deps.useCases.viewHearing({ councilId, hearingId: item.hearing.id, viewerId: memberId }),
      ),
  );
  return {
    ok: true,
    views: views.flatMap((view) => (view.ok ? [view.value] : [])),
    total: mine.value.length,
  };
}
