import type { SlackPart } from '../slack-part.ts';
import { slackMeetingNotices } from './meeting-notices.ts';

/** Meetings in Slack: so far the published agenda in the council's channel. No listeners, words or buttons yet. */
export const meetingsSlack: SlackPart = {
  listeners: () => {},
  notices: slackMeetingNotices,
};
