import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import { describeFailure } from '../../../i18n/hearings/index.ts';
import type { AdaptiveCard } from '../cards/adaptive-card.ts';
import type { HearingCardOptions } from './hearing-card.ts';
import type { ManageNotice } from './manage-section.ts';
import { MY_HEARINGS_SHOWN, myHearingsCard } from './my-hearings-card.ts';
import { noticeCard } from '../cards/notice-card.ts';
import type { KnownSpeaker, TeamsKit } from '../handlers/teams-kit.ts';
import { hearingViewFor } from './hearing-view.ts';

/**
 * "Mine høringer" for the speaker: each open hearing as they see it. A hearing
 * they just closed from the list stays in it once, showing its outcome.
 */
export async function myHearingsCardFor(
  kit: TeamsKit,
  speaker: KnownSpeaker,
  extras: {
    notices?: Record<string, HearingCardOptions['notice']>;
    reasonErrors?: Record<string, string>;
    manageNotices?: Record<string, ManageNotice>;
    includeClosed?: readonly string[];
  } = {},
): Promise<AdaptiveCard> {
  const { council, member } = speaker;
  const mine = await kit.deps.useCases.listMyHearings({
    councilId: council.id,
    memberId: member.id,
  });
  if (!mine.ok)
    return noticeCard(council.name, [describeFailure(council.locale, mine)], 'attention');
  const ids = [...(extras.includeClosed ?? []), ...mine.value.map((entry) => entry.hearing.id)];
  const unique = [...new Set(ids)];
  const views = await Promise.all(
    unique
      .slice(0, MY_HEARINGS_SHOWN)
      .map((hearingId) => hearingViewFor(kit, council.id, hearingId, member)),
  );
  const shown = views.flatMap((view): HearingView[] => (view.ok ? [view.value] : []));
  // A notice about a hearing not in the list (another council's, or past the
  // first few) would vanish with it: it is said on its own instead.
  const listed = new Set(shown.map((view) => view.hearing.id));
  const unseen = [
    ...Object.entries(extras.notices ?? {}),
    ...Object.entries(extras.manageNotices ?? {}),
  ].flatMap(([hearingId, notice]) => (notice && !listed.has(hearingId) ? [notice] : []));
  if (unseen.length > 0)
    return noticeCard(
      council.name,
      unseen.map((notice) => notice.text),
      unseen.some((notice) => notice.tone === 'attention') ? 'attention' : 'good',
    );
  return myHearingsCard(council, shown, {
    total: unique.length,
    ...(extras.notices ? { notices: extras.notices } : {}),
    ...(extras.reasonErrors ? { reasonErrors: extras.reasonErrors } : {}),
    ...(extras.manageNotices ? { manageNotices: extras.manageNotices } : {}),
  });
}
