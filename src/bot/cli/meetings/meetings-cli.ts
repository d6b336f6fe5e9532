import type { CliPart } from '../cli-part.ts';
import { meetingImport } from './meeting-import-command.ts';
import { meetingMinutes } from './meeting-minutes-command.ts';

/** Meetings from the command line: for now, previewing the import of an agenda or minutes. */
export const meetingsCli: CliPart = {
  commands: {
    'meeting import': meetingImport,
    'meeting minutes': meetingMinutes,
  },
  help: 'cli.help.meetings',
};
