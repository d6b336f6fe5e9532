import type { App } from '@slack/bolt';
import type { SlackPart } from '../slack-part.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { slackMeetingNotices } from './meeting-notices.ts';
import { registerAfbudListeners } from './afbud-listeners.ts';
import { slackMeetingDmNotices } from './reminder-dm-notices.ts';

/** Each of the meeting's ways in on Slack (buttons, modals, events), registered in this order. */
const listenerGroups: readonly ((app: App, deps: SlackDeps) => void)[] = [registerAfbudListeners];

/** Meetings in Slack: the published agenda in the council's channel, its buttons and forms. */
export const meetingsSlack: SlackPart = {
  listeners: (app, deps) => {
    for (const register of listenerGroups) register(app, deps);
  },
  raadCommands: [],
  notices: (useCases) => [slackMeetingNotices(useCases), slackMeetingDmNotices(useCases)],
};
