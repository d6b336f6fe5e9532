import type { CliPart } from '../cli-part.ts';
import { meetingCommands } from './meeting-commands.ts';
import { meetingDecisionCommands } from './meeting-decision-commands.ts';
import { meetingFollowUpCommands } from './meeting-followup-commands.ts';
import { meetingImport } from './meeting-import-command.ts';
import { meetingMinutes } from './meeting-minutes-command.ts';

/** Meetings from the command line: create, list, show, cancel, and import an agenda or minutes. */
export const meetingsCli: CliPart = {
  commands: {
    ...meetingCommands,
    'meeting import': meetingImport,
    'meeting minutes': meetingMinutes,
    ...meetingDecisionCommands,
    ...meetingFollowUpCommands,
  },
  help: 'cli.help.meetings',
};
