import type {
  Discussion,
  DiscussionGroup,
  DiscussionTopic,
  GroupSummary,
  SignUp,
} from '../../domain/discussions/discussion.ts';
import type { EditableField } from '../../domain/discussions/discussion-edits.ts';
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
  /** In sign-up before its deadline: announcing now closes the sign-up early (the confirmation says so). */
  readonly signUpStillOpen?: boolean;
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

/**
 * A change to a discussion's set-up. Every field but the reference may be
 * left out (unchanged); a field given with the value it has is unchanged
 * too, so a form may send all it shows. A field the status no longer allows
 * to change (`fieldsEditableIn`) is refused with `discussion_field_locked`.
 */
export interface EditDiscussionInput {
  councilId: string;
  discussionId: string;
  actorId: string;
  /** The discussion's `sequence` the form showed; a change meanwhile is refused, never overwritten. */
  seenSequence: number;
  title?: string;
  topics?: { title: string; questions: string[] }[];
  /** One of the two, as in the set-up; giving one replaces the sizing. */
  groupCount?: number;
  groupSize?: number;
  signUpDeadline?: string;
  windowStart?: string;
  windowEnd?: string;
  summariesDue?: string;
  /** None ([]), one for every group, or one per group. */
  roomLinks?: string[];
}

export interface EditedDiscussion {
  readonly discussion: Discussion;
  /** What actually changed (empty: nothing; nothing was written). */
  readonly changed: readonly EditableField[];
  /** The proposal was formed again for the new frame (hand edits kept): look before announcing. */
  readonly regrouped: boolean;
  /** Regrouping set hand edits aside that named a group the new frame has not got (the rest kept). */
  readonly handEditsSetAside: boolean;
  /** After announcing: every participant was sent their group again with the new details. */
  readonly membersTold: boolean;
  /** After announcing, a moved due time only: each group's writer was sent their group again. */
  readonly writersTold: boolean;
}
