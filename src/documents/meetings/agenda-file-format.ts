import { extname } from 'node:path';
import type { AgendaFileFormat as AgendaFormat } from './agenda-text-from-file.ts';

/**
 * Which format a file is in (the command line's file, or one shared in
 * chat): by its extension, else by its first bytes (a PDF begins "%PDF-", a
 * Word document is a zip, "PK\x03\x04"). An old Word
 * document (.doc), like a password-protected .docx, is an OLE compound file:
 * it goes to the Word reader, which says how to save it so it can be read.
 * Undefined for another binary file.
 */
const byExtension: Readonly<Record<string, AgendaFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.docx': 'docx',
  '.doc': 'docx',
  '.pdf': 'pdf',
};

const startsWith = (bytes: Uint8Array, prefix: string) =>
  prefix.split('').every((char, index) => bytes[index] === char.charCodeAt(0));

const markdownSigns = /^(?:#{1,6}\s|\s*[-*]\s+\*\*)|\*\*\S/m;

export function agendaFileFormat(path: string, bytes: Uint8Array): AgendaFormat | undefined {
  const known = byExtension[extname(path).toLowerCase()];
  if (known !== undefined) return known;
  if (startsWith(bytes, '%PDF-')) return 'pdf';
  if (startsWith(bytes, 'PK\x03\x04')) return 'docx';
  if (startsWith(bytes, '\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1')) return 'docx';
  // Text has no NUL bytes; anything else binary is no agenda we can read.
  if (bytes.subarray(0, 8192).includes(0)) return undefined;
  return markdownSigns.test(new TextDecoder().decode(bytes.subarray(0, 65536)))
    ? 'markdown'
    : 'text';
}
