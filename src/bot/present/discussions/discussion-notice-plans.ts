import type { Member } from '../../../domain/council/roster.ts';
import { fail, succeed, type Result } from '../../../domain/errors.ts';
import type { NoticePlan, NoticePlans, ThreadReply } from '../../message-lifecycle/notice-plan.ts';
import { discussionDmPlans } from './discussion-dm-plans.ts';
import { loadDiscussion, type DiscussionPlanUseCases } from './discussion-loader.ts';
import { asDiscussionNotice, isDiscussionNotice } from './discussion-notice-guards.ts';
import type {
  DiscussionMessageState,
  GroupReplyState,
  OpsamlingState,
} from './discussion-states.ts';
import { discussionSubject, opsamlingSubject } from './discussion-subjects.ts';
import { groupPicture, groupReplies } from './group-pictures.ts';

const isChanged = isDiscussionNotice(['discussion_changed']);
const isOpsamling = isDiscussionNotice(['discussion_opsamling_posted']);

/**
 * The discussion's message in the council's channel (`discussion:<id>`),
 * posted at the first change and kept current after: in sign-up the topics,
 * questions, deadline and who signed up; announced, the groups and which
 * have submitted; compiled, a line pointing to the opsamling. Once the
 * groups are announced its thread holds one reply per group (key: the
 * group's key), updated in place when the group changes or its summary
 * comes in.
 */
export function discussionMessagePlans(
  useCases: DiscussionPlanUseCases,
): NoticePlans<DiscussionMessageState, Member> {
  return {
    handles: isChanged,

    plan(notice): NoticePlan {
      const { discussionId } = asDiscussionNotice(isChanged, notice);
      return { to: 'subject', subject: discussionSubject(discussionId), whenUnposted: 'open' };
    },

    async load(notice): Promise<Result<DiscussionMessageState>> {
      const { councilId, discussionId } = asDiscussionNotice(isChanged, notice);
      return loadDiscussion(useCases, councilId, discussionId);
    },

    followUp: () => undefined,

    threadReplies(_notice, state): readonly ThreadReply[] {
      return groupReplies(state.view, state.council.locale);
    },

    recipient: () => undefined,

    stillDue: () => false,
  };
}

/** The group a thread reply's key names, as its reply shows it (the keys come from the same state). */
export function groupReplyOf(state: DiscussionMessageState, key: string): GroupReplyState {
  const picture = groupPicture(state.view, key);
  if (picture === undefined) throw new Error(`the discussion has no group with the key "${key}"`);
  return { council: state.council, view: state.view, ...picture };
}

/**
 * "Opsamling fra gruppedrøftelser" in the council's channel
 * (`opsamling:<id>`): posted once when compiled, and updated in place when a
 * summary is edited until the due time.
 */
export function opsamlingPlans(
  useCases: DiscussionPlanUseCases,
): NoticePlans<OpsamlingState, Member> {
  return {
    handles: isOpsamling,

    plan(notice): NoticePlan {
      const { discussionId } = asDiscussionNotice(isOpsamling, notice);
      return { to: 'subject', subject: opsamlingSubject(discussionId), whenUnposted: 'open' };
    },

    async load(notice): Promise<Result<OpsamlingState>> {
      const { councilId, discussionId } = asDiscussionNotice(isOpsamling, notice);
      const loaded = await loadDiscussion(useCases, councilId, discussionId);
      if (!loaded.ok) return loaded;
      const { opsamling } = loaded.value.view;
      // Not compiled (yet): nothing to post; the notice after compiling posts it.
      if (opsamling === undefined) return fail('discussion_not_compiled');
      return succeed({ ...loaded.value, opsamling });
    },

    followUp: () => undefined,

    recipient: () => undefined,

    stillDue: () => false,
  };
}

/**
 * Every discussion notice's plans, one per state a renderer draws: the
 * channel message with its group replies, the opsamling, and the direct
 * messages. A surface registers each with its renderer.
 */
export function discussionNoticePlans(useCases: DiscussionPlanUseCases) {
  return {
    message: discussionMessagePlans(useCases),
    opsamling: opsamlingPlans(useCases),
    direct: discussionDmPlans(useCases),
  } as const;
}
