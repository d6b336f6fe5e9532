import { fail, succeed, type Result } from '../../domain/errors.ts';
import { docxHtmlText } from './docx-html-text.ts';

/**
 * The text of an agenda or minutes saved as Word (.docx), through mammoth.
 * mammoth's HTML rather than its raw text: the raw text loses what tells
 * the importer a line is a heading, a bullet or a bold label, and it puts
 * a two-column table's label and text on lines of their own.
 *
 * mammoth is loaded on first use: the command line starts without it.
 * A damaged, encrypted or old-format (.doc) file is a failure, never a crash.
 */
type Mammoth = typeof import('mammoth');

let loading: Promise<Mammoth> | undefined;

const loadMammoth = async (): Promise<Mammoth> => (await import('mammoth')).default;

/** An encrypted .docx, like an old .doc, is an OLE compound file rather than a zip. */
const compoundFile = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const isCompoundFile = (bytes: Uint8Array) =>
  compoundFile.every((byte, index) => bytes[index] === byte);

export async function agendaTextFromDocx(bytes: Uint8Array): Promise<Result<string>> {
  if (bytes.length === 0) return fail('agenda_text_empty', 'text');
  if (isCompoundFile(bytes)) return fail('agenda_file_encrypted', undefined, { format: 'docx' });
  loading ??= loadMammoth();
  const mammoth = await loading;
  try {
    const { value: html } = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // Pictures are no part of an agenda's text: do not read them at all.
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        externalFileAccess: false,
        styleMap: ["p[style-name='Title'] => p:fresh", "p[style-name='Subtitle'] => p:fresh"],
      },
    );
    return succeed(docxHtmlText(html));
  } catch {
    return fail('agenda_file_unreadable', undefined, { format: 'docx' });
  }
}
