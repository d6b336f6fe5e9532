import { parseArgs } from 'node:util';
import type { Locale } from '../../domain/council/council.ts';
import { t } from '../../i18n/shared/index.ts';
import { cliHelp } from './cli-help.ts';
import { cliOptions, exitCodes, type CliIo, type CliValues, type Command } from './cli-context.ts';
import { exportCommands } from './hearings/export-command.ts';
import { hearingCommands } from './hearings/hearing-commands.ts';
import { rosterCommands } from './council/roster-commands.ts';

export { exitCodes, type CliIo } from './cli-context.ts';

/** Node's parseArgs speaks English and code; say the same in the council's language. */
function argumentError(locale: Locale, error: unknown): string {
  const { code, message } = error as { code?: string; message: string };
  const option = /'(-[^' ]+)/.exec(message)?.[1] ?? '';
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return t(locale, 'cli.unknown_option', { option });
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
    return /argument missing/.test(message)
      ? t(locale, 'cli.option_needs_value', { option })
      : t(locale, 'cli.option_takes_no_value', { option });
  return message;
}

/** Every command, by "group command"; each group lives in its own file. */
const commands: Readonly<Record<string, Command>> = {
  ...rosterCommands,
  ...hearingCommands,
  ...exportCommands,
};

/**
 * The secretariat's command line: the same use cases as the chat surfaces,
 * answers in the council's language, and exit codes for scripts.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: { values: CliValues; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      options: cliOptions,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.err.write(`${argumentError(io.defaultLocale, error)}\n\n${cliHelp(io.defaultLocale)}\n`);
    return exitCodes.usage;
  }
  const { values, positionals } = parsed;
  const [group, command, ...args] = positionals;
  if (
    values.help ||
    group === undefined ||
    group === 'help' ||
    group === 'hjaelp' ||
    group === 'hjælp'
  ) {
    io.out.write(`${cliHelp(io.defaultLocale)}\n`);
    return exitCodes.ok;
  }
  const handler = commands[`${group} ${command ?? ''}`.trim()];
  if (handler === undefined) {
    const unknown = t(io.defaultLocale, 'cli.unknown_command', { text: positionals.join(' ') });
    io.err.write(`${unknown}\n\n${cliHelp(io.defaultLocale)}\n`);
    return exitCodes.usage;
  }
  return handler({ io, values, args });
}
