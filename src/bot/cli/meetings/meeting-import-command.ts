import { readFile } from 'node:fs/promises';
import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { exitCodes, report, usage, type CommandContext } from '../cli-context.ts';
import { agendaFileFormat } from './agenda-file-format.ts';
import { importJson } from './import-json.ts';
import { importPreview } from './import-preview.ts';

/** The council's language when --council names one; else the default. */
async function localeOf({ io, values }: CommandContext): Promise<Locale> {
  if (values.council === undefined) return io.defaultLocale;
  const councils = await io.useCases.listCouncils();
  const council = councils.ok ? councils.value.find((one) => one.id === values.council) : undefined;
  return council?.locale ?? io.defaultLocale;
}

/**
 * `meeting import FILE --dry-run [--json]`: what an agenda or minutes would
 * give, with nothing stored. Storing meetings comes later; until then the
 * command without --dry-run says so and changes nothing.
 */
export async function meetingImport(context: CommandContext): Promise<number> {
  const { io, values, args } = context;
  const locale = await localeOf(context);
  if (values['dry-run'] !== true) return usage(io, t(locale, 'cli.meeting.store_later'));
  const path = args[0];
  if (path === undefined || path === '') return usage(io, t(locale, 'cli.meeting.missing_file'));
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return usage(io, t(locale, 'cli.cannot_read', { path }));
  }
  const format = agendaFileFormat(path, bytes);
  if (format === undefined) return usage(io, t(locale, 'cli.meeting.unknown_format', { path }));
  const readable = format === 'text' || format === 'markdown';
  const previewed = await io.useCases.previewAgendaImport({
    format,
    text: readable ? bytes.toString('utf8').replace(/^\uFEFF/, '') : '',
  });
  if (!previewed.ok) return report(io, locale, previewed);
  io.out.write(
    values.json === true
      ? `${JSON.stringify(importJson(previewed.value), null, 2)}\n`
      : `${importPreview(locale, previewed.value)}\n`,
  );
  return exitCodes.ok;
}
