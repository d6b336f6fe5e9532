import type { DiscussionNotice } from '../../../app/discussions/discussion-notices.ts';
import type { Member } from '../../../domain/council/roster.ts';
import { fail, succeed, type Result } from '../../../domain/errors.ts';
import type {
  NoticePlan,
  NoticePlans,
  WhenUnreachable,
} from '../../message-lifecycle/notice-plan.ts';
import { asDiscussionNotice, isDiscussionNotice } from './discussion-notice-guards.ts';
import { loadWithRoster, type DiscussionPlanUseCases } from './discussion-loader.ts';
import type { DiscussionDmState } from './discussion-states.ts';
import { discussionSubject } from './discussion-subjects.ts';
import { groupOfMember, groupPicture, groupsAnnounced } from './group-pictures.ts';

type DmKind =
  | 'discussion_sign_up_reminder'
  | 'discussion_proposal_ready'
  | 'discussion_group_to_member'
  | 'discussion_summary_reminder';

const isDm = isDiscussionNotice<DmKind>([
  'discussion_sign_up_reminder',
  'discussion_proposal_ready',
  'discussion_group_to_member',
  'discussion_summary_reminder',
]);

/**
 * Where a discussion's direct message may go when its member cannot be
 * reached 1:1 (no personal chat in Teams): never top level in the channel.
 * A reminder may become an @mention in the discussion's thread; the
 * proposal is the secretary's business and a group's details are the
 * member's (the group's own reply in the thread shows them anyway): nothing.
 */
const whenUnreachable: Readonly<Record<DmKind, WhenUnreachable>> = {
  discussion_sign_up_reminder: 'thread',
  discussion_proposal_ready: 'none',
  discussion_group_to_member: 'none',
  discussion_summary_reminder: 'thread',
};

/**
 * Whether a direct message still has something to say when delivered:
 * - the sign-up reminder: still in sign-up at the reminder's sequence, and
 *   the member still a participant without a topic;
 * - the proposal: still in sign-up, with a proposal to check;
 * - the group: announced (or compiled), the member still in a group;
 * - the summary reminder: announced or compiled, the member still writes
 *   for that group, and its summary is not in.
 * The plans' `load` refuses a state that cannot be drawn at all (a member
 * off the roster, a group gone); this decides the rest.
 */
export function discussionDmStillDue(state: DiscussionDmState): boolean {
  const { discussion } = state.view;
  switch (state.kind) {
    case 'discussion_sign_up_reminder':
      return (
        discussion.status === 'sign_up' &&
        discussion.sequence === state.notice.sequence &&
        state.participant.signUp?.topic === undefined
      );
    case 'discussion_proposal_ready':
      return discussion.status === 'sign_up';
    case 'discussion_group_to_member':
      return groupsAnnounced(state.view) && state.group.members.includes(state.member.id);
    case 'discussion_summary_reminder':
      return (
        groupsAnnounced(state.view) &&
        state.writer === state.member.id &&
        state.summary === undefined
      );
  }
}

/**
 * A discussion's direct messages, on every platform: each goes to its
 * member (`memberId`), rendered from the discussion as it is when delivered;
 * the thread a reminder may fall back to is the discussion's message's.
 */
export function discussionDmPlans(
  useCases: DiscussionPlanUseCases,
): NoticePlans<DiscussionDmState, Member> {
  return {
    handles: isDm,

    plan(notice): NoticePlan {
      const dm = asDiscussionNotice(isDm, notice);
      return {
        to: 'member',
        memberId: dm.memberId,
        subject: discussionSubject(dm.discussionId),
        whenUnreachable: whenUnreachable[dm.kind],
      };
    },

    async load(notice): Promise<Result<DiscussionDmState>> {
      const dm = asDiscussionNotice(isDm, notice);
      const loaded = await loadWithRoster(useCases, dm.councilId, dm.discussionId);
      if (!loaded.ok) return loaded;
      const { council, view, members } = loaded.value;
      const member = members.find((candidate) => candidate.id === dm.memberId);
      if (member === undefined) return fail('not_a_discussion_participant');
      return stateOf(dm, { council, view, member });
    },

    followUp: () => undefined,

    recipient: (state) => state.member,

    stillDue: (_notice, state) => discussionDmStillDue(state),
  };
}

type Loaded = Pick<DiscussionDmState, 'council' | 'view' | 'member'>;

function stateOf(
  notice: Extract<DiscussionNotice, { kind: DmKind }>,
  { council, view, member }: Loaded,
): Result<DiscussionDmState> {
  switch (notice.kind) {
    case 'discussion_sign_up_reminder': {
      const participant = view.participants.find((one) => one.memberId === member.id);
      if (participant === undefined) return fail('not_a_discussion_participant');
      return succeed({ kind: notice.kind, notice, council, view, member, participant });
    }
    case 'discussion_proposal_ready': {
      // Without a proposal the groups could not be formed: the secretary is told so.
      return succeed({
        kind: notice.kind,
        notice,
        council,
        view,
        member,
        ...(view.proposal === undefined ? {} : { proposal: view.proposal }),
      });
    }
    case 'discussion_group_to_member': {
      const group = groupOfMember(view, member.id);
      const picture = group && groupPicture(view, group.key);
      if (picture === undefined) return fail('discussion_member_not_in_group');
      return succeed({ kind: notice.kind, notice, council, view, member, ...picture });
    }
    case 'discussion_summary_reminder': {
      const picture = groupPicture(view, notice.groupKey);
      if (picture === undefined) return fail('discussion_group_unknown');
      return succeed({ kind: notice.kind, notice, council, view, member, ...picture });
    }
  }
}
