import type { App } from '@slack/bolt';
import type { SlackPart } from '../slack-part.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { slackMeetingNotices } from './meeting-notices.ts';
import { registerMinutes } from './minutes-listeners.ts';
import { slackMinutesNotices } from './minutes-notices.ts';
import { minutesRaadCommands } from './minutes-raad-commands.ts';

/** Each of the meeting's ways in on Slack (buttons, modals, events), registered in this order. */
const listenerGroups: readonly ((app: App, deps: SlackDeps) => void)[] = [registerMinutes];

/** Meetings in Slack: the published agenda in the council's channel, its buttons and forms. */
export const meetingsSlack: SlackPart = {
  listeners: (app, deps) => {
    for (const register of listenerGroups) register(app, deps);
  },
  raadCommands: [...minutesRaadCommands],
  help: { lines: ['slack.help.minutes', 'slack.help.minutes_approvals'] },
  notices: (useCases) => [slackMeetingNotices(useCases), slackMinutesNotices(useCases)],
};
