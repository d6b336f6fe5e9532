import type { App } from '@slack/bolt';
import type { SlackPart } from '../slack-part.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { registerItemListeners } from './item-listeners.ts';
import { slackMeetingNotices } from './meeting-notices.ts';
import { publishAgendaCommand, registerPublishAgenda } from './publish-agenda-listeners.ts';
import { attendanceCommand, registerAttendanceListeners } from './attendance-listeners.ts';
import { followUpCommand, registerFollowUpListeners } from './follow-up-listeners.ts';
import { meetingsHomeSection } from './home-section.ts';
import { nextMeetingCommand } from './next-meeting-command.ts';

/** Each of the meeting's ways in on Slack (buttons, modals, events), registered in this order. */
const listenerGroups: readonly ((app: App, deps: SlackDeps) => void)[] = [
  registerPublishAgenda,
  registerItemListeners,
  registerFollowUpListeners,
  registerAttendanceListeners,
];

/** Meetings in Slack: the published agenda in the council's channel, its buttons and forms. */
export const meetingsSlack: SlackPart = {
  listeners: (app, deps) => {
    for (const register of listenerGroups) register(app, deps);
  },
  raadCommands: [publishAgendaCommand, nextMeetingCommand, followUpCommand, attendanceCommand],
  help: {
    lines: [
      'publish.chat.help_slack',
      'slack.help.next_meeting',
      'slack.help.follow_up',
      'slack.help.attendance',
    ],
  },
  notices: (useCases) => [slackMeetingNotices(useCases)],
  home: meetingsHomeSection,
};
