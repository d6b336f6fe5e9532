import type { AgendaItem } from '../../../../domain/meetings/agenda-item.ts';
import { formatAgendaNumber } from '../../../../domain/meetings/agenda-number.ts';
import type { Locale } from '../../../../domain/council/council.ts';
import { t } from '../../../../i18n/meetings/index.ts';

/**
 * The headings of the referat: a theme ("1. Rådets interne fokus …") before
 * the first item under it, and each item as the samples print it,
 * "0.1.1 Titel (Oplæg + O+D)".
 */
export type Heading =
  | { readonly kind: 'theme'; readonly text: string }
  | { readonly kind: 'item'; readonly text: string; readonly item: AgendaItem };

/** "(O+D)", "(Oplæg + B)", "(Oplæg)"; nothing when the item has neither kinds nor a presentation. */
export function kindMark(locale: Locale, item: AgendaItem): string {
  const presentation = item.presentation || item.presenters.length > 0;
  const kinds = item.kinds.join('+');
  const parts = [...(presentation ? [t(locale, 'meeting.minutes.presentation')] : []), kinds];
  const mark = parts.filter((part) => part !== '').join(' + ');
  return mark === '' ? '' : ` (${mark})`;
}

/** A top-level item ("4. Borgere på kanten") is a theme with fields of its own and prints as one. */
export function itemHeadingText(locale: Locale, item: AgendaItem): string {
  const number = formatAgendaNumber(item.number);
  const printed = item.number.length === 1 ? `${number}.` : number;
  return `${printed} ${item.title}${kindMark(locale, item)}`;
}

/** "1. Rådets interne fokus …": a theme heading of its own, not an item such as "0.1 TEMA – …". */
const themeHeading = /^\d{1,2}\.\s/;

/** The headings in the order they print: each theme once, before the first item under it. */
export function headingsOf(locale: Locale, items: readonly AgendaItem[]): Heading[] {
  const topLevel = new Set(
    items.filter((item) => item.number.length === 1).map((i) => i.number[0]),
  );
  const headings: Heading[] = [];
  let lastTheme: string | undefined;
  for (const item of items) {
    const theme = item.theme;
    if (
      theme !== undefined &&
      theme !== lastTheme &&
      themeHeading.test(theme) &&
      !topLevel.has(item.number[0])
    )
      headings.push({ kind: 'theme', text: theme });
    lastTheme = theme;
    headings.push({ kind: 'item', text: itemHeadingText(locale, item), item });
  }
  return headings;
}

/** The anchor a Markdown viewer gives a heading: lower case, punctuation gone, spaces as hyphens. */
export const anchorOf = (heading: string): string =>
  heading
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
