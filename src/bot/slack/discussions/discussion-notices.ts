import {
  discussionNoticePlans,
  groupReplyOf,
} from '../../present/discussions/discussion-notice-plans.ts';
import type { DiscussionPlanUseCases } from '../../present/discussions/discussion-loader.ts';
import type { SlackNoticeParts } from '../sender/slack-chat-adapter.ts';
import { discussionMessage } from './discussion-message.ts';
import { discussionDirectMessage, groupReply } from './group-messages.ts';
import { opsamlingMessage } from './opsamling-message.ts';

const noFollowUp = (key: string): never => {
  throw new Error(`no Slack follow-up "${key}" for a group discussion`);
};
const noDirect = (): never => {
  throw new Error('no Slack direct message for this discussion notice');
};
const noSubject = (): never => {
  throw new Error('a discussion direct message has no subject message');
};

/**
 * A discussion's notices in Slack: its message in the council's channel
 * with one reply per group in its thread, the opsamling, and the members'
 * direct messages (reminders, the proposal, each one's group).
 */
export function slackDiscussionNotices(
  useCases: DiscussionPlanUseCases,
): readonly SlackNoticeParts<unknown>[] {
  const plans = discussionNoticePlans(useCases);
  const message: SlackNoticeParts<Parameters<typeof discussionMessage>[0]> = {
    plans: plans.message,
    render: {
      subject: discussionMessage,
      threadReply: (key, state) => groupReply(groupReplyOf(state, key)),
      followUp: noFollowUp,
      direct: noDirect,
    },
  };
  const opsamling: SlackNoticeParts<Parameters<typeof opsamlingMessage>[0]> = {
    plans: plans.opsamling,
    render: { subject: opsamlingMessage, followUp: noFollowUp, direct: noDirect },
  };
  const direct: SlackNoticeParts<Parameters<typeof discussionDirectMessage>[0]> = {
    plans: plans.direct,
    render: { subject: noSubject, followUp: noFollowUp, direct: discussionDirectMessage },
  };
  return [message, opsamling, direct] as readonly SlackNoticeParts<unknown>[];
}
