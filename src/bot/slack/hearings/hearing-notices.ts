import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import type { UseCases } from '../../../app/use-cases.ts';
import { hearingNoticePlans } from '../../present/hearings/hearing-notice-plans.ts';
import type { SlackNoticeParts } from '../sender/slack-chat-adapter.ts';
import { hearingMessage } from './hearing-message.ts';
import { reminderMessage } from './reminder-message.ts';
import { cancelledReply, deadlineMovedReply, resultReply } from './thread-replies.ts';

const followUps = {
  result: resultReply,
  cancelled: cancelledReply,
  deadline: deadlineMovedReply,
} as const;

/** A hearing's notices in Slack: its message in the council's channel, replies in its thread, reminders by DM. */
export function slackHearingNotices(
  useCases: Pick<UseCases, 'viewHearing'>,
): SlackNoticeParts<HearingView> {
  return {
    plans: hearingNoticePlans(useCases),
    render: {
      subject: hearingMessage,
      followUp(key, view) {
        const reply = followUps[key as keyof typeof followUps];
        if (reply === undefined) throw new Error(`no Slack reply for the follow-up "${key}"`);
        return reply(view);
      },
      direct: reminderMessage,
    },
  };
}
