import { isBlank, type SourceLine } from './source-lines.ts';

/**
 * What a PDF repeats on every page and is no part of the minutes: the page
 * header ("Referat af RAR Nordjyllands møde den 20. januar 2021"), the bare
 * page number, and the links the PDF's annotations print again at the end of
 * a page, right after the text that already holds them.
 */
export interface WithoutFurniture {
  readonly lines: readonly SourceLine[];
  /** The running page header, if there is one: it often names the council and the date. */
  readonly pageHeader?: string;
}

const pageNumber = /^\s*(?:side\s+)?\d{1,3}(?:\s*(?:\/|af)\s*\d{1,3})?\s*$/i;
const bareUrl = /^\s*(https?:\/\/\S+)\s*$/;
/** How far (in lines) a running header stands from its page number. */
const nearby = 4;

const blankOrAbsent = (line: SourceLine | undefined) => line === undefined || isBlank(line);

function pageNumberIndexes(lines: readonly SourceLine[]): Set<number> {
  const found = new Set<number>();
  lines.forEach((line, index) => {
    // Alone between blank lines, as a PDF's footer comes out; a number in a table is not alone.
    if (
      pageNumber.test(line.text) &&
      blankOrAbsent(lines[index - 1]) &&
      blankOrAbsent(lines[index + 1])
    )
      found.add(index);
  });
  return found;
}

function runningHeader(
  lines: readonly SourceLine[],
  numbers: ReadonlySet<number>,
): string | undefined {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const text = line.text.trim();
    if (text.length >= 8 && text.length <= 120) counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  for (const index of numbers) {
    for (let at = Math.max(0, index - nearby); at <= index + nearby && at < lines.length; at += 1) {
      const text = lines[at]!.text.trim();
      if (at !== index && (counts.get(text) ?? 0) >= 2 && !bareUrl.test(text)) return text;
    }
  }
  return undefined;
}

export function withoutPageFurniture(lines: readonly SourceLine[]): WithoutFurniture {
  const numbers = pageNumberIndexes(lines);
  const header = runningHeader(lines, numbers);
  const kept: SourceLine[] = [];
  // Everything read so far without spaces, so a link broken over two lines is still found.
  let seen = '';
  lines.forEach((line, index) => {
    const text = line.text.trim();
    if (numbers.has(index) || (header !== undefined && text === header)) return;
    const url = bareUrl.exec(line.text)?.[1];
    if (url !== undefined && seen.includes(url)) return;
    seen += text.replace(/\s+/g, '');
    kept.push(line);
  });
  return { lines: kept, ...(header === undefined ? {} : { pageHeader: header }) };
}
