/**
 * A group discussion (gruppedrøftelse): the council splits into small groups,
 * each on one topic with its guiding questions, an ordstyrer and a referent;
 * the groups' summaries are compiled into the opsamling and sent back to the
 * council. It may belong to a discussion item (D) of a meeting's agenda.
 *
 * Times are council-local 'YYYY-MM-DDTHH:mm', as a meeting's are.
 */

/** The two roles every group has; no person holds both. */
export const groupRoles = ['ordstyrer', 'referent'] as const;
export type GroupRole = (typeof groupRoles)[number];

/** One topic (A, B, …) with the guiding questions the groups answer. */
export interface DiscussionTopic {
  /** 'A', 'B', … in the order the secretary gave them. */
  readonly key: string;
  readonly title: string;
  readonly questions: readonly string[];
}

/** How many groups: a number in all, or a target size each. */
export type GroupSizing =
  | { readonly kind: 'count'; readonly groups: number }
  | { readonly kind: 'size'; readonly size: number };

/** One room link for every group, or one per group in the groups' order. */
export type RoomLinks =
  | { readonly kind: 'none' }
  | { readonly kind: 'shared'; readonly url: string }
  | { readonly kind: 'per_group'; readonly urls: readonly string[] };

/**
 * sign_up: members choose topics and volunteer for roles;
 * announced: the groups are told and meet; summaries come in;
 * compiled: the opsamling is posted (summaries may still be edited until due);
 * cancelled: stopped by the secretariat.
 * Between sign_up and announced the secretariat may form (and re-form) a
 * proposal: `Discussion.proposal` below, not a status of its own.
 */
export const discussionStatuses = ['sign_up', 'announced', 'compiled', 'cancelled'] as const;
export type DiscussionStatus = (typeof discussionStatuses)[number];

export interface Discussion {
  readonly id: string;
  readonly councilId: string;
  readonly title: string;
  /** The meeting and agenda item (number as printed, e.g. "3") it belongs to. */
  readonly meetingId?: string;
  readonly itemNumber?: string;
  readonly topics: readonly DiscussionTopic[];
  readonly sizing: GroupSizing;
  /** Council-local 'YYYY-MM-DDTHH:mm'. */
  readonly signUpDeadline: string;
  readonly windowStart: string;
  readonly windowEnd: string;
  readonly summariesDue: string;
  readonly rooms: RoomLinks;
  readonly status: DiscussionStatus;
  readonly createdBy: string;
  /** ISO instant. */
  readonly createdAt: string;
  /** Bumped by every change of the above, so a reminder planned for an older one does nothing. */
  readonly sequence: number;
}

/** A participant's choice: their topic (none yet: placed where the groups need them) and role. */
export interface SignUp {
  readonly memberId: string;
  readonly topic?: string;
  readonly volunteer?: GroupRole;
  /** ISO instant of the last change. */
  readonly at: string;
}

/** One formed group: 'A1', 'A2', 'B1' … (topic key + number), stable across re-runs. */
export interface DiscussionGroup {
  readonly key: string;
  readonly topic: string;
  readonly members: readonly string[];
  readonly ordstyrer: string;
  readonly referent: string;
}

/** A group's summary: one answer per guiding question (same order), and free notes. */
export interface GroupSummary {
  readonly groupKey: string;
  readonly answers: readonly string[];
  readonly notes: string;
  readonly submittedBy: string;
  /** ISO instants. */
  readonly firstSubmittedAt: string;
  readonly submittedAt: string;
  /** 1 for the first submission, +1 for each edit. */
  readonly revision: number;
}
