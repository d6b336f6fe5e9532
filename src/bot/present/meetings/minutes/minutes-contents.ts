import type { Locale } from '../../../../domain/council/council.ts';
import { t } from '../../../../i18n/meetings/index.ts';
import { anchorOf, type Heading } from './item-headings.ts';

/**
 * The table of contents, in the samples' style of numbered items with their
 * kinds. Markdown has no pages, so each entry links to its heading instead
 * of a page number.
 */
export function contentsLines(locale: Locale, headings: readonly Heading[]): string[] {
  const entries = headings.map((heading) => {
    const link = `[${heading.text}](#${anchorOf(heading.text)})`;
    const nested = heading.kind === 'item' && heading.item.number.length > 1;
    return nested ? `  - ${link}` : `- ${link}`;
  });
  return [`## ${t(locale, 'meeting.minutes.contents')}`, '', ...entries];
}
