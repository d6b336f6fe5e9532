/** Runs command-line commands in-process against a running test Rådsbot, capturing what they print. */
import type { Clock } from '../../src/app/ports.ts';
import type { UseCases } from '../../src/app/use-cases.ts';
import { councilCli } from '../../src/bot/cli/council/council-cli.ts';
import { hearingsCli } from '../../src/bot/cli/hearings/hearings-cli.ts';
import { runCli, type CliPart } from '../../src/bot/cli/run-cli.ts';

export interface CliAnswer {
  readonly code: number;
  readonly out: string;
  readonly err: string;
}

/**
 * `cli('hearing', 'list')` → exit code and output; `bot` is read at each call
 * (set in beforeAll). `parts` are the capabilities' commands it knows.
 */
export function cliOf(
  bot: () => { readonly useCases: UseCases; readonly deps: { readonly clock: Clock } },
  parts: readonly CliPart[] = [councilCli, hearingsCli],
): (...argv: string[]) => Promise<CliAnswer> {
  return async (...argv) => {
    let out = '';
    let err = '';
    const code = await runCli(
      argv,
      {
        useCases: bot().useCases,
        out: { write: (text: string) => (out += text) },
        err: { write: (text: string) => (err += text) },
        defaultLocale: 'da',
        clock: bot().deps.clock,
      },
      parts,
    );
    return { code, out, err };
  };
}
