import { stat, writeFile } from 'node:fs/promises';
import type { Locale } from '../../../domain/council/council.ts';
import { minutesDocx } from '../../../documents/meetings/minutes-docx.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { minutesMarkdown } from '../../present/meetings/minutes/minutes-markdown.ts';
import { minutesOfRecord } from '../../present/meetings/minutes/minutes-of-record.ts';
import type { MinutesSource } from '../../present/meetings/minutes/minutes-source.ts';
import { exitCodes, report, usage, withCouncil, type CommandContext } from '../cli-context.ts';
import { minutesLinkCommand } from './meeting-minutes-link.ts';
import { localeOf, readAgendaFile } from './read-agenda-file.ts';

const minutesFormats = ['md', 'docx'] as const;
type MinutesFormat = (typeof minutesFormats)[number];
const isMinutesFormat = (format: string): format is MinutesFormat =>
  (minutesFormats as readonly string[]).includes(format);

/**
 * `meeting minutes MEETING|FILE [--format md|docx] [--out FILE]`: the referat
 * of a stored meeting, or of an agenda or minutes file, as Markdown (to
 * stdout or to --out) or as a Word document (to --out: a .docx is no text
 * for a terminal). An id-like argument that names no file is a meeting's id.
 * With `--url [--valid 7d]`, a signed link to a stored meeting's referat
 * instead (see meeting-minutes-link.ts).
 */
export async function meetingMinutes(context: CommandContext): Promise<number> {
  const { io, values, args } = context;
  const locale = await localeOf(context);
  // A link serves the Word document unless asked otherwise; the terminal gets Markdown.
  const format = values.format ?? (values.url ? 'docx' : 'md');
  if (!isMinutesFormat(format))
    return usage(io, t(locale, 'cli.meeting.minutes.format', { format }));
  if (values.url) return minutesLinkCommand(context, locale, format);
  if (format === 'docx' && values.out === undefined)
    return usage(io, t(locale, 'cli.meeting.minutes.docx_needs_out'));
  const path = args[0];
  // A meeting's id has no dot or slash; a path that names no file is a file that cannot be read.
  if (path !== undefined && /^[\w-]+$/.test(path) && !(await isFile(path)))
    return storedMeetingMinutes(context, path, format);
  const file = await readAgendaFile(context, locale, path, 'cli.meeting.minutes.missing_file');
  if (typeof file === 'number') return file;
  const imported = await io.useCases.previewAgendaImport(file);
  if (!imported.ok) return report(io, locale, imported);
  // Lines the import could not place are not in the referat: say so, and where to see them.
  const unplaced = imported.value.unplaced.length;
  if (unplaced > 0)
    io.err.write(
      `${t(locale, 'cli.meeting.minutes.unplaced', { count: unplaced, path: path ?? '' })}\n`,
    );
  return writeMinutes(context, locale, imported.value, format);
}

const isFile = (path: string): Promise<boolean> =>
  stat(path).then(
    (found) => found.isFile(),
    () => false,
  );

/** The referat of a meeting stored in the council (see `meeting import … --meeting`). */
const storedMeetingMinutes = (context: CommandContext, meetingId: string, format: MinutesFormat) =>
  withCouncil(async (inCouncil, council) => {
    const shown = await inCouncil.io.useCases.showMeeting({ councilId: council.id, meetingId });
    if (!shown.ok) return report(inCouncil.io, council.locale, shown);
    return writeMinutes(inCouncil, council.locale, minutesOfRecord(council, shown.value), format);
  })(context);

async function writeMinutes(
  { io, values }: CommandContext,
  locale: Locale,
  minutes: MinutesSource,
  format: MinutesFormat,
): Promise<number> {
  const content =
    format === 'docx' ? await minutesDocx(minutes, locale) : minutesMarkdown(minutes, locale);
  if (values.out === undefined) {
    io.out.write(content.toString());
    return exitCodes.ok;
  }
  try {
    await writeFile(values.out, content);
  } catch {
    return usage(io, t(locale, 'cli.meeting.minutes.cannot_write', { path: values.out }));
  }
  io.out.write(`${t(locale, 'cli.meeting.minutes.written', { path: values.out })}\n`);
  return exitCodes.ok;
}
