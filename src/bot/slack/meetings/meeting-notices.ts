import {
  meetingNoticePlans,
  type AgendaUseCases,
  type PublishedAgendaView,
} from '../../present/meetings/meeting-notice-plans.ts';
import type { SlackNoticeParts } from '../sender/slack-chat-adapter.ts';
import { agendaItemReplyOf } from './agenda-item-reply.ts';
import { agendaOverview } from './agenda-overview.ts';

/**
 * A meeting's notices in Slack: the published agenda's overview in the
 * council's channel, and one reply per item in its thread. What goes to a
 * member directly is in reminder-dm-notices.ts; no follow-up is keyed.
 */
export function slackMeetingNotices(
  useCases: AgendaUseCases,
): SlackNoticeParts<PublishedAgendaView> {
  return {
    plans: meetingNoticePlans(useCases),
    render: {
      subject: agendaOverview,
      threadReply: agendaItemReplyOf,
      followUp(key) {
        throw new Error(`no Slack reply for the meeting follow-up "${key}"`);
      },
      direct() {
        throw new Error('no Slack direct message for a meeting notice');
      },
    },
  };
}
