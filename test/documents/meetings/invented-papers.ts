import {
  Document,
  ExternalHyperlink,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { laidOutPage, pdfWithText, type LaidOutLine } from '../../support/pdf-fixture.ts';

/**
 * Minutes of an invented council in the samples' layout, written once as a
 * list of blocks and printed three ways: as the plain text a .txt export
 * gives, as a Word document (real heading styles, bold labels, bullets,
 * links; or labels in a two-column table, as many councils' templates
 * have), and as a PDF (a page header and number on every page, labels in
 * the left column, a word broken over two lines).
 */
export type Block =
  | { readonly kind: 'plain'; readonly text: string }
  | { readonly kind: 'theme' | 'item'; readonly text: string }
  | { readonly kind: 'field'; readonly label: string; readonly lines: readonly string[] }
  | { readonly kind: 'bullets'; readonly items: readonly { text: string; link?: string }[] };

const plain = (text: string): Block => ({ kind: 'plain', text });
const field = (label: string, ...lines: string[]): Block => ({ kind: 'field', label, lines });

export const councilName = 'RAR Søndervang';
export const pageHeader = 'Referat af RAR Søndervangs møde den 12. juni 2025';

export const inventedMinutes: readonly Block[] = [
  plain(councilName),
  plain('Referat af Rådsmøde'),
  plain('den 12. juni 2025, kl. 13.00 til 16.00'),
  plain('Sted: Engbrohuset, lokale 3'),
  plain('Dagsordenspunkter'),
  plain('0. TEMA: Unge og uddannelse ........................ 2'),
  plain('0.1.1 Flere unge i erhvervsuddannelse (O+D) ......... 2'),
  plain('1. Rådets interne forhold .......................... 3'),
  plain('1.1.1 Godkendelse af dagsorden (B) .................. 3'),
  plain('1.2.1 Opfølgning på sidste møde (B) ................. 3'),
  { kind: 'theme', text: '0. TEMA: Unge og uddannelse' },
  { kind: 'item', text: '0.1.1 Flere unge i erhvervsuddannelse (O+D)' },
  field('Sagen kort', 'Søgningen til erhvervsuddannelserne i området er faldet to år i træk.'),
  field(
    'Indstilling',
    'Formandskabet indstiller, at Rådet drøfter, hvordan jobcentrene og skolerne',
    'kan samarbejde om vejledningen.',
  ),
  field('Beslutning', 'Rådet drøftede sagen og bad sekretariatet om et oplæg til næste møde.'),
  field(
    'Sagsfremstilling',
    'Sekretariatet har talt med tre erhvervsskoler og fire jobcentre.',
    'Skolerne peger på praktikpladser som den største udfordring.',
  ),
  field('Bilag'),
  {
    kind: 'bullets',
    items: [
      { text: 'Bilag 0.1.1.A – Notat om søgetal' },
      { text: 'Bilag 0.1.1.B – Skolernes svar', link: 'https://example.org/raad/svar.pdf' },
    ],
  },
  { kind: 'theme', text: '1. Rådets interne forhold' },
  { kind: 'item', text: '1.1.1 Godkendelse af dagsorden (B)' },
  field('Sagen kort', 'Formandskabet har fastlagt dagsordenen.'),
  field('Indstilling', 'Det indstilles, at Rådet godkender dagsordenen.'),
  field('Beslutning', 'Godkendt.'),
  { kind: 'item', text: '1.2.1 Opfølgning på sidste møde (B)' },
  field('Sagen kort', 'Opfølgningsarket viser status på Rådets beslutninger.'),
  field('Beslutning', 'Rådet godkendte opfølgningsarket uden bemærkninger.'),
  plain('Mødet sluttede kl. 15.40'),
  plain('På mødet deltog:'),
  plain('Fra DA:'),
  {
    kind: 'bullets',
    items: [{ text: 'Holger Tjørneby' }, { text: 'Maja Lyngsø (bagland)' }],
  },
  plain('Fra FH:'),
  { kind: 'bullets', items: [{ text: 'Birthe Kløvermark' }] },
  plain('Fra sekretariatet:'),
  { kind: 'bullets', items: [{ text: 'Asger Rosenlund' }] },
];

/** The blocks as the plain text a .txt export gives: one paragraph a line, a blank line between. */
export function asText(blocks: readonly Block[]): string {
  const paragraphs = blocks.map((block) => {
    switch (block.kind) {
      case 'plain':
      case 'theme':
      case 'item':
        return block.text;
      case 'field':
        return [`${block.label} ${block.lines[0] ?? ''}`.trimEnd(), ...block.lines.slice(1)].join(
          '\n',
        );
      case 'bullets':
        return block.items
          .map((item) => `- ${item.text}${item.link === undefined ? '' : ` ${item.link}`}`)
          .join('\n');
    }
  });
  return `${paragraphs.join('\n\n')}\n`;
}

const labelRun = (label: string) => new TextRun({ text: label, bold: true });

/** Each block as Word has it; labels bold at the start of their paragraph, or in a table's left column. */
export async function asDocx(
  blocks: readonly Block[],
  { labels = 'inline' }: { labels?: 'inline' | 'table' } = {},
): Promise<Uint8Array> {
  const children = blocks.flatMap((block): (Paragraph | Table)[] => {
    switch (block.kind) {
      case 'plain':
        return [new Paragraph({ text: block.text })];
      case 'theme':
        return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_1 })];
      case 'item':
        return [new Paragraph({ text: block.text, heading: HeadingLevel.HEADING_2 })];
      case 'field': {
        const [first = '', ...rest] = block.lines;
        if (labels === 'table')
          return [
            new Table({
              width: { size: 100, type: WidthType.PERCENTAGE },
              rows: [
                new TableRow({
                  children: [
                    new TableCell({
                      children: [new Paragraph({ children: [labelRun(block.label)] })],
                    }),
                    new TableCell({
                      children: block.lines.map((line) => new Paragraph({ text: line })),
                    }),
                  ],
                }),
              ],
            }),
          ];
        return [
          new Paragraph({
            children: [
              labelRun(block.label),
              ...(first === '' ? [] : [new TextRun(` ${first}`)]),
              ...rest.map((line) => new TextRun({ text: line, break: 1 })),
            ],
          }),
        ];
      }
      case 'bullets':
        return block.items.map(
          (item) =>
            new Paragraph({
              bullet: { level: 0 },
              children: [
                item.link === undefined
                  ? new TextRun(item.text)
                  : new ExternalHyperlink({ link: item.link, children: [new TextRun(item.text)] }),
              ],
            }),
        );
    }
  });
  return Packer.toBuffer(new Document({ sections: [{ children }] }));
}

