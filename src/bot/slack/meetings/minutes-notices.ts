import type { UseCases } from '../../../app/use-cases.ts';
import {
  minutesNoticePlans,
  type MinutesView,
} from '../../present/meetings/minutes-notice-plans.ts';
import type { SlackNoticeParts } from '../sender/slack-chat-adapter.ts';
import { minutesApprovedReply, minutesSummaryMessage } from './minutes-summary-message.ts';

/**
 * The referat's notices in Slack: its summary in the council's channel,
 * kept current as members approve, and "Referatet er godkendt" in its thread.
 */
export function slackMinutesNotices(
  useCases: Pick<
    UseCases,
    'showMeeting' | 'describeCouncil' | 'minutesApprovalStatus' | 'minutesLink'
  >,
): SlackNoticeParts<MinutesView> {
  return {
    plans: minutesNoticePlans(useCases),
    render: {
      subject: minutesSummaryMessage,
      followUp: (_key, view) => minutesApprovedReply(view),
      direct() {
        throw new Error('no Slack direct message for the minutes');
      },
    },
  };
}
