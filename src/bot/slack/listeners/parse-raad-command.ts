import type { RaadSubcommand } from '../slack-part.ts';

/**
 * "/raad <underkommando> [resten]" in Danish or English. Slack command names
 * cannot hold ø, so the subcommands are ASCII too (hjaelp), but the Danish
 * spelling typed by hand (hjælp) works as well. Help is the surface's own;
 * every other word belongs to a capability's subcommand.
 */
export type RaadCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'unknown'; readonly text: string }
  | { readonly kind: string; readonly [argument: string]: string };

const helpWords = new Set(['', 'hjaelp', 'hjælp', 'help', '?']);

export function parseRaadCommand(
  text: string,
  subcommands: readonly Pick<RaadSubcommand, 'kind' | 'words' | 'argument'>[],
): RaadCommand {
  const trimmed = text.trim();
  const [first = '', ...rest] = trimmed.split(/\s+/);
  const word = first.toLowerCase();
  if (helpWords.has(word)) return { kind: 'help' };
  const subcommand = subcommands.find((candidate) => candidate.words.includes(word));
  if (subcommand === undefined) return { kind: 'unknown', text: trimmed };
  return subcommand.argument === undefined
    ? { kind: subcommand.kind }
    : { kind: subcommand.kind, [subcommand.argument]: rest.join(' ') };
}
