import type { CliPart } from '../cli-part.ts';
import { exportCommands } from './export-command.ts';
import { hearingCommands } from './hearing-commands.ts';

/** Opening, answering, following, closing and exporting hearings from the command line. */
export const hearingsCli: CliPart = {
  commands: { ...hearingCommands, ...exportCommands },
  help: 'cli.help.hearings',
};
