import type { UseCases } from '../../../app/use-cases.ts';
import { meetingDmPlans, type MeetingDmView } from '../../present/meetings/meeting-dm-plans.ts';
import type { SlackNoticeParts } from '../sender/slack-chat-adapter.ts';
import { meetingDmMessage } from './reminder-dm-message.ts';

/**
 * A meeting's direct messages in Slack: the reminders (afbud deadline, the
 * day before, the hour before) and the suppleant told about the seat. Each
 * goes to one member's DM; nothing is posted in the channel.
 */
export function slackMeetingDmNotices(
  useCases: Pick<UseCases, 'memberMeetingView' | 'minutesLink'>,
): SlackNoticeParts<MeetingDmView> {
  return {
    plans: meetingDmPlans(useCases),
    render: {
      subject() {
        throw new Error('a meeting direct message has no channel message');
      },
      followUp(key) {
        throw new Error(`no Slack reply for the meeting direct message "${key}"`);
      },
      direct: meetingDmMessage,
    },
  };
}
