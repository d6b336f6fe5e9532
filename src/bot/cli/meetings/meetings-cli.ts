import type { CliPart } from '../cli-part.ts';
import { meetingCommands } from './meeting-commands.ts';
import { meetingAttendanceCommands } from './meeting-attendance-commands.ts';
import { meetingApprovalCommands } from './meeting-approval-commands.ts';
import { meetingImport } from './meeting-import-command.ts';
import { meetingMinutes } from './meeting-minutes-command.ts';

/** Meetings from the command line: create, list, show, cancel, and import an agenda or minutes. */
export const meetingsCli: CliPart = {
  commands: {
    ...meetingCommands,
    ...meetingAttendanceCommands,
    ...meetingApprovalCommands,
    'meeting import': meetingImport,
    'meeting minutes': meetingMinutes,
  },
  help: 'cli.help.meetings',
};
