import { z } from 'zod';
import type { NoticeKinds } from '../notice-kind.ts';

const id = z.string().min(1).max(200);
const discussionRef = { councilId: id, discussionId: id };
/** The discussion's sequence the notice is about: a changed discussion's news is news again. */
const sequence = z.number().int().min(0);

/** The discussion's message in the council's channel changed: sign-ups, groups, summaries. */
const changed = z.object({ kind: z.literal('discussion_changed'), ...discussionRef });
/**
 * A participant who has not chosen a topic, before the sign-up deadline; or,
 * as an invitation, a suppleant who holds an absent member's seat (they may
 * not follow the council's channel, so they hear it directly).
 */
const signUpReminder = z.object({
  kind: z.literal('discussion_sign_up_reminder'),
  ...discussionRef,
  memberId: id,
  sequence,
  invitation: z.boolean().optional(),
});
/** The secretary who set it up: the groups were formed at the deadline and wait for them. */
const proposalReady = z.object({
  kind: z.literal('discussion_proposal_ready'),
  ...discussionRef,
  memberId: id,
  sequence,
});
/** A participant's group: topic, room, questions, the others, ordstyrer and referent. */
const groupToMember = z.object({
  kind: z.literal('discussion_group_to_member'),
  ...discussionRef,
  memberId: id,
  sequence,
});
/**
 * The group's writer (referent, else ordstyrer): the summary is due soon, or
 * now; or ('takeover') the referent sent afbud and the ordstyrer writes it.
 */
const summaryReminder = z.object({
  kind: z.literal('discussion_summary_reminder'),
  ...discussionRef,
  memberId: id,
  groupKey: id,
  reminderKey: z.enum(['before', 'due', 'takeover']),
  sequence,
});
/** "Opsamling fra gruppedrøftelser" posted in the council's channel, kept current. */
const opsamlingPosted = z.object({
  kind: z.literal('discussion_opsamling_posted'),
  ...discussionRef,
});

export type DiscussionNotice =
  | z.infer<typeof changed>
  | z.infer<typeof signUpReminder>
  | z.infer<typeof proposalReady>
  | z.infer<typeof groupToMember>
  | z.infer<typeof summaryReminder>
  | z.infer<typeof opsamlingPosted>;

/**
 * The channel message and the opsamling are refreshes (coalesced, never
 * dropped as the same news); a direct message is one per member, kind and
 * sequence.
 */
export const discussionNotices: NoticeKinds<DiscussionNotice> = {
  discussion_changed: {
    schema: changed,
    idParts: (notice) => ['discussion-changed', notice.councilId, notice.discussionId],
    refresh: true,
  },
  discussion_sign_up_reminder: {
    schema: signUpReminder,
    idParts: (notice) => [
      notice.invitation === true ? 'discussion-invitation' : 'discussion-sign-up-reminder',
      notice.councilId,
      notice.discussionId,
      notice.memberId,
      notice.sequence,
    ],
  },
  discussion_proposal_ready: {
    schema: proposalReady,
    idParts: (notice) => [
      'discussion-proposal-ready',
      notice.councilId,
      notice.discussionId,
      notice.memberId,
      notice.sequence,
    ],
  },
  discussion_group_to_member: {
    schema: groupToMember,
    idParts: (notice) => [
      'discussion-group',
      notice.councilId,
      notice.discussionId,
      notice.memberId,
      notice.sequence,
    ],
  },
  discussion_summary_reminder: {
    schema: summaryReminder,
    idParts: (notice) => [
      'discussion-summary-reminder',
      notice.councilId,
      notice.discussionId,
      notice.groupKey,
      notice.memberId,
      notice.reminderKey,
      notice.sequence,
    ],
  },
  discussion_opsamling_posted: {
    schema: opsamlingPosted,
    idParts: (notice) => ['discussion-opsamling', notice.councilId, notice.discussionId],
    refresh: true,
  },
};

declare module '../ports.ts' {
  interface CapabilityNotices {
    discussions: DiscussionNotice;
  }
}
