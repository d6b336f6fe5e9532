import { fail, succeed, type Result } from '../../domain/errors.ts';
import { agendaFileFormat } from './agenda-file-format.ts';
import { agendaTextFromFile, type AgendaFileFormat } from './agenda-text-from-file.ts';

/**
 * The largest agenda file read from chat. The longest real minutes are a few
 * hundred kilobytes as text and a few megabytes as Word or PDF with pictures;
 * 20 MB leaves room for those and refuses a stray video or archive before a
 * byte of it is downloaded.
 */
export const maxSharedAgendaBytes = 20 * 1024 * 1024;

/** In whole megabytes, as the answer says it. */
export const maxSharedAgendaMegabytes = maxSharedAgendaBytes / (1024 * 1024);

/**
 * A file the platform says is larger than we read is refused by the size it
 * reports, before it is downloaded. An unknown size is checked again on the
 * bytes themselves.
 */
export function checkSharedAgendaSize(size: number | undefined): Result<void> {
  if (size !== undefined && size > maxSharedAgendaBytes)
    return fail('agenda_file_too_large', undefined, {
      max: maxSharedAgendaMegabytes,
      size: Math.ceil(size / (1024 * 1024)),
    });
  return succeed(undefined);
}

/**
 * A Word file with macros: a .docm (or .dotm) by its name, or any Word zip
 * that holds the macro part `word/vbaProject.bin`. Zip entry names are stored
 * as plain bytes in the archive's headers, so finding the name is enough; the
 * file is never opened as Word.
 */
const macroNames = /\.(docm|dotm)$/i;
const macroPart = Buffer.from('word/vbaProject.bin', 'latin1');

export function hasWordMacros(name: string, bytes: Uint8Array): boolean {
  if (macroNames.test(name)) return true;
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return buffer.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))
    ? buffer.includes(macroPart)
    : false;
}

/** Zips and pictures that are never an agenda, though a spreadsheet starts like a Word file. */
const foreignNames = /\.(xlsx|xlsm|pptx|pptm|zip|png|jpe?g|gif|heic|mp4|mov)$/i;

/**
 * A file shared with the bot in chat, read as the command line reads one:
 * refused when too large or carrying macros, its format from its name or its
 * first bytes, its text through the Word and PDF readers. Nothing is stored.
 */
export async function readSharedAgendaFile(
  name: string,
  bytes: Uint8Array,
): Promise<Result<{ format: AgendaFileFormat; text: string }>> {
  const size = checkSharedAgendaSize(bytes.byteLength);
  if (!size.ok) return size;
  if (hasWordMacros(name, bytes)) return fail('agenda_file_with_macros');
  const format = foreignNames.test(name) ? undefined : agendaFileFormat(name, bytes);
  if (format === undefined) return fail('agenda_file_unknown_type', undefined, { name });
  const text = await agendaTextFromFile(format, bytes);
  if (!text.ok) return text;
  return succeed({ format, text: text.value });
}
