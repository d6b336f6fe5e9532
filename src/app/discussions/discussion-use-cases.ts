import type { Result } from '../../domain/errors.ts';
import type { AfbudChange } from '../afbud-followers.ts';
import type { Discussion, GroupRole } from '../../domain/discussions/discussion.ts';
import type { CouncilDefaults } from '../council/council-use-cases.ts';
import type { AppDeps } from '../deps.ts';
import { answeringStoreFailures as guard } from '../store-failures.ts';
import { announceGroups } from './announce-groups.ts';
import { cancelDiscussion } from './cancel-discussion.ts';
import { compileOpsamling } from './compile-opsamling.ts';
import { discussionDraftForItem } from './discussion-draft-for-item.ts';
import { editDiscussion } from './edit-discussion.ts';
import { followAfbud } from './follow-afbud.ts';
import {
  assignGroupRole,
  formDiscussionGroups,
  moveParticipant,
} from './form-discussion-groups.ts';
import { listDiscussions, showDiscussion } from './list-discussions.ts';
import type { GroupProposal } from './ports.ts';
import {
  closeSignUp,
  queueSignUpReminders,
  queueSummaryReminders,
  summariesDue,
  type DiscussionJobRef,
  type DiscussionJobRun,
} from './run-discussion-jobs.ts';
import { sendOpsamlingForComments } from './send-opsamling-for-comments.ts';
import { chooseTopic, volunteerForRole } from './sign-up.ts';
import { startDiscussion } from './start-discussion.ts';
import { submitSummary, summaryDraft } from './summaries.ts';

import type {
  DiscussionDraft,
  DiscussionView,
  EditDiscussionInput,
  EditedDiscussion,
  SignUpAnswer,
  StartDiscussionInput,
  SubmittedSummary,
  SummaryDraft,
} from './discussion-types.ts';

export type { DiscussionJobRef, DiscussionJobRun } from './run-discussion-jobs.ts';
export type {
  DiscussionDraft,
  DiscussionParticipant,
  DiscussionView,
  EditDiscussionInput,
  EditedDiscussion,
  SignUpAnswer,
  StartDiscussionInput,
  SubmittedSummary,
  SummaryDraft,
} from './discussion-types.ts';

/**
 * The group discussions' use cases as the surfaces, the command line and the
 * jobs call them. Written down first, as the contract the surfaces are built
 * against; `createDiscussionUseCases` binds them to the ports.
 *
 * Every input is checked with zod and a bad one answers `invalid_input`
 * naming the field. `actorId`/`memberId` is who clicked or typed (resolved
 * from their chat identity by the surface), never a value from a payload.
 */
export interface DiscussionUseCases {
  /** The secretariat (or chair group) sets one up, on its own or from a D item. */
  startDiscussion(input: StartDiscussionInput): Promise<Result<Discussion>>;
  /** Sensible defaults for the set-up form opened from a meeting's D item. */
  discussionDraftForItem(input: {
    councilId: string;
    actorId: string;
    meetingId: string;
    itemNumber: string;
  }): Promise<Result<DiscussionDraft>>;
  /** The council's discussions that are not cancelled, newest first. */
  listDiscussions(input: { councilId: string }): Promise<Result<Discussion[]>>;
  showDiscussion(input: {
    councilId: string;
    discussionId: string;
  }): Promise<Result<DiscussionView>>;
  /**
   * Changes the set-up (secretariat or chair group): everything in sign-up,
   * only title, window, due time and room links once announced, nothing
   * after. Times are checked as at set-up; a formed proposal is formed
   * again when topics or sizing change; announced groups' members get their
   * group again when its room or window changed. Jobs follow the new times.
   */
  editDiscussion(input: EditDiscussionInput): Promise<Result<EditedDiscussion>>;
  cancelDiscussion(input: {
    councilId: string;
    discussionId: string;
    actorId: string;
  }): Promise<Result<Discussion>>;

  /** A participant chooses a topic (null: no preference), until the deadline. */
  chooseTopic(input: {
    councilId: string;
    discussionId: string;
    memberId: string;
    topic: string | null;
  }): Promise<Result<SignUpAnswer>>;
  /** A participant volunteers as ordstyrer or referent (null: withdraws), until the deadline. */
  volunteerForRole(input: {
    councilId: string;
    discussionId: string;
    memberId: string;
    role: GroupRole | null;
  }): Promise<Result<SignUpAnswer>>;

  /** Forms (or re-forms, keeping every hand edit) the proposal; secretariat only. */
  formGroups(input: {
    councilId: string;
    discussionId: string;
    actorId: string;
    /** Absent: a new seed, so "Dan igen" may give other groups (hand edits kept). */
    seed?: number;
  }): Promise<Result<GroupProposal>>;
  /** Moves a participant to a group by hand; re-forming keeps it. */
  moveParticipant(input: {
    councilId: string;
    discussionId: string;
    actorId: string;
    memberId: string;
    groupKey: string;
  }): Promise<Result<GroupProposal>>;
  /**
   * Gives a group's role to one of its members by hand. Before announcing it
   * edits the proposal; after, it hands the role over (a referent who left:
   * the ordstyrer takes over writing the summary).
   */
  assignGroupRole(input: {
    councilId: string;
    discussionId: string;
    actorId: string;
    groupKey: string;
    role: GroupRole;
    memberId: string;
  }): Promise<Result<GroupProposal>>;
  /** Announces the proposal: direct messages, one message per group in the thread. */
  announceGroups(input: {
    councilId: string;
    discussionId: string;
    actorId: string;
  }): Promise<Result<DiscussionView>>;

