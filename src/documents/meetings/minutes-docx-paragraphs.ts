import type { Paragraph, ParagraphChild } from 'docx';

/**
 * The referat's text blocks as Word paragraphs. The wording comes from the
 * same functions the Markdown referat is printed with (header, fields, Bilag,
 * attendance), as the few Markdown forms they write: `**Label** text`, a
 * `- ` list line, a `[title](link)`. Here each becomes what Word has for it:
 * a bold run, a bulleted paragraph, a hyperlink. A field's further lines stay
 * lines (line breaks in its paragraph), as the minutes had them.
 */
type Docx = typeof import('docx');

const inline = /\*\*(.+?)\*\*|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g;

/** A line's runs: bold where it had `**…**`, a hyperlink where it had `[title](link)`. */
export function runsOf(docx: Docx, line: string, firstBreak = false): ParagraphChild[] {
  const runs: ParagraphChild[] = [];
  let at = 0;
  let breakBefore = firstBreak;
  const text = (value: string, bold = false) => {
    runs.push(new docx.TextRun({ text: value, bold, ...(breakBefore ? { break: 1 } : {}) }));
    breakBefore = false;
  };
  for (const found of line.matchAll(inline)) {
    if (found.index > at) text(line.slice(at, found.index));
    const [, bold, title, link] = found;
    if (bold !== undefined) text(bold, true);
    else {
      if (breakBefore) text('');
      runs.push(
        new docx.ExternalHyperlink({
          link: link!,
          children: [new docx.TextRun({ text: title!, style: 'Hyperlink' })],
        }),
      );
    }
    at = found.index + found[0].length;
  }
  if (at < line.length || runs.length === 0) text(line.slice(at));
  return runs;
}

const listLine = /^\s*-\s+(.*)$/;
/** "**Beslutning** Rådet …": a field's text begins after its label, and its "- " lines are its own. */
const fieldText = /^\*\*[^*]+\*\*\s+\S/;

/**
 * Markdown-like lines (blank lines between blocks) as paragraphs: each run
 * of `- ` lines a bulleted list (the Bilag, the people under "Fra FH:"),
 * each other block one paragraph whose lines are kept apart by line breaks.
 * Inside a field's text a `- ` line is the text's own and stays a line.
 */
export function paragraphsOf(docx: Docx, lines: readonly string[]): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let block: string[] = [];
  const flush = () => {
    if (block.length === 0) return;
    const children = block.flatMap((line, index) => runsOf(docx, line, index > 0));
    paragraphs.push(new docx.Paragraph({ children, spacing: { after: 120 } }));
    block = [];
  };
  for (const line of lines) {
    const inFieldText = block.length > 0 && fieldText.test(block[0]!);
    const item = inFieldText ? undefined : listLine.exec(line)?.[1];
    if (line.trim() === '') flush();
    else if (item !== undefined) {
      flush();
      paragraphs.push(new docx.Paragraph({ children: runsOf(docx, item), bullet: { level: 0 } }));
    } else block.push(line);
  }
  flush();
  return paragraphs;
}
