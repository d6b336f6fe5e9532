/**
 * The text of an agenda or minutes as numbered lines. Markdown exports put
 * `**bold**` and `#` headings in odd places; they are taken out here, but a
 * line that carried them is remembered as `marked` (a heading is likelier).
 */
export interface SourceLine {
  /** 1-based, in the file as given, so every report points at the right line. */
  readonly line: number;
  readonly text: string;
  readonly marked: boolean;
}

const emphasis = /\*\*|__/g;
const headingMark = /^\s*#{1,6}\s+/;
/** Exporters such as pandoc escape what Markdown would read as a list: "1\\. Rådets …". */
const escaped = /\\([\\`*_{}[\]()#+\-.!|>~])/g;

export function sourceLines(text: string): SourceLine[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n/)
    .map((raw, index) => {
      // A form feed is a PDF page break; no-break spaces and tabs are spacing.
      const spaced = raw.replace(/[\f\v\u00a0\u2007\u202f\t]/g, ' ');
      const marked = headingMark.test(spaced) || emphasis.test(spaced);
      emphasis.lastIndex = 0;
      const cleaned = spaced
        .replace(headingMark, '')
        .replace(emphasis, '')
        .replace(escaped, '$1')
        .trimEnd();
      return { line: index + 1, text: cleaned, marked };
    });
}

export const isBlank = (line: SourceLine): boolean => line.text.trim() === '';
