import type { CliPart } from '../cli-part.ts';
import { meetingCommands } from './meeting-commands.ts';
import { meetingDecisionCommands } from './meeting-decision-commands.ts';
import { meetingFollowUpCommands } from './meeting-followup-commands.ts';
import { meetingAttendanceCommands } from './meeting-attendance-commands.ts';
import { meetingApprovalCommands } from './meeting-approval-commands.ts';
import { meetingImport } from './meeting-import-command.ts';
import { meetingInvitationCommand } from './meeting-invitation-command.ts';
import { meetingMinutes } from './meeting-minutes-command.ts';
import { meetingMove } from './meeting-move-command.ts';
import { meetingPublish } from './meeting-publish-command.ts';

/** Meetings from the command line: create, list, show, cancel, and import an agenda or minutes. */
export const meetingsCli: CliPart = {
  commands: {
    ...meetingCommands,
    ...meetingAttendanceCommands,
    ...meetingApprovalCommands,
    'meeting import': meetingImport,
    'meeting minutes': meetingMinutes,
    'meeting move': meetingMove,
    'meeting publish': meetingPublish,
    'meeting invitation': meetingInvitationCommand,
    ...meetingDecisionCommands,
    ...meetingFollowUpCommands,
  },
  help: 'cli.help.meetings',
};
