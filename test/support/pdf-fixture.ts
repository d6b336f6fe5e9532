/**
 * A small, valid PDF written by hand for tests: pages of Helvetica text, each
 * piece at the position given (points from the bottom left of an A4 page).
 * Enough for a text layer as a word processor's "Save as PDF" leaves it:
 * running headers, page numbers, a left column of labels.
 */
export interface PlacedText {
  readonly x: number;
  readonly y: number;
  readonly text: string;
  /** Points; 11 unless given. */
  readonly size?: number;
}

export type PdfPage = readonly PlacedText[];

/** WinAnsiEncoding (the standard 14 fonts' encoding) for the characters Danish minutes use. */
const winAnsi: Readonly<Record<string, number>> = {
  '\u2013': 0x96, // –
  '\u2014': 0x97, // —
  '\u2022': 0x95, // •
  '\u2019': 0x92, // ’
  '\u201c': 0x93, // “
  '\u201d': 0x94, // ”
};

function pdfString(text: string): string {
  let out = '';
  for (const char of text) {
    const code = winAnsi[char] ?? char.charCodeAt(0);
    if (code > 0xff) throw new Error(`The PDF fixture cannot write ${char}`);
    const byte = String.fromCharCode(code);
    out += byte === '(' || byte === ')' || byte === '\\' ? `\\${byte}` : byte;
  }
  return `(${out})`;
}

function contentStream(page: PdfPage): string {
  return page
    .map(
      ({ x, y, text, size = 11 }) =>
        `BT /F1 ${size} Tf 1 0 0 1 ${x} ${y} Tm ${pdfString(text)} Tj ET`,
    )
    .join('\n');
}

/**
 * The PDF's bytes: catalog, page tree, one font, and a page with its content
 * stream per page. `passwordProtected` adds a standard security handler
 * whose empty user password does not open it, as a PDF saved with a password.
 */
export function pdfWithText(
  pages: readonly PdfPage[],
  { passwordProtected = false }: { passwordProtected?: boolean } = {},
): Uint8Array {
  const fontId = 3;
  const pageId = (index: number) => 4 + index * 2;
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pages.map((_, index) => `${pageId(index)} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  const encryptId = 4 + pages.length * 2;
  pages.forEach((page, index) => {
    const stream = contentStream(page);
    objects.push(
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${fontId} 0 R >> >> /Contents ${pageId(index) + 1} 0 R >>`,
      `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    );
  });
  if (passwordProtected) {
    const thirtyTwo = `<${'ab'.repeat(32)}>`;
    objects.push(`<< /Filter /Standard /V 1 /R 2 /O ${thirtyTwo} /U ${thirtyTwo} /P -4 >>`);
  }
  // Latin-1 throughout, so string length is byte length and the offsets are right.
  let body = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = body.length;
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  const encryption = passwordProtected
    ? ` /Encrypt ${encryptId} 0 R /ID [<${'01'.repeat(16)}> <${'01'.repeat(16)}>]`
    : '';
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${encryption} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Uint8Array.from(body, (char) => char.charCodeAt(0));
}

/**
 * Lines of text as a word processor lays them out: from the top of the page
 * down, `leading` points apart; a blank line leaves a gap. Each line is
 * text at the left margin, or a label in the left column with its text in
 * the right one.
 */
export type LaidOutLine = string | { readonly label: string; readonly text: string };

export function laidOutPage(
  lines: readonly LaidOutLine[],
  { header, pageNumber }: { header?: string; pageNumber?: number } = {},
): PdfPage {
  const placed: PlacedText[] = [];
  if (header !== undefined) placed.push({ x: 70, y: 800, text: header, size: 9 });
  let y = 760;
  for (const line of lines) {
    if (typeof line === 'string') {
      if (line !== '') placed.push({ x: 70, y, text: line });
    } else {
      placed.push({ x: 70, y, text: line.label }, { x: 200, y, text: line.text });
    }
    y -= 14;
  }
  if (pageNumber !== undefined) placed.push({ x: 290, y: 40, text: String(pageNumber), size: 9 });
  return placed;
}
