import type {
  Discussion,
  DiscussionGroup,
  DiscussionTopic,
  GroupSummary,
  SignUp,
} from '../../domain/discussions/discussion.ts';
import type { GroupProposal, Opsamling } from './ports.ts';

/**
 * What the discussions' use cases take and give, beside the interface in
 * discussion-use-cases.ts (which re-exports them), so each use case's file
 * can name them without a cycle.
 */
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
