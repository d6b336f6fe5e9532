import { readFile } from 'node:fs/promises';
import type { AgendaFormat } from '../../../app/meetings/preview-agenda-import.ts';
import type { Council, Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { exitCodes, report, usage, withCouncil, type CommandContext } from '../cli-context.ts';
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

/** The file named after `meeting import`, its format and text; or the exit code of a usage error. */
async function readAgendaFile(
  { io, args }: CommandContext,
  locale: Locale,
): Promise<{ format: AgendaFormat; text: string } | number> {
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
  // Word and PDF are refused by the use case with their own message.
  return { format, text: readable ? bytes.toString('utf8').replace(/^\uFEFF/, '') : '' };
}

/** `meeting import FILE --dry-run [--json]`: what the file would give, with nothing stored. */
async function previewImport(context: CommandContext): Promise<number> {
  const { io, values } = context;
  const locale = await localeOf(context);
  const file = await readAgendaFile(context, locale);
  if (typeof file === 'number') return file;
  const previewed = await io.useCases.previewAgendaImport(file);
  if (!previewed.ok) return report(io, locale, previewed);
  io.out.write(
    values.json === true
      ? `${JSON.stringify(importJson(previewed.value), null, 2)}\n`
      : `${importPreview(locale, previewed.value)}\n`,
  );
  return exitCodes.ok;
}

/**
 * `meeting import FILE [--meeting ID] --as ACTOR`: stores the file in the
 * meeting, or as a new meeting, and prints the same preview as the dry run
 * (or, with --json, the same JSON object).
 */
async function storeImport(context: CommandContext, council: Council): Promise<number> {
  const { io, values } = context;
  const locale = council.locale;
  const file = await readAgendaFile(context, locale);
  if (typeof file === 'number') return file;
  const imported = await io.useCases.importAgendaIntoMeeting({
    councilId: council.id,
    actorId: values.as ?? '',
    ...(values.meeting === undefined ? {} : { meetingId: values.meeting }),
    ...file,
  });
  if (!imported.ok) return report(io, locale, imported);
  const { record, minutes, created } = imported.value;
  const stored = t(locale, created ? 'cli.meeting.imported_new' : 'cli.meeting.imported_into', {
    title: record.meeting.title,
    id: record.meeting.id,
  });
  io.out.write(
    values.json === true
      ? `${JSON.stringify(importJson(minutes), null, 2)}\n`
      : `${importPreview(locale, minutes, stored)}\n`,
  );
  return exitCodes.ok;
}

const storeWithCouncil = withCouncil(storeImport);

/** `meeting import`: a dry run previews; without --dry-run the import is stored. */
export const meetingImport = (context: CommandContext): Promise<number> =>
  context.values['dry-run'] === true ? previewImport(context) : storeWithCouncil(context);
