/**
 * The opsamling of a group discussion held on a meeting's agenda item, as
 * the referat prints it under that item ("Opsamling fra gruppedrøftelser"):
 * by topic, then group, each group's answers to the topic's guiding
 * questions (same order) and its free notes. Kept with the meeting, in the
 * meetings' own words, so the referat needs nothing of the discussions'.
 */
export interface ItemGroupDiscussion {
  readonly discussionId: string;
  readonly title: string;
  readonly topics: readonly ItemGroupDiscussionTopic[];
  /** The groups (keys, 'A2') whose summary was not in when it was compiled. */
  readonly missingGroups: readonly string[];
  /** ISO instant it was compiled (or last refreshed by an edit before the due time). */
  readonly compiledAt: string;
}

export interface ItemGroupDiscussionTopic {
  /** 'A', 'B', … */
  readonly key: string;
  readonly title: string;
  readonly questions: readonly string[];
  readonly groups: readonly ItemGroupDiscussionGroup[];
}

export interface ItemGroupDiscussionGroup {
  /** 'A1', … */
  readonly key: string;
  /** One per guiding question, in order ('' where none was given). */
  readonly answers: readonly string[];
  readonly notes: string;
  readonly submitted: boolean;
}

/** Longest text kept for one answer or the notes: a summary longer than a modal allows is cut before. */
export const maxGroupDiscussionText = 20_000;
