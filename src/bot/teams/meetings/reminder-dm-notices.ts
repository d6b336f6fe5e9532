import type { UseCases } from '../../../app/use-cases.ts';
import { meetingDmPlans, type MeetingDmView } from '../../present/meetings/meeting-dm-plans.ts';
import { cardActivity } from '../handlers/teams-kit.ts';
import type { TeamsNoticeParts } from '../sender/teams-chat-adapter.ts';
import { meetingDmCard, meetingDmText } from './reminder-dm-card.ts';

/**
 * A meeting's direct messages in Teams: the reminders (afbud deadline, the
 * day before, the hour before) and the suppleant told about the seat, each
 * in the member's 1:1 chat (opened if need be, else an @mention).
 */
export function teamsMeetingDmNotices(
  useCases: Pick<UseCases, 'memberMeetingView' | 'minutesLink'>,
): TeamsNoticeParts<MeetingDmView> {
  return {
    plans: meetingDmPlans(useCases),
    render: {
      subject() {
        throw new Error('a meeting direct message has no channel card');
      },
      followUp(key) {
        throw new Error(`no Teams follow-up for the meeting direct message "${key}"`);
      },
      direct: (state) => ({ card: cardActivity(meetingDmCard(state)), text: meetingDmText(state) }),
    },
  };
}
