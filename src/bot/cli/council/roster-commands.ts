import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { t } from '../../../i18n/council/index.ts';
import { exitCodes, report, usage, withCouncil, type CliIo, type Command } from '../cli-context.ts';

/** roster import/show, council list, workspace bind: setting a council up. */
export const rosterCommands: Readonly<Record<string, Command>> = {
  'roster import': async ({ io, values, args }) => {
    const locale = io.defaultLocale;
    const path = args[0];
    if (path === undefined || path === '') return usage(io, t(locale, 'cli.missing.FIL'));
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      return usage(io, t(locale, 'cli.cannot_read', { path }));
    }
    const format = values.format ?? (extname(path).toLowerCase() === '.csv' ? 'csv' : 'yaml');
    const imported = await io.useCases.importRoster({
      format: format as 'yaml' | 'csv',
      text,
      ...(values.council ? { councilId: values.council } : {}),
      ...(values.name ? { councilName: values.name } : {}),
    });
    if (!imported.ok) return report(io, locale, imported);
    const { council, members } = imported.value;
    io.out.write(
      `${t(council.locale, 'cli.roster_imported', { name: council.name, id: council.id, count: members.length })}\n`,
    );
    return exitCodes.ok;
  },

  'roster show': withCouncil(async ({ io }, council) => {
    const described = await io.useCases.describeCouncil({ councilId: council.id });
    if (!described.ok) return report(io, council.locale, described);
    for (const member of described.value.members) {
      const substitute = member.substituteFor ? ` → ${member.substituteFor}` : '';
      io.out.write(
        `${member.id}\t${member.name}\t${member.organisation}\t${member.role}${substitute}\n`,
      );
    }
    return exitCodes.ok;
  }),

  'council list': async ({ io }) => {
    const councils = await io.useCases.listCouncils();
    if (!councils.ok) return report(io, io.defaultLocale, councils);
    for (const council of councils.value) {
      io.out.write(`${council.id}\t${council.name}\t${council.locale}\t${council.timeZone}\n`);
    }
    return exitCodes.ok;
  },

  'workspace bind': withCouncil(async ({ io, values, args }, council) => {
    const [platform, workspaceId] = args;
    if (platform !== 'slack' && platform !== 'teams')
      return usage(io, t(council.locale, 'cli.workspace_usage'));
    if (workspaceId === undefined || workspaceId === '')
      return usage(io, t(council.locale, 'cli.missing.workspace', { platform }));
    const bound = await io.useCases.bindWorkspace({
      platform,
      workspaceId,
      councilId: council.id,
      // The operator's CLI asks for no actor, but never moves another council's place unasked.
      force: values.force === true,
    });
    if (!bound.ok && bound.code === 'bound_to_other_council')
      return refused(
        io,
        t(council.locale, `cli.workspace_held.${platform}`, {
          id: workspaceId,
          holder: String(bound.params?.['council'] ?? ''),
          council: council.name,
        }),
      );
    if (!bound.ok) return report(io, council.locale, bound);
    const movedFrom = bound.value.kind === 'bound' ? bound.value.movedFrom : undefined;
    io.out.write(
      `${
        movedFrom
          ? t(council.locale, `cli.workspace_moved.${platform}`, {
              id: workspaceId,
              from: movedFrom.name,
              council: council.name,
            })
          : t(council.locale, `cli.workspace_bound.${platform}`, {
              id: workspaceId,
              council: council.name,
            })
      }\n`,
    );
    return exitCodes.ok;
  }),
};

/** A refusal the operator can act on (exit code 1), on stderr. */
function refused(io: CliIo, text: string): number {
  io.err.write(`${text}\n`);
  return exitCodes.refused;
}
