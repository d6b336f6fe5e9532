import type { App } from '@slack/bolt';
import type { SlackPart } from '../slack-part.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { slackDiscussionNotices } from './discussion-notices.ts';
import { registerEditSetUpListeners } from './edit-set-up-listeners.ts';
import { registerOpsamlingListeners } from './opsamling-listeners.ts';
import { registerProposalListeners } from './proposal-listeners.ts';
import { registerSetUpListeners, setUpCommand } from './set-up-listeners.ts';
import { registerSignUpListeners } from './sign-up-listeners.ts';
import { statusCommand } from './status-command.ts';
import { registerSummaryListeners } from './summary-listeners.ts';

/** Each of the discussions' ways in on Slack (buttons, modals), registered in this order. */
const listenerGroups: readonly ((app: App, deps: SlackDeps) => void)[] = [
  registerSetUpListeners,
  registerEditSetUpListeners,
  registerSignUpListeners,
  registerProposalListeners,
  registerSummaryListeners,
  registerOpsamlingListeners,
];

/**
 * Group discussions in Slack: the set-up form (from "/raad gruppedroeftelse"
 * or a D item) and «Ret opsætning» on it, the sign-up message in the council's channel with its
 * buttons, the secretariat's proposal, the groups' direct messages and
 * thread replies, the summary form, the opsamling and its comments hearing.
 */
export const discussionsSlack: SlackPart = {
  listeners: (app, deps) => {
    for (const register of listenerGroups) register(app, deps);
  },
  raadCommands: [setUpCommand, statusCommand],
  help: { lines: ['slack.discussion.help.set_up', 'slack.discussion.help.status'] },
  notices: (useCases) => slackDiscussionNotices(useCases),
};
