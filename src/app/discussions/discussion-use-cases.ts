import type { Result } from '../../domain/errors.ts';
import type {
  Discussion,
  DiscussionGroup,
  DiscussionTopic,
  GroupRole,
  GroupSummary,
  SignUp,
} from '../../domain/discussions/discussion.ts';
import type { GroupProposal, Opsamling } from './ports.ts';

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
}

export interface StartDiscussionInput {
  councilId: string;
  actorId: string;
  title: string;
  meetingId?: string;
  itemNumber?: string;
  /** In order: they become topic A, B, … */
  topics: { title: string; questions: string[] }[];
  /** One of the two: a number of groups in all, or a target size. */
  groupCount?: number;
  groupSize?: number;
  /** Council-local 'YYYY-MM-DDTHH:mm'. */
  signUpDeadline: string;
  windowStart: string;
  windowEnd: string;
  summariesDue: string;
  /** None; one for every group; or one per group. */
  roomLinks: string[];
}

export interface DiscussionDraft {
  readonly title: string;
  readonly meetingId: string;
  readonly itemNumber: string;
  readonly signUpDeadline: string;
  readonly windowStart: string;
  readonly windowEnd: string;
  readonly summariesDue: string;
}

/** Who takes part: the members without afbud, and the suppleants holding absent members' seats. */
export interface DiscussionParticipant {
  readonly memberId: string;
  readonly name: string;
  readonly organisation: string;
  /** A suppleant's: the absent member whose seat they hold. */
  readonly forMemberId?: string;
  readonly signUp?: SignUp;
}

export interface DiscussionView {
  readonly discussion: Discussion;
  readonly participants: readonly DiscussionParticipant[];
  readonly proposal?: GroupProposal;
  readonly summaries: readonly GroupSummary[];
  /** Group key → who writes its summary now (the referent, or the ordstyrer if the referent left). */
  readonly writers: Readonly<Record<string, string>>;
  readonly opsamling?: Opsamling;
}

export interface SignUpAnswer {
  readonly discussion: Discussion;
  readonly signUp: SignUp;
}

export interface SummaryDraft {
  readonly discussion: Discussion;
  readonly group: DiscussionGroup;
  readonly topic: DiscussionTopic;
  readonly summary?: GroupSummary;
}

export interface SubmittedSummary {
  readonly summary: GroupSummary;
  /** Every group has submitted: the opsamling was posted. */
  readonly allIn: boolean;
}

declare module '../use-cases.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- adds this capability's use cases to UseCases
  interface UseCases extends DiscussionUseCases {}
}
