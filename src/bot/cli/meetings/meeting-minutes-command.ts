import { readFile, stat, writeFile } from 'node:fs/promises';
import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { minutesMarkdown } from '../../present/meetings/minutes/minutes-markdown.ts';
import { minutesOfRecord } from '../../present/meetings/minutes/minutes-of-record.ts';
import { exitCodes, report, usage, withCouncil, type CommandContext } from '../cli-context.ts';
import { agendaFileFormat } from './agenda-file-format.ts';

/** The council's language when --council names one; else the default. */
async function localeOf({ io, values }: CommandContext): Promise<Locale> {
  if (values.council === undefined) return io.defaultLocale;
  const councils = await io.useCases.listCouncils();
  const council = councils.ok ? councils.value.find((one) => one.id === values.council) : undefined;
  return council?.locale ?? io.defaultLocale;
}

/**
 * `meeting minutes MEETING|FILE [--format md] [--out FILE]`: the referat of a
 * stored meeting, or of an agenda or minutes file, as Markdown, to stdout or
 * to --out. An id-like argument that names no file is taken as a meeting's id.
 */
export async function meetingMinutes(context: CommandContext): Promise<number> {
  const { io, values, args } = context;
  const locale = await localeOf(context);
  const format = values.format ?? 'md';
  if (format !== 'md') return usage(io, t(locale, 'cli.meeting.minutes.format', { format }));
  const path = args[0];
  if (path === undefined || path === '')
    return usage(io, t(locale, 'cli.meeting.minutes.missing_file'));
  // A meeting's id has no dot or slash; a path that names no file is a file that cannot be read.
  if (/^[\w-]+$/.test(path) && !(await isFile(path))) return storedMeetingMinutes(context, path);
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch {
    return usage(io, t(locale, 'cli.cannot_read', { path }));
  }
  const fileFormat = agendaFileFormat(path, bytes);
  if (fileFormat === undefined) return usage(io, t(locale, 'cli.meeting.unknown_format', { path }));
  const readable = fileFormat === 'text' || fileFormat === 'markdown';
  const imported = await io.useCases.previewAgendaImport({
    format: fileFormat,
    text: readable ? bytes.toString('utf8').replace(/^\uFEFF/, '') : '',
  });
  if (!imported.ok) return report(io, locale, imported);
  // Lines the import could not place are not in the referat: say so, and where to see them.
  const unplaced = imported.value.unplaced.length;
  if (unplaced > 0)
    io.err.write(`${t(locale, 'cli.meeting.minutes.unplaced', { count: unplaced, path })}\n`);
  return writeMinutes(context, locale, minutesMarkdown(imported.value, locale));
}

const isFile = (path: string): Promise<boolean> =>
  stat(path).then(
    (found) => found.isFile(),
    () => false,
  );

/** The referat of a meeting stored in the council (see `meeting import … --meeting`). */
const storedMeetingMinutes = (context: CommandContext, meetingId: string) =>
  withCouncil(async (inCouncil, council) => {
    const shown = await inCouncil.io.useCases.showMeeting({ councilId: council.id, meetingId });
    if (!shown.ok) return report(inCouncil.io, council.locale, shown);
    const minutes = minutesOfRecord(council, shown.value);
    return writeMinutes(inCouncil, council.locale, minutesMarkdown(minutes, council.locale));
  })(context);

async function writeMinutes(
  { io, values }: CommandContext,
  locale: Locale,
  markdown: string,
): Promise<number> {
  if (values.out === undefined) {
    io.out.write(markdown);
    return exitCodes.ok;
  }
  try {
    await writeFile(values.out, markdown);
  } catch {
    return usage(io, t(locale, 'cli.meeting.minutes.cannot_write', { path: values.out }));
  }
  io.out.write(`${t(locale, 'cli.meeting.minutes.written', { path: values.out })}\n`);
  return exitCodes.ok;
}
