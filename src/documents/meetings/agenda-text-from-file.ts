import { succeed, type Result } from '../../domain/errors.ts';
import { agendaTextFromDocx } from './agenda-text-from-docx.ts';
import { agendaTextFromPdf } from './agenda-text-from-pdf.ts';

/**
 * The text of an agenda or minutes file in the format it was found to be in
 * (by its name or its first bytes): text and Markdown as they are, Word and
 * PDF through their readers. The importer then reads the text alike.
 */
export type AgendaFileFormat = 'text' | 'markdown' | 'docx' | 'pdf';

export function agendaTextFromFile(
  format: AgendaFileFormat,
  bytes: Uint8Array,
): Promise<Result<string>> {
  switch (format) {
    case 'docx':
      return agendaTextFromDocx(bytes);
    case 'pdf':
      return agendaTextFromPdf(bytes);
    case 'text':
    case 'markdown':
      // A byte-order mark is no part of the first line.
      return Promise.resolve(succeed(new TextDecoder().decode(bytes).replace(/^\uFEFF/, '')));
  }
}
