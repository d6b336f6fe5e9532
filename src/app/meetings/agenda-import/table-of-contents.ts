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

export const isContentsHeading = (text: string): boolean => contentsHeading.test(text);

/** The entry on a line with a dot leader (anywhere), or a wide gap (inside a table of contents). */
export function readContentsEntry(
  line: SourceLine,
  inContents: boolean,
): ContentsEntry | undefined {
  const match = withLeader.exec(line.text) ?? (inContents ? withGap.exec(line.text) : null);
  if (match === null) return undefined;
  return { line: line.line, text: match[1]!.replace(/^\s*[-•*]\s*/, '').trim() };
}