/**
 * The blocks laid out on PDF pages of `linesPerPage` lines, with the running
 * header and the page number on each; labels in the left column. The words
 * of `brokenWord` are broken over two lines ("erhvervs-" / "uddannelse"), as
 * a PDF's line wrapping does.
 */
export function asPdf(
  blocks: readonly Block[],
  { linesPerPage = 30, brokenWord }: { linesPerPage?: number; brokenWord?: [string, string] } = {},
): Uint8Array {
  const lines: LaidOutLine[] = [];
  for (const block of blocks) {
    switch (block.kind) {
      case 'plain':
      case 'theme':
      case 'item':
        lines.push(block.text);
        break;
      case 'field':
        block.lines.forEach((line, index) =>
          lines.push({ label: index === 0 ? block.label : '', text: line }),
        );
        if (block.lines.length === 0) lines.push({ label: block.label, text: '' });
        break;
      case 'bullets':
        for (const item of block.items)
          lines.push(`• ${item.text}${item.link === undefined ? '' : ` ${item.link}`}`);
        break;
    }
    lines.push('');
  }
  const broken = brokenWord === undefined ? lines : breakWord(lines, brokenWord);
  const pages: LaidOutLine[][] = [];
  for (let at = 0; at < broken.length; at += linesPerPage)
    pages.push(broken.slice(at, at + linesPerPage));
  return pdfWithText(
    pages.map((page, index) => laidOutPage(page, { header: pageHeader, pageNumber: index + 1 })),
  );
}

/** The first line holding the whole word ends in its first part and a hyphen; the rest begins the next line. */
function breakWord(lines: readonly LaidOutLine[], [head, tail]: [string, string]): LaidOutLine[] {
  const word = head + tail;
  const at = lines.findIndex((line) => textOf(line).includes(` ${word} `));
  if (at === -1) throw new Error(`No line holds "${word}" to break`);
  const line = lines[at]!;
  const [before, after] = splitOnce(textOf(line), ` ${word} `);
  const first = `${before} ${head}-`;
  const second = `${tail} ${after}`;
  const withText = (text: string, keepLabel: boolean): LaidOutLine =>
    typeof line === 'string' ? text : { label: keepLabel ? line.label : '', text };
  return [
    ...lines.slice(0, at),
    withText(first, true),
    withText(second, false),
    ...lines.slice(at + 1),
  ];
}

const textOf = (line: LaidOutLine) => (typeof line === 'string' ? line : line.text);

function splitOnce(text: string, separator: string): [string, string] {
  const index = text.indexOf(separator);
  return [text.slice(0, index), text.slice(index + separator.length)];
}
