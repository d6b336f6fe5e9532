import type { Council } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { exitCodes, report, withCouncil, type CommandContext } from '../cli-context.ts';
import { importJson } from './import-json.ts';
import { importPreview } from './import-preview.ts';
import { localeOf, readAgendaFile } from './read-agenda-file.ts';

/** `meeting import FILE --dry-run [--json]`: what the file would give, with nothing stored. */
async function previewImport(context: CommandContext): Promise<number> {
  const { io, values } = context;
  const locale = await localeOf(context);
  const file = await readAgendaFile(context, locale, context.args[0], 'cli.meeting.missing_file');
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
  const file = await readAgendaFile(context, locale, context.args[0], 'cli.meeting.missing_file');
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
  // Stored, but worth a second look: the file's header names another council.
  const named = minutes.meeting.council;
  if (named !== undefined && !sameCouncil(named, council.name))
    io.err.write(
      `${t(locale, 'cli.meeting.other_council', { file: named, council: council.name })}\n`,
    );
  return exitCodes.ok;
}

const comparable = (name: string) => name.toLowerCase().replace(/\s+/g, ' ').trim();
const sameCouncil = (a: string, b: string) =>
  comparable(a).includes(comparable(b)) || comparable(b).includes(comparable(a));

const storeWithCouncil = withCouncil(storeImport);

/** `meeting import`: a dry run previews; without --dry-run the import is stored. */
export const meetingImport = (context: CommandContext): Promise<number> =>
  context.values['dry-run'] === true ? previewImport(context) : storeWithCouncil(context);
