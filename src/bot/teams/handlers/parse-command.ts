/** What a member can type to Rådsbot, in Danish or English. */
export type TeamsCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'new_hearing'; readonly title?: string }
  | { readonly kind: 'my_hearings' }
  | { readonly kind: 'absence' }
  | { readonly kind: 'bind'; readonly councilId?: string }
  | { readonly kind: 'unknown'; readonly text: string };

const patterns: readonly [RegExp, (match: RegExpMatchArray, original: string) => TeamsCommand][] = [
  [/^(?:hjælp|hjaelp|help|\?)$/, () => ({ kind: 'help' })],
  [
    /^(?:ny høring|ny hoering|ny horing|new hearing)(?:\s+(.+))?$/,
    (match, original) => {
      // The title keeps the case it was typed in.
      const title =
        match[1] === undefined
          ? undefined
          : original.slice(original.length - match[1].length).trim();
      return title ? { kind: 'new_hearing', title } : { kind: 'new_hearing' };
    },
  ],
  [
    /^(?:mine høringer|mine hoeringer|mine horinger|mine|my hearings)$/,
    () => ({ kind: 'my_hearings' }),
  ],
  [/^(?:afbud|absence|apologies|send apologies)$/, () => ({ kind: 'absence' })],
  [
    /^(?:tilknyt|bind)(?:\s+(\S+))?$/,
    (match) => (match[1] ? { kind: 'bind', councilId: match[1] } : { kind: 'bind' }),
  ],
];

/**
 * Reads a typed message. The SDK has already taken out the bot's own
 * @mention; any other `<at>` mark-up, extra spaces and a closing full stop
 * or question mark are ignored, and case does not matter.
 */
export function parseCommand(text: string | undefined): TeamsCommand {
  const original = (text ?? '')
    .replace(/<at>[^<]*<\/at>/g, ' ')
    .replace(/&nbsp;|\u00a0/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.!]+$/, '')
    .trim();
  if (original === '') return { kind: 'help' };
  const normalised = original.toLowerCase();
  for (const [pattern, command] of patterns) {
    const match = normalised.match(pattern);
    if (match) return command(match, original);
  }
  return { kind: 'unknown', text: original };
}
