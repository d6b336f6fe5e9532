import type { DiscussionNotice } from '../../../app/discussions/discussion-notices.ts';
import type {
  DiscussionParticipant,
  DiscussionView,
} from '../../../app/discussions/discussion-use-cases.ts';
import type { GroupProposal, Opsamling } from '../../../app/discussions/ports.ts';
import type { Council } from '../../../domain/council/council.ts';
import type { Member } from '../../../domain/council/roster.ts';
import type {
  DiscussionGroup,
  DiscussionTopic,
  GroupSummary,
} from '../../../domain/discussions/discussion.ts';

/**
 * What each discussion renderer receives, the same on every platform: the
 * plans load it fresh when a notice is delivered, the Slack and Teams
 * renderers only draw it.
 */

/** The discussion's message in the council's channel (`discussion:<id>`). */
export interface DiscussionMessageState {
  readonly council: Council;
  readonly view: DiscussionView;
}

/** One group as its reply in the discussion's thread, and its member's direct message, show it. */
export interface GroupPicture {
  readonly group: DiscussionGroup;
  readonly topic: DiscussionTopic;
  /** The group's members in the group's order, with name and organisation (unknown ids named by id). */
  readonly members: readonly DiscussionParticipant[];
  /** Who writes the summary now: the referent, or the ordstyrer if the referent left. */
  readonly writer: string;
  /** The group's room; absent when the secretary gave none. */
  readonly roomUrl?: string;
  /** The group's summary, once submitted. */
  readonly summary?: GroupSummary;
}

/** One reply per group in the discussion's thread, once announced (thread reply key = group key). */
export interface GroupReplyState extends GroupPicture {
  readonly council: Council;
  readonly view: DiscussionView;
}

/** "Opsamling fra gruppedrøftelser" in the council's channel (`opsamling:<id>`). */
export interface OpsamlingState {
  readonly council: Council;
  readonly view: DiscussionView;
  readonly opsamling: Opsamling;
}

type NoticeOf<Kind extends DiscussionNotice['kind']> = Extract<DiscussionNotice, { kind: Kind }>;

/** A participant who has not chosen a topic, before the sign-up deadline. */
export interface SignUpReminderState {
  readonly kind: 'discussion_sign_up_reminder';
  readonly notice: NoticeOf<'discussion_sign_up_reminder'>;
  readonly council: Council;
  readonly view: DiscussionView;
  readonly member: Member;
  readonly participant: DiscussionParticipant;
}

/**
 * The secretary: the groups were formed and wait to be checked and announced;
 * or, without a proposal, they could not be formed at the deadline («Dan
 * grupper» says why).
 */
export interface ProposalReadyState {
  readonly kind: 'discussion_proposal_ready';
  readonly notice: NoticeOf<'discussion_proposal_ready'>;
  readonly council: Council;
  readonly view: DiscussionView;
  readonly member: Member;
  readonly proposal?: GroupProposal;
}

/** A participant's group: topic, questions, room, the others, ordstyrer and referent. */
export interface GroupDmState extends GroupPicture {
  readonly kind: 'discussion_group_to_member';
  readonly notice: NoticeOf<'discussion_group_to_member'>;
  readonly council: Council;
  readonly view: DiscussionView;
  readonly member: Member;
}

/** The group's writer: the summary is due soon ('before') or now ('due'). */
export interface SummaryReminderState extends GroupPicture {
  readonly kind: 'discussion_summary_reminder';
  readonly notice: NoticeOf<'discussion_summary_reminder'>;
  readonly council: Council;
  readonly view: DiscussionView;
  readonly member: Member;
}

/** Every direct message of a discussion; a renderer switches on `kind`. */
export type DiscussionDmState =
  SignUpReminderState | ProposalReadyState | GroupDmState | SummaryReminderState;
