import type { Params } from '../messages.ts';

/** English for reading Word and PDF files and writing the referat as Word. */
const formatName = (p: Params) => (p['format'] === 'pdf' ? 'PDF' : 'Word');

export const filesEn = {
  'error.agenda_file_unreadable': (p: Params) =>
    `The file cannot be read as ${formatName(p)}: it is damaged, cut short or not a ${formatName(p)} document. Open it in ${p['format'] === 'pdf' ? 'a PDF reader' : 'Word'}, save it again and try again. Nothing was stored.`,
  'error.agenda_file_encrypted': (p: Params) =>
    p['format'] === 'pdf'
      ? 'The PDF file is protected by a password. Save a copy without the password and try again. Nothing was stored.'
      : 'The Word file is protected by a password or saved in the old .doc format. Save it as .docx without a password and try again. Nothing was stored.',
  'error.agenda_file_without_text':
    'The PDF file has no text, only pictures of its pages (it was scanned). Use the original document, or run text recognition (OCR) on the file, and try again. Nothing was stored.',
  'cli.meeting.minutes.docx_needs_out':
    'The Word minutes are a file, not text for the screen: say where to save them with --out FILE.docx.',
} as const;
