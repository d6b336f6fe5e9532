import type { CliPart } from '../cli-part.ts';
import { rosterCommands } from './roster-commands.ts';

/** Setting a council up from the command line: roster, councils, workspace binding. */
export const councilCli: CliPart = { commands: rosterCommands, help: 'cli.help.council' };
