import type { UseCases } from '../../../app/use-cases.ts';
import type { Member } from '../../../domain/council/roster.ts';
import { succeed, type Result } from '../../../domain/errors.ts';
import type { DiscussionMessageState } from './discussion-states.ts';

/** What the discussions' plans read. */
export type DiscussionPlanUseCases = Pick<UseCases, 'showDiscussion' | 'describeCouncil'>;

/** The discussion and its council as they are now. */
export async function loadDiscussion(
  useCases: DiscussionPlanUseCases,
  councilId: string,
  discussionId: string,
): Promise<Result<DiscussionMessageState>> {
  const loaded = await loadWithRoster(useCases, councilId, discussionId);
  if (!loaded.ok) return loaded;
  return succeed({ council: loaded.value.council, view: loaded.value.view });
}

/** The discussion, its council and the council's roster (to find a direct message's member). */
export async function loadWithRoster(
  useCases: DiscussionPlanUseCases,
  councilId: string,
  discussionId: string,
): Promise<Result<DiscussionMessageState & { readonly members: readonly Member[] }>> {
  const [described, shown] = await Promise.all([
    useCases.describeCouncil({ councilId }),
    useCases.showDiscussion({ councilId, discussionId }),
  ]);
  if (!described.ok) return described;
  if (!shown.ok) return shown;
  return succeed({
    council: described.value.council,
    view: shown.value,
    members: described.value.members,
  });
}
