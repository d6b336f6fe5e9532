import type { TextKey } from '../../i18n/shared/index.ts';
import type { Command } from './cli-context.ts';

/**
 * What one capability adds to the command line: its commands, by
 * "group command" (e.g. 'hearing open'), and its block of the help text.
 */
export interface CliPart {
  readonly commands: Readonly<Record<string, Command>>;
  readonly help: TextKey;
}
