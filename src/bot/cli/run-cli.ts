import { parseArgs } from 'node:util';
import type { Locale } from '../../domain/council/council.ts';
import { t } from '../../i18n/shared/index.ts';
import { cliHelp } from './cli-help.ts';
import { cliOptions, exitCodes, type CliIo, type CliValues, type Command } from './cli-context.ts';
import type { CliPart } from './cli-part.ts';

export { exitCodes, type CliIo } from './cli-context.ts';
export type { CliPart } from './cli-part.ts';

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

/**
 * The secretariat's command line: the same use cases as the chat surfaces,
 * answers in the council's language, and exit codes for scripts. Each
 * capability brings its commands and its help (`parts`).
 */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  parts: readonly CliPart[],
): Promise<number> {
  const commands: Readonly<Record<string, Command>> = Object.assign(
    {},
    ...parts.map((part) => part.commands),
  );
  const help = cliHelp(io.defaultLocale, parts);
  let parsed: { values: CliValues; positionals: string[] };
  try {
    parsed = parseArgs({
      args: [...argv],
      options: cliOptions,
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    io.err.write(`${argumentError(io.defaultLocale, error)}\n\n${help}\n`);
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
    io.out.write(`${help}\n`);
    return exitCodes.ok;
  }
  const handler = commands[`${group} ${command ?? ''}`.trim()];
  if (handler === undefined) {
    const unknown = t(io.defaultLocale, 'cli.unknown_command', { text: positionals.join(' ') });
    io.err.write(`${unknown}\n\n${help}\n`);
    return exitCodes.usage;
  }
  return handler({ io, values, args });
}
