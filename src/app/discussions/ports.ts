/** The ports the group discussions' use cases need beyond the shared ones. */
import type {
  Discussion,
  DiscussionGroup,
  DiscussionStatus,
  GroupSummary,
  SignUp,
} from '../../domain/discussions/discussion.ts';
import type {
  FormationReason,
  FormationScore,
  ManualEdits,
} from '../../domain/discussions/formation/formation-types.ts';

/** The groups the secretariat is shown before announcing, with the hand edits kept on re-runs. */
export interface GroupProposal {
  readonly groups: readonly DiscussionGroup[];
  readonly score: FormationScore;
  readonly reasons: readonly FormationReason[];
  readonly manual: ManualEdits;
  readonly seed: number;
  /** ISO instant; who formed it ('deadline' when the sign-up deadline did). */
  readonly formedAt: string;
  readonly formedBy: string;
  /**
   * The topics and sizing it was formed for (see proposalFrame): announcing
   * forms it again when the set-up has changed since. Absent on older ones.
   */
  readonly frame?: string;
}

/** The opsamling as compiled: the summaries grouped by topic, frozen when posted. */
export interface Opsamling {
  /** ISO instant, and who compiled it ('all_submitted' / 'due' when the bot did). */
  readonly compiledAt: string;
  readonly compiledBy: string;
  /** The groups that had not submitted when it was compiled. */
  readonly missingGroups: readonly string[];
  /** The comments hearing it was sent in, once sent. */
  readonly hearingId?: string;
}

export interface DiscussionStore {
  /**
   * Creates the discussion or rewrites it; given `ifStatus`, only while the
   * stored status is still that one, and given `ifSequence`, only while the
   * stored sequence is (the one the caller read). False when refused;
   * nothing written.
   */
  saveDiscussion(
    discussion: Discussion,
    ifStatus?: DiscussionStatus,
    ifSequence?: number,
  ): Promise<boolean>;
  discussion(councilId: string, discussionId: string): Promise<Discussion | undefined>;
  /** Every discussion of the council, newest first. */
  discussions(councilId: string): Promise<Discussion[]>;
  /** Sets one member's sign-up while the discussion is in sign-up; false otherwise. */
  saveSignUp(councilId: string, discussionId: string, signUp: SignUp): Promise<boolean>;
  signUps(councilId: string, discussionId: string): Promise<SignUp[]>;
  /** Replaces the proposal while the discussion is in sign-up; false otherwise. */
  saveProposal(councilId: string, discussionId: string, proposal: GroupProposal): Promise<boolean>;
  proposal(councilId: string, discussionId: string): Promise<GroupProposal | undefined>;
  /**
   * Replaces the announced groups (a role handed over after announcing)
   * while the discussion is announced or compiled; false otherwise.
   */
  saveAnnouncedGroups(
    councilId: string,
    discussionId: string,
    proposal: GroupProposal,
  ): Promise<boolean>;
  /**
   * Writes a group's summary only while its stored revision is
   * `seenRevision` (0: none yet) and the discussion is announced or compiled.
   */
  saveSummary(
    councilId: string,
    discussionId: string,
    summary: GroupSummary,
    seenRevision: number,
  ): Promise<'written' | 'changed_meanwhile' | 'closed'>;
  summaries(councilId: string, discussionId: string): Promise<GroupSummary[]>;
  saveOpsamling(councilId: string, discussionId: string, opsamling: Opsamling): Promise<void>;
  opsamling(councilId: string, discussionId: string): Promise<Opsamling | undefined>;
  /**
   * Claims sending the opsamling for comments, once: true for the one call
   * that got it (of two clicks at once, one opens the hearing). Released
   * when opening the hearing failed, so it can be tried again.
   */
  claimCommentsHearing(councilId: string, discussionId: string, by: string): Promise<boolean>;
  releaseCommentsHearing(councilId: string, discussionId: string): Promise<void>;
}

/**
 * Plans a discussion's background jobs (src/jobs/discussions/), replacing
 * what was planned before: the sign-up reminder and deadline, then the
 * summary reminders and the due time. A job whose discussion changed
 * (sequence) or moved on does nothing.
 */
export interface DiscussionScheduler {
  scheduleSignUp(
    discussion: Discussion,
    reminderAt: Date | undefined,
    deadlineAt: Date,
  ): Promise<void>;
  scheduleSummaries(
    discussion: Discussion,
    reminderAt: Date | undefined,
    dueAt: Date,
  ): Promise<void>;
  /**
   * The discussion changed but not its times (a title, a room link): the jobs
   * that have not run are planned again for its new sequence at the same
   * instants (one already due, at once); those that ran are not (a reminder
   * that went out is not sent twice, a deadline does not close sign-up again).
   */
  carryPlanOver(discussion: Discussion, now: Date): Promise<void>;
  cancelAll(discussion: Discussion): Promise<void>;
}

declare module '../deps.ts' {
  interface AppDeps {
    readonly discussions: DiscussionStore;
    readonly discussionScheduler: DiscussionScheduler;
  }
}