  /** The summary form for the one who writes it (referent, else ordstyrer). */
  summaryDraft(input: {
    councilId: string;
    discussionId: string;
    actorId: string;
    /** The secretariat writing on a group's behalf names the group; a writer may leave it out. */
    groupKey?: string;
  }): Promise<Result<SummaryDraft>>;
  /** Submits or edits the group's summary, until the due time. */
  submitSummary(input: {
    councilId: string;
    discussionId: string;
    actorId: string;
    groupKey: string;
    answers: string[];
    notes: string;
    /** The revision the form showed (0: none); a newer one meanwhile is refused, never overwritten. */
    seenRevision: number;
  }): Promise<Result<SubmittedSummary>>;
  /** Posts the opsamling now (the secretariat, before all are in); the bot does it when all are in or at due. */
  compileOpsamling(input: {
    councilId: string;
    discussionId: string;
    actorId: string;
  }): Promise<Result<DiscussionView>>;
  /** Sends the opsamling "i høring til kommentering og supplering": a comments hearing. */
  sendOpsamlingForComments(input: {
    councilId: string;
    discussionId: string;
    actorId: string;
    /** The hearing's text as the secretary confirmed it (prefilled from the opsamling). */
    proposal: string;
    deadlineDate: string;
    deadlineTime: string;
  }): Promise<Result<{ hearingId: string }>>;

  /**
   * Follows a member's afbud for a meeting (see AfbudFollowers): the
   * suppleant is invited to a discussion in sign-up; after announcing, the
   * ordstyrer who takes over an absent referent's summary is told. The number told.
   */
  followAfbud(input: AfbudChange): Promise<Result<number>>;

  // The background jobs (src/jobs/discussions/); each does nothing for a
  // discussion whose sequence or status moved on since it was planned.
  /** Before the sign-up deadline: participants without a topic are reminded. */
  queueSignUpReminders(input: DiscussionJobRef): Promise<Result<DiscussionJobRun>>;
  /** At the sign-up deadline: the groups are formed (if not yet) and the secretary told. */
  closeSignUp(input: DiscussionJobRef): Promise<Result<DiscussionJobRun>>;
  /** Before the due time: the writers of groups that have not submitted are reminded. */
  queueSummaryReminders(input: DiscussionJobRef): Promise<Result<DiscussionJobRun>>;
  /** At the due time: the writers still missing are told, and the opsamling compiled. */
  summariesDue(input: DiscussionJobRef): Promise<Result<DiscussionJobRun>>;
}

/** The discussions' use cases bound to the ports; each answers a store outage as a failure. */
export function createDiscussionUseCases(
  deps: AppDeps,
  _defaults: CouncilDefaults,
): DiscussionUseCases {
  const job =
    (run: (deps: AppDeps, input: DiscussionJobRef) => Promise<DiscussionJobRun>) =>
    async (input: DiscussionJobRef) =>
      ({ ok: true, value: await run(deps, input) }) as const;
  return {
    startDiscussion: guard((input: StartDiscussionInput) => startDiscussion(deps, input)),
    discussionDraftForItem: guard((input: Parameters<typeof discussionDraftForItem>[1]) =>
      discussionDraftForItem(deps, input),
    ),
    listDiscussions: guard((input: Parameters<typeof listDiscussions>[1]) =>
      listDiscussions(deps, input),
    ),
    showDiscussion: guard((input: Parameters<typeof showDiscussion>[1]) =>
      showDiscussion(deps, input),
    ),
    editDiscussion: guard((input: EditDiscussionInput) => editDiscussion(deps, input)),
    cancelDiscussion: guard((input: Parameters<typeof cancelDiscussion>[1]) =>
      cancelDiscussion(deps, input),
    ),
    chooseTopic: guard((input: Parameters<typeof chooseTopic>[1]) => chooseTopic(deps, input)),
    volunteerForRole: guard((input: Parameters<typeof volunteerForRole>[1]) =>
      volunteerForRole(deps, input),
    ),
    formGroups: guard((input: Parameters<typeof formDiscussionGroups>[1]) =>
      formDiscussionGroups(deps, input),
    ),
    moveParticipant: guard((input: Parameters<typeof moveParticipant>[1]) =>
      moveParticipant(deps, input),
    ),
    assignGroupRole: guard((input: Parameters<typeof assignGroupRole>[1]) =>
      assignGroupRole(deps, input),
    ),
    announceGroups: guard((input: Parameters<typeof announceGroups>[1]) =>
      announceGroups(deps, input),
    ),
    summaryDraft: guard((input: Parameters<typeof summaryDraft>[1]) => summaryDraft(deps, input)),
    submitSummary: guard((input: Parameters<typeof submitSummary>[1]) =>
      submitSummary(deps, input),
    ),
    compileOpsamling: guard((input: Parameters<typeof compileOpsamling>[1]) =>
      compileOpsamling(deps, input),
    ),
    sendOpsamlingForComments: guard((input: Parameters<typeof sendOpsamlingForComments>[1]) =>
      sendOpsamlingForComments(deps, input),
    ),
    followAfbud: guard((input: AfbudChange) => followAfbud(deps, input)),
    queueSignUpReminders: guard(job(queueSignUpReminders)),
    closeSignUp: guard(job(closeSignUp)),
    queueSummaryReminders: guard(job(queueSummaryReminders)),
    summariesDue: guard(job(summariesDue)),
  };
}

declare module '../use-cases.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this capability's use cases to UseCases
  interface UseCases extends DiscussionUseCases {}
}
