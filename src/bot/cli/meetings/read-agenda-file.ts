import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { AgendaFormat } from '../../../app/meetings/preview-agenda-import.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { agendaTextFromFile } from '../../../documents/meetings/agenda-text-from-file.ts';
import { t, type MessageKey } from '../../../i18n/meetings/index.ts';
import { report, usage, type CommandContext } from '../cli-context.ts';
import { agendaFileFormat } from './agenda-file-format.ts';

/** The council's language when --council names one; else the default. */
export async function localeOf({ io, values }: CommandContext): Promise<Locale> {
  if (values.council === undefined) return io.defaultLocale;
  const councils = await io.useCases.listCouncils();
  const council = councils.ok ? councils.value.find((one) => one.id === values.council) : undefined;
  return council?.locale ?? io.defaultLocale;
}

/**
 * The agenda or minutes file at `path`: its format (by name, else by its
 * first bytes) and its text, Word and PDF read here on the command line
 * (the chat surfaces will do the same with a file posted to them). Or the
 * exit code, the reason already said: no such file, an unknown format, or a
 * file that cannot be read as what it claims to be.
 */
export async function readAgendaFile(
  { io }: CommandContext,
  locale: Locale,
  path: string | undefined,
  missing: MessageKey,
): Promise<{ format: AgendaFormat; text: string } | number> {
  if (path === undefined || path === '') return usage(io, t(locale, missing));
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    // The whole path, so a wrong folder shows at once.
    return usage(io, t(locale, 'cli.cannot_read', { path: resolve(path) }));
  }
  const format = agendaFileFormat(path, bytes);
  if (format === undefined) return usage(io, t(locale, 'cli.meeting.unknown_format', { path }));
  const text = await agendaTextFromFile(format, bytes);
  if (!text.ok) return report(io, locale, text);
  return { format, text: text.value };
}
