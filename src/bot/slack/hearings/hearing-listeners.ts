import type { App } from '@slack/bolt';
import type { SlackDeps } from '../slack-deps.ts';
import type { SlackPart } from '../slack-part.ts';
import { hearingRaadCommands } from './hearing-raad-commands.ts';
import { registerManage } from './manage-listeners.ts';
import { registerOpenHearingListeners } from './open-hearing-listeners.ts';
import { publishHome } from './publish-home.ts';
import { registerVoteListeners } from './vote-listeners.ts';
import { slackHearingNotices } from './hearing-notices.ts';

/** Everything hearings in Slack: opening, answering, managing, and the Home tab (open hearings, deadlines). */
function registerHearingListeners(app: App, deps: SlackDeps): void {
  registerOpenHearingListeners(app, deps);
  registerVoteListeners(app, deps);
  registerManage(app, deps);
  // Acked by Bolt before it runs; a redelivery publishes the same tab again, which is harmless.
  app.event('app_home_opened', async ({ event, client, context }) => {
    if (event.tab !== 'home') return;
    await publishHome(deps, client, context.teamId, event.user);
  });
}

/** Hearings in Slack: vote buttons, the forms, management, App Home, its /raad words, its messages. */
export const hearingsSlack: SlackPart = {
  listeners: registerHearingListeners,
  raadCommands: hearingRaadCommands,
  help: {
    lines: ['slack.help.hoering', 'slack.help.new', 'slack.help.mine'],
    notes: ['slack.help.shortcut', 'slack.help.home'],
  },
  notices: (useCases) => [slackHearingNotices(useCases)],
};
