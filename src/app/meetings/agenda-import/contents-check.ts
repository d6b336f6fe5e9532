import { formatAgendaNumber, type AgendaNumber } from '../../../domain/meetings/agenda-number.ts';
import { readItemHeading, readThemeHeading } from './headings.ts';
import type { UnplacedLine } from './imported-minutes.ts';
import type { ContentsEntry } from './table-of-contents.ts';

/** The table of contents as a cross-check: an entry the body has no heading for is reported. */
export function uncheckedContents(
  contents: readonly ContentsEntry[],
  numbers: readonly AgendaNumber[],
  themes: ReadonlySet<number>,
): UnplacedLine[] {
  const found = new Set(numbers.map(formatAgendaNumber));
  return contents
    .filter((entry) => {
      const item = readItemHeading(entry.text);
      if (item !== undefined) return !found.has(formatAgendaNumber(item.number));
      const theme = readThemeHeading(entry.text);
      return theme === undefined || !(themes.has(theme.number) || found.has(String(theme.number)));
    })
    .map((entry) => ({ line: entry.line, text: entry.text }));
}
