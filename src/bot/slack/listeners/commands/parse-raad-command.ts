/**
 * "/raad <underkommando> [resten]" in Danish or English. Slack command names
 * cannot hold ø, so the subcommands are ASCII too (hjaelp), but the Danish
 * spelling typed by hand (hjælp) works as well.
 */
export type RaadCommand =
  | { readonly kind: 'help' }
  | { readonly kind: 'new'; readonly title: string }
  | { readonly kind: 'mine' }
  | { readonly kind: 'absence' }
  | { readonly kind: 'unknown'; readonly text: string };

const words: Record<string, RaadCommand['kind']> = {
  '': 'help',
  hjaelp: 'help',
  hjælp: 'help',
  help: 'help',
  '?': 'help',
  ny: 'new',
  new: 'new',
  hoering: 'new',
  høring: 'new',
  mine: 'mine',
  my: 'mine',
  afbud: 'absence',
  absence: 'absence',
  apologies: 'absence',
};

export function parseRaadCommand(text: string): RaadCommand {
  const trimmed = text.trim();
  const [first = '', ...rest] = trimmed.split(/\s+/);
  const kind = words[first.toLowerCase()];
  switch (kind) {
    case 'help':
    case 'mine':
    case 'absence':
      return { kind };
    case 'new':
      return { kind, title: rest.join(' ') };
    default:
      return { kind: 'unknown', text: trimmed };
  }
}
