/**
 * The HTML mammoth makes of a Word document, as the Markdown-like text the
 * importer reads: headings keep their level ("## 0.1.1 …", a sign the line
 * is a heading), bold stays `**bold**`, list items become "- " bullets,
 * links "[title](url)", and paragraphs have a blank line between them. A
 * table row is one line, its cells side by side, as a two-column table of
 * labels ("Beslutning" | "Rådet tiltrådte …") reads in the minutes; a cell's
 * further paragraphs follow on lines of their own.
 *
 * mammoth's HTML is a small, regular set of tags (p, h1–h6, strong, em, ul,
 * ol, li, a, table, tr, td, th, br, img), so a tag scanner reads it.
 */
const tag = /<(\/?)([a-z][a-z0-9]*)([^>]*)>|([^<]+)/g;
const hrefOf = /\bhref="([^"]*)"/;

const entities: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

const decode = (text: string): string =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return entities[name.toLowerCase()] ?? whole;
  });

interface Cell {
  lines: string[];
}

/** Builds the text block by block; tables collect their cells and are written row by row. */
class TextWriter {
  readonly blocks: string[][] = [];
  private line = '';
  /** The lines before a line break in the paragraph being read. */
  private brokenLines: string[] = [];
  private prefix = '';
  private listDepth = 0;
  private link: string | undefined;
  private linkText = '';
  private row: Cell[] | undefined;
  private rowLines: string[] = [];

  text(raw: string) {
    // Spaces are the document's own; a tab (before a table of contents' page number, say) is a wide gap.
    const text = decode(raw)
      .replace(/[\r\n]+/g, ' ')
      .replace(/ *\t+ */g, '  ');
    if (this.link !== undefined) this.linkText += text;
    else this.line += text;
  }

  raw(markup: string) {
    if (this.link !== undefined) this.linkText += markup;
    else this.line += markup;
  }

  startBlock(prefix: string) {
    this.endBlock();
    this.prefix = prefix;
  }

  endBlock() {
    const texts = [...this.brokenLines, this.line]
      .map((text) => text.replace(/ {2,}$/, '').trim())
      .filter((text) => text !== '');
    this.line = '';
    this.brokenLines = [];
    if (texts.length === 0) return;
    const lines = texts.map((text, index) => (index === 0 ? `${this.prefix}${text}` : text));
    this.prefix = '';
    const cell = this.row?.at(-1);
    const list = this.listDepth > 0 ? this.blocks.at(-1) : undefined;
    if (cell !== undefined) cell.lines.push(...lines);
    else if (list !== undefined) list.push(...lines);
    else this.blocks.push(lines);
  }

  startList() {
    this.endBlock();
    // A list is one block: its items have no blank lines between them.
    if (this.listDepth === 0 && this.row === undefined) this.blocks.push([]);
    this.listDepth += 1;
  }

  endList() {
    this.endBlock();
    this.listDepth = Math.max(0, this.listDepth - 1);
  }

  listItem() {
    this.startBlock(`${'  '.repeat(Math.max(0, this.listDepth - 1))}- `);
  }

  startLink(href: string | undefined) {
    this.link = href ?? '';
    this.linkText = '';
  }

  endLink() {
    const href = this.link ?? '';
    const text = this.linkText.trim();
    this.link = undefined;
    if (href.startsWith('#')) {
      // Word's table of contents links each entry to its heading: "Titel<tab>3" → "[Titel](#_Toc…)".
      const entry = text.replace(/\s{2,}\d{0,3}$/, '').trim();
      this.line += entry === '' ? '' : `[${entry}](${href})`;
    } else if (href === '' || text === href || text.includes(href)) this.line += this.linkText;
    else if (text === '') this.line += href;
    else this.line += `[${text}](${href})`;
  }

  startRow() {
    this.endBlock();
    this.row = [];
  }

  startCell() {
    this.endBlock();
    this.row?.push({ lines: [] });
  }

  endRow() {
    this.endBlock();
    const cells = (this.row ?? []).filter((cell) => cell.lines.length > 0);
    this.row = undefined;
    if (cells.length === 0) return;
    // The first lines side by side; the rest of each cell after, in column order.
    const first = cells.map((cell) => cell.lines[0]!).join(' ');
    this.rowLines.push(first, ...cells.flatMap((cell) => cell.lines.slice(1)));
  }

  endTable() {
    this.endRow();
    if (this.rowLines.length > 0) this.blocks.push(this.rowLines);
    this.rowLines = [];
  }

  /** A line break inside a paragraph: the next line is the same block, without a blank line. */
  lineBreak() {
    this.brokenLines.push(this.line);
    this.line = '';
  }
}

export function docxHtmlText(html: string): string {
  const writer = new TextWriter();
  for (const found of html.matchAll(tag)) {
    const [, closing, name = '', attributes = '', text] = found;
    if (text !== undefined) {
      writer.text(text);
      continue;
    }
    const open = closing !== '/';
    switch (name) {
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        if (open) writer.startBlock(`${'#'.repeat(Number(name[1]))} `);
        else writer.endBlock();
        break;
      case 'p':
        if (open) writer.startBlock('');
        else writer.endBlock();
        break;
      case 'strong':
      case 'b':
        writer.raw('**');
        break;
      case 'ul':
      case 'ol':
        if (open) writer.startList();
        else writer.endList();
        break;
      case 'li':
        if (open) writer.listItem();
        else writer.endBlock();
        break;
      case 'a':
        if (open) writer.startLink(hrefOf.exec(attributes)?.[1]);
        else writer.endLink();
        break;
      case 'tr':
        if (open) writer.startRow();
        else writer.endRow();
        break;
      case 'td':
      case 'th':
        if (open) writer.startCell();
        break;
      case 'table':
        if (!open) writer.endTable();
        break;
      case 'br':
        writer.lineBreak();
        break;
      default:
        break;
    }
  }
  writer.endBlock();
  return `${writer.blocks
    .filter((block) => block.length > 0)
    .map((block) => block.join('\n'))
    .join('\n\n')}\n`;
}
