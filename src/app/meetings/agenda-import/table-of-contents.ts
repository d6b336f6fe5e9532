import type { SourceLine } from './source-lines.ts';

/**
 * The table of contents before the items ("Dagsordenspunkter", dot leaders
 * and page numbers). Its lines are never items: the headings in the body
 * are. It is kept to cross-check that the body has every item it lists.
 */
export interface ContentsEntry {
  readonly line: number;
  /** The entry as printed, without its leader and page number. */
  readonly text: string;
}

const contentsHeading =
  /^\s*(?:Dagsordenspunkter|Indholdsfortegnelse|Indhold|Dagsorden)\s*:?\s*$/iu;
const withLeader = /^(.*?\S)\s*(?:\.{3,}|…+|·{3,}|_{3,}|(?:\s\.){3,})[\s.…]*(\d{1,3})\s*$/u;
const withGap = /^(.*?\S)\s{2,}(\d{1,3})\s*$/u;
/** Markdown has no pages: its table of contents links each entry to its heading, "- [0.1.1 Titel (B)](#011-titel-b)". */
const linkedEntry = /^\s*(?:[-•*]\s*)?\[([^\]]+)\]\(#[^)\s]*\)\s*$/u;

export const isContentsHeading = (text: string): boolean => contentsHeading.test(text);

/**
 * The entry on a line with a dot leader (anywhere), or, inside a table of
 * contents, a wide gap before the page number or a Markdown link to the heading.
 */
export function readContentsEntry(
  line: SourceLine,
  inContents: boolean,
): ContentsEntry | undefined {
  const linked = inContents ? linkedEntry.exec(line.text) : null;
  if (linked !== null) return { line: line.line, text: linked[1]!.trim() };
  const match = withLeader.exec(line.text) ?? (inContents ? withGap.exec(line.text) : null);
  if (match === null) return undefined;
  return { line: line.line, text: match[1]!.replace(/^\s*[-•*]\s*/, '').trim() };
}

const startsNumbered = /^\s*(?:[-•*]\s*)?\d{1,2}(?:\.\d{1,2})*\.?\s+\S/u;

/**
 * A long entry wraps: "0.1.1 Kompetencer til den grønne omstilling – status
 * og" / "ønsker (O+D) ........ 2". The two lines are one entry, on the first line.
 */
export function joinWrappedEntries(lines: readonly SourceLine[]): SourceLine[] {
  const joined: SourceLine[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    const next = lines[index + 1];
    if (
      next !== undefined &&
      startsNumbered.test(line.text) &&
      !withLeader.test(line.text) &&
      withLeader.test(next.text) &&
      !startsNumbered.test(next.text)
    ) {
      joined.push({ ...line, text: `${line.text.trimEnd()} ${next.text.trim()}` });
      index += 1;
    } else joined.push(line);
  }
  return joined;
}
