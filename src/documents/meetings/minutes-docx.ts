import type { Paragraph, TableOfContents } from 'docx';
import type { Locale } from '../../domain/council/council.ts';
import { t } from '../../i18n/meetings/index.ts';
import { attendanceLines } from '../../bot/present/meetings/minutes/minutes-attendance.ts';
import {
  documentTitleOf,
  endedLines,
  headerLines,
} from '../../bot/present/meetings/minutes/minutes-header.ts';
import { itemFieldLines } from '../../bot/present/meetings/minutes/item-fields.ts';
import { itemGroupDiscussionLines } from '../../bot/present/meetings/minutes/group-discussion-lines.ts';
import { headingsOf } from '../../bot/present/meetings/minutes/item-headings.ts';
import type { MinutesSource } from '../../bot/present/meetings/minutes/minutes-source.ts';
import { paragraphsOf, runsOf } from './minutes-docx-paragraphs.ts';

/**
 * The referat as a Word document (.docx), from the same model and in the
 * same words as the Markdown referat (src/bot/present/meetings/minutes/):
 * the header, "Dagsordenspunkter" with Word's table of contents, each theme
 * as Heading 1 and each item as Heading 2 (so Word's navigation pane lists
 * them), the fields with bold labels, Bilag as a list with links, "Mødet
 * sluttede kl. …" and "På mødet deltog:" grouped.
 *
 * The table of contents is a Word field written with its entries already in
 * it (the headings, without page numbers): it reads right before Word has
 * updated it, and Word offers to add the page numbers when it opens the file.
 *
 * The docx package is loaded on first use: the command line starts without it.
 */
type Docx = typeof import('docx');

let loading: Promise<Docx> | undefined;

const headingLine = /^#\s+(.*)$/;

function headerParagraphs(docx: Docx, lines: readonly string[]): Paragraph[] {
  const [first = '', ...rest] = lines;
  const title = headingLine.exec(first)?.[1];
  if (title === undefined) return paragraphsOf(docx, lines);
  return [
    new docx.Paragraph({ children: runsOf(docx, title), heading: docx.HeadingLevel.TITLE }),
    ...paragraphsOf(docx, rest),
  ];
}

function contents(docx: Docx, locale: Locale): (Paragraph | TableOfContents)[] {
  return [
    new docx.Paragraph({
      children: [new docx.TextRun({ text: t(locale, 'meeting.minutes.contents'), bold: true })],
      spacing: { before: 240, after: 120 },
    }),
    new docx.TableOfContents(t(locale, 'meeting.minutes.contents'), {
      hyperlink: true,
      headingStyleRange: '1-2',
    }),
  ];
}

export async function minutesDocx(minutes: MinutesSource, locale: Locale = 'da'): Promise<Buffer> {
  loading ??= import('docx');
  const docx = await loading;
  const headings = headingsOf(locale, minutes.items);
  const body = headings.flatMap((heading) => {
    const topLevel = heading.kind === 'theme' || heading.item.number.length === 1;
    const title = new docx.Paragraph({
      text: heading.text,
      heading: topLevel ? docx.HeadingLevel.HEADING_1 : docx.HeadingLevel.HEADING_2,
    });
    return heading.kind === 'theme'
      ? [title]
      : [
          title,
          ...paragraphsOf(docx, [
            ...itemFieldLines(locale, heading.item),
            ...itemGroupDiscussionLines(locale, minutes, heading.item),
          ]),
        ];
  });
  const document = new docx.Document({
    creator: 'Rådsbot',
    title: documentTitleOf(locale, minutes),
    // Word checks the spelling in the referat's own language.
    styles: {
      default: { document: { run: { language: { value: locale === 'da' ? 'da-DK' : 'en-GB' } } } },
    },
    // Word asks to update the fields on opening: the table of contents gets its page numbers.
    features: { updateFields: true },
    sections: [
      {
        footers: {
          default: new docx.Footer({
            children: [
              new docx.Paragraph({
                alignment: docx.AlignmentType.CENTER,
                children: [new docx.TextRun({ children: [docx.PageNumber.CURRENT] })],
              }),
            ],
          }),
        },
        children: [
          ...headerParagraphs(docx, headerLines(locale, minutes)),
          ...(headings.length === 0 ? [] : contents(docx, locale)),
          ...body,
          ...paragraphsOf(docx, endedLines(locale, minutes)),
          ...paragraphsOf(docx, attendanceLines(locale, minutes.attendance)),
        ],
      },
    ],
  });
  return docx.Packer.toBuffer(document);
}
