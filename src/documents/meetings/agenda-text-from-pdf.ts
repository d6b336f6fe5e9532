import { fail, succeed, type Result } from '../../domain/errors.ts';
import { documentText, type TextPiece } from './pdf-text-lines.ts';

/**
 * The text of an agenda or minutes saved as PDF, through pdf.js
 * (pdfjs-dist 5, the last major that runs on Node 20). Lines are rebuilt
 * from where the text stands on each page (see pdf-text-lines.ts), so the
 * text importer's PDF clean-up applies as to any other PDF-to-text export.
 *
 * pdf.js is loaded on first use: the command line starts without it.
 * A broken, encrypted or image-only PDF is a failure, never a crash.
 */
type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

let loading: Promise<PdfJs> | undefined;

/**
 * pdf.js parses in a worker; Node has no web workers, so it runs the worker's
 * code in this thread. Giving it that code here (`globalThis.pdfjsWorker`)
 * spares it looking for a worker file beside itself, which a bundled command
 * line does not have.
 */
async function loadPdfJs(): Promise<PdfJs> {
  const worker = await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = worker;
  return withoutConsoleLog(() => import('pdfjs-dist/legacy/build/pdf.mjs'));
}

/**
 * pdf.js looks for its optional canvas package while it loads and, without
 * it, warns on console.log, which is stdout: `meeting import --json` would
 * print more than its one JSON object. Reading text needs no canvas.
 */
async function withoutConsoleLog<T>(load: () => Promise<T>): Promise<T> {
  const log = console.log;
  console.log = () => undefined;
  try {
    return await load();
  } finally {
    console.log = log;
  }
}

interface PdfTextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

const isTextItem = <T extends object>(item: T): item is T & PdfTextItem =>
  'str' in item && 'transform' in item;

function pieceOf(item: PdfTextItem): TextPiece {
  const [scaleX = 1, skewY = 0, , , x = 0, y = 0] = item.transform;
  // The font size is the text matrix's scale; height is 0 for some fonts.
  const size = item.height > 0 ? item.height : Math.hypot(scaleX, skewY);
  return { text: item.str, x, y, width: item.width, size };
}

const errorName = (error: unknown): string =>
  typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';

export async function agendaTextFromPdf(bytes: Uint8Array): Promise<Result<string>> {
  if (bytes.length === 0) return fail('agenda_text_empty', 'text');
  // A failed load is tried again next time rather than remembered.
  loading ??= loadPdfJs().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  const pdfjs = await loading;
  const task = pdfjs.getDocument({
    // pdf.js takes the buffer over; the caller keeps its bytes.
    data: new Uint8Array(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  try {
    const document = await task.promise;
    const pages: TextPiece[][] = [];
    for (let number = 1; number <= document.numPages; number += 1) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push(content.items.filter(isTextItem).map(pieceOf));
      page.cleanup();
    }
    const text = documentText(pages);
    // A scanned PDF is pictures of pages: there is no text to import without OCR.
    if (text.trim() === '') return fail('agenda_file_without_text', undefined, { format: 'pdf' });
    return succeed(text);
  } catch (error) {
    if (errorName(error) === 'PasswordException')
      return fail('agenda_file_encrypted', undefined, { format: 'pdf' });
    return fail('agenda_file_unreadable', undefined, { format: 'pdf' });
  } finally {
    await task.destroy();
  }
}
