import { writeFile } from 'node:fs/promises';
import { describeProblem, t } from '../../../i18n/hearings/index.ts';
import { peopleOf } from './audit-lines.ts';
import { exitCodes, report, usage, withCouncil, type Command } from '../cli-context.ts';
import { exportAudit, exportFormats, exportSeats, type ExportFormat } from './hearing-export.ts';

const isFormat = (text: string): text is ExportFormat =>
  (exportFormats as readonly string[]).includes(text);

/**
 * `hearing export ID [--audit] [--format csv|json] [--out FILE]`: the seats (or
 * the audit trail) as a file, on stdout unless --out names one.
 */
export const exportCommands: Readonly<Record<string, Command>> = {
  'hearing export': withCouncil(async ({ io, values, args }, council) => {
    const locale = council.locale;
    const format = values.format ?? 'csv';
    if (!isFormat(format))
      return usage(
        io,
        t(locale, 'cli.flag_problem', {
          flag: '--format',
          problem: describeProblem(locale, {
            problem: 'invalid_option',
            options: exportFormats.join(', '),
          }),
        }),
      );
    const [view, described] = await Promise.all([
      io.useCases.viewHearing({ councilId: council.id, hearingId: args[0] ?? '' }),
      io.useCases.describeCouncil({ councilId: council.id }),
    ]);
    if (!view.ok) return report(io, locale, view);
    if (!described.ok) return report(io, locale, described);
    const content = values.audit
      ? exportAudit(view.value, peopleOf(described.value.members), format)
      : exportSeats(view.value, format);
    const path = values.out;
    if (path === undefined) {
      io.out.write(content);
      return exitCodes.ok;
    }
    try {
      await writeFile(path, content, 'utf8');
    } catch {
      return usage(io, t(locale, 'cli.cannot_write', { path }));
    }
    const rows = values.audit ? view.value.audit.length : view.value.seats.length;
    io.out.write(`${t(locale, 'cli.export.written', { rows, path })}\n`);
    return exitCodes.ok;
  }),
};
