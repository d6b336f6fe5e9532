import type { App } from '@slack/bolt';
import type { SlackPart } from '../slack-part.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { registerAfbudListeners } from './afbud-listeners.ts';
import { attendanceCommand, registerAttendanceListeners } from './attendance-listeners.ts';
import { followUpCommand, registerFollowUpListeners } from './follow-up-listeners.ts';
import { meetingsHomeSection } from './home-section.ts';
import { importChatRaadCommands, registerImportChat } from './import-chat-slack.ts';
import { registerItemListeners } from './item-listeners.ts';
import { slackMeetingNotices } from './meeting-notices.ts';
import { registerMinutes } from './minutes-listeners.ts';
import { slackMinutesNotices } from './minutes-notices.ts';
import { minutesRaadCommands } from './minutes-raad-commands.ts';
import { nextMeetingCommand } from './next-meeting-command.ts';
import { publishAgendaCommand, registerPublishAgenda } from './publish-agenda-listeners.ts';
import { slackMeetingDmNotices } from './reminder-dm-notices.ts';

/** Each of the meeting's ways in on Slack (buttons, modals, events), registered in this order. */
const listenerGroups: readonly ((app: App, deps: SlackDeps) => void)[] = [
  registerPublishAgenda,
  registerItemListeners,
  registerAfbudListeners,
  registerFollowUpListeners,
  registerAttendanceListeners,
  registerMinutes,
  registerImportChat,
];

/** Meetings in Slack: the published agenda in the council's channel, its buttons and forms. */
export const meetingsSlack: SlackPart = {
  listeners: (app, deps) => {
    for (const register of listenerGroups) register(app, deps);
  },
  raadCommands: [
    nextMeetingCommand,
    publishAgendaCommand,
    followUpCommand,
    attendanceCommand,
    ...minutesRaadCommands,
    ...importChatRaadCommands,
  ],
  help: {
    lines: [
      'slack.help.next_meeting',
      'slack.help.new_meeting',
      'slack.help.agenda',
      'publish.chat.help_slack',
      'slack.help.follow_up',
      'slack.help.attendance',
      'slack.help.minutes',
      'slack.help.minutes_approvals',
    ],
  },
  notices: (useCases) => [
    slackMeetingNotices(useCases),
    slackMinutesNotices(useCases),
    slackMeetingDmNotices(useCases),
  ],
  home: meetingsHomeSection,
};
