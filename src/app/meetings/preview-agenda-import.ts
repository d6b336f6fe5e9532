import { z } from 'zod';
import { fail, succeed, type Result } from '../../domain/errors.ts';
import { validate } from '../validate.ts';
import { importAgenda } from './agenda-import/import-agenda.ts';
import type { ImportedMinutes } from './agenda-import/imported-minutes.ts';

/**
 * The formats agendas and minutes come in. The surface that received the
 * file reads Word and PDF into text (src/documents); the import gets that
 * text and the format it came from.
 */
export const agendaFormats = ['text', 'markdown', 'docx', 'pdf'] as const;
export type AgendaFormat = (typeof agendaFormats)[number];

/** A few megabytes: the longest real minutes are a few hundred kilobytes. */
const maxTextLength = 5_000_000;

const previewInput = z.object({
  format: z.enum(agendaFormats),
  text: z.string().max(maxTextLength),
});
export type PreviewAgendaImportInput = z.input<typeof previewInput>;

/**
 * What importing an agenda or minutes would give, with nothing stored: the
 * meeting, its items, the attendance and every line that could not be placed.
 */
export function previewAgendaImport(raw: PreviewAgendaImportInput): Result<ImportedMinutes> {
  const input = validate(previewInput, raw);
  if (!input.ok) return input;
  const { text } = input.value;
  if (text.trim() === '') return fail('agenda_text_empty', 'text');
  return succeed(importAgenda(text));
}
