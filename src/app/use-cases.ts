import { deadlineDay, suggestDeadline } from './hearings/deadline-calendar.ts';
import type { Council } from '../domain/council/council.ts';
import { fail, type Failure } from '../domain/errors.ts';
import type { ChatIdentity } from '../domain/council/roster.ts';
import { bindWorkspace, type BindWorkspaceInput } from './council/bind-workspace.ts';
import { cancelHearing } from './hearings/cancel-hearing.ts';
import { castBallot } from './hearings/cast-ballot.ts';
import { closeAtDeadline, closeHearing } from './hearings/close-hearing.ts';
import { declareRecusal } from './hearings/declare-recusal.ts';
import { findCastBallot, type FindCastBallotInput } from './hearings/find-cast-ballot.ts';
import type { AppDeps } from './deps.ts';
import { identifyMember } from './council/identify-member.ts';
import { importRoster, type ImportRosterInput } from './council/import-roster.ts';
import { describeCouncil, listCouncils } from './council/list-councils.ts';
import { listMyHearings } from './hearings/list-my-hearings.ts';
import { moveDeadline } from './hearings/move-deadline.ts';
import { openHearing } from './hearings/open-hearing.ts';
import { previewCloseHearing } from './hearings/preview-close.ts';
import { publishDraft } from './hearings/publish-draft.ts';
import { StoreUnavailableError, WriteOutcomeUnknownError, type ChatPlatform } from './ports.ts';
import { registerAbsence } from './council/register-absence.ts';
import { remindNow } from './hearings/remind-now.ts';
import { sendReminders } from './hearings/queue-reminder-notices.ts';
import { viewHearing } from './hearings/view-hearing.ts';
import { withdrawBallot } from './hearings/withdraw-ballot.ts';

/**
 * The use cases bound to their ports: what every surface (CLI, Slack, Teams)
 * and every worker calls. A store outage becomes the `store_unavailable`
 * failure ("try again shortly") instead of an exception; a write sent but
 * never answered becomes `outcome_unknown` (the caller reads to find out).
 */
export function createUseCases(
  deps: AppDeps,
  defaults: { locale: Council['locale']; timeZone: string },
) {
  const guard =
    <I, O>(run: (input: I) => Promise<O>) =>
    async (input: I): Promise<O | Failure> => {
      try {
        return await run(input);
      } catch (error) {
        if (error instanceof WriteOutcomeUnknownError) return fail('outcome_unknown');
        if (error instanceof StoreUnavailableError) return fail('store_unavailable');
        throw error;
      }
    };
  return {
    identifyMember: guard(
      (input: { platform: ChatPlatform; workspaceId: string; identity: ChatIdentity }) =>
        identifyMember(deps, input.platform, input.workspaceId, input.identity),
    ),
    bindWorkspace: guard((input: BindWorkspaceInput) => bindWorkspace(deps, input)),
    listCouncils: guard((_: void) => listCouncils(deps)),
    describeCouncil: guard((input: { councilId: string }) => describeCouncil(deps, input)),
    importRoster: guard((input: ImportRosterInput) => importRoster(deps, input, defaults)),
    openHearing: guard((input: Parameters<typeof openHearing>[1]) => openHearing(deps, input)),
    publishDraft: guard((input: Parameters<typeof publishDraft>[1]) => publishDraft(deps, input)),
    castBallot: guard((input: Parameters<typeof castBallot>[1]) => castBallot(deps, input)),
    findCastBallot: guard((input: FindCastBallotInput) => findCastBallot(deps, input)),
    withdrawBallot: guard((input: Parameters<typeof withdrawBallot>[1]) =>
      withdrawBallot(deps, input),
    ),
    registerAbsence: guard((input: Parameters<typeof registerAbsence>[1]) =>
      registerAbsence(deps, input),
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
    sendReminders: (job: Parameters<typeof sendReminders>[1]) => sendReminders(deps, job),
  };
}

export type UseCases = ReturnType<typeof createUseCases>;
