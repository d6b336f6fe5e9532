import type { CliPart } from '../cli-part.ts';
import { discussionGroupCommands } from './discussion-group-commands.ts';
import { discussionSetupCommands } from './discussion-setup-commands.ts';
import { discussionSummaryCommands } from './discussion-summary-commands.ts';

/**
 * Group discussions from the command line, for the secretariat: set one up,
 * follow the sign-ups, form and edit the groups, announce them, collect the
 * summaries, post the opsamling and send it for comments.
 */
export const discussionsCli: CliPart = {
  commands: {
    ...discussionSetupCommands,
    ...discussionGroupCommands,
    ...discussionSummaryCommands,
  },
  help: 'cli.help.discussions',
};
