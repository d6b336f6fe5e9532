/** Text as an Adaptive Card's TextBlock shows it: cut to a length, links in its Markdown subset. */

/** At most `max` characters (code points), ending in "…" when cut. */
export function clipText(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/** A web address a TextBlock can link safely: http(s), and nothing that would end the link early. */
const linkable = /^https?:\/\/[^\s()<>[\]]+$/i;

/** "[title](url)" when the address is linkable; else the title as it is. */
export function markdownLink(title: string, url: string | undefined): string {
  const shown = title.replace(/[[\]]/g, (bracket) => (bracket === '[' ? '(' : ')'));
  if (url === undefined || !linkable.test(url)) return shown;
  return `[${shown}](${url})`;
}

/** The size Teams counts: the card's JSON in UTF-8 bytes. */
export const cardBytes = (card: unknown): number => Buffer.byteLength(JSON.stringify(card), 'utf8');
