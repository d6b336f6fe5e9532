import type { Council } from '../../domain/council/council.ts';
import type { AppDeps } from '../deps.ts';
import { answeringStoreFailures as guard } from '../store-failures.ts';
import { cancelHearing } from './cancel-hearing.ts';
import { castBallot } from './cast-ballot.ts';
import { closeAtDeadline, closeHearing } from './close-hearing.ts';
import { deadlineDay, suggestDeadline } from './deadline-calendar.ts';
import { declareRecusal } from './declare-recusal.ts';
import { findCastBallot, type FindCastBallotInput } from './find-cast-ballot.ts';
import { listMyHearings } from './list-my-hearings.ts';
import { moveDeadline } from './move-deadline.ts';
import { openHearing } from './open-hearing.ts';
import { previewCloseHearing } from './preview-close.ts';
import { publishDraft } from './publish-draft.ts';
import { queueReminderNotices } from './queue-reminder-notices.ts';
import { remindNow } from './remind-now.ts';
import { viewHearing } from './view-hearing.ts';
import { withdrawBallot } from './withdraw-ballot.ts';

/** Hearings (høringer): open, vote, remind, close, bound to their ports. */
export function createHearingUseCases(deps: AppDeps) {
  return {
    openHearing: guard((input: Parameters<typeof openHearing>[1]) => openHearing(deps, input)),
    publishDraft: guard((input: Parameters<typeof publishDraft>[1]) => publishDraft(deps, input)),
    castBallot: guard((input: Parameters<typeof castBallot>[1]) => castBallot(deps, input)),
    findCastBallot: guard((input: FindCastBallotInput) => findCastBallot(deps, input)),
    withdrawBallot: guard((input: Parameters<typeof withdrawBallot>[1]) =>
      withdrawBallot(deps, input),
    ),
    declareRecusal: guard((input: Parameters<typeof declareRecusal>[1]) =>
      declareRecusal(deps, input),
    ),
    moveDeadline: guard((input: Parameters<typeof moveDeadline>[1]) => moveDeadline(deps, input)),
    closeHearing: guard((input: Parameters<typeof closeHearing>[1]) => closeHearing(deps, input)),
    previewCloseHearing: guard((input: Parameters<typeof previewCloseHearing>[1]) =>
      previewCloseHearing(deps, input),
    ),
    remindNow: guard((input: Parameters<typeof remindNow>[1]) => remindNow(deps, input)),
    cancelHearing: guard((input: Parameters<typeof cancelHearing>[1]) =>
      cancelHearing(deps, input),
    ),
    viewHearing: guard((input: Parameters<typeof viewHearing>[1]) => viewHearing(deps, input)),
    listMyHearings: guard((input: Parameters<typeof listMyHearings>[1]) =>
      listMyHearings(deps, input),
    ),
    suggestDeadline: (council: Pick<Council, 'timeZone' | 'locale'>) =>
      suggestDeadline(deps, council),
    deadlineDay: (council: Pick<Council, 'timeZone' | 'locale'>, deadline: Date | string) =>
      deadlineDay(deps, council, deadline),
    /** For the workers: exceptions propagate so BullMQ retries. */
    closeAtDeadline: (councilId: string, hearingId: string, deadline: string) =>
      closeAtDeadline(deps, councilId, hearingId, deadline),
    queueReminderNotices: (job: Parameters<typeof queueReminderNotices>[1]) =>
      queueReminderNotices(deps, job),
  };
}

export type HearingUseCases = ReturnType<typeof createHearingUseCases>;

declare module '../use-cases.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this capability's use cases to UseCases
  interface UseCases extends HearingUseCases {}
}
