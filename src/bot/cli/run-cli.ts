import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import type { Clock } from '../../app/ports.ts';
import type { UseCases } from '../../app/use-cases.ts';
import type { Council, Locale } from '../../domain/council.ts';
import type { Failure } from '../../domain/errors.ts';
import { t } from '../../i18n/messages.ts';
import { choiceLabel } from '../present/hearing-presentation.ts';
import { cliHelp } from './cli-help.ts';
import { parseChoice } from './parse-cli-values.ts';
import { deadlineNote } from '../present/deadline-note.ts';
import { readDeadlineOption } from './parse-deadline.ts';
import {
  renderFailureText,
  renderHearingLine,
  renderHearingText,
  type RosterFailure,
} from './render-text.ts';

export interface CliIo {
  readonly useCases: UseCases;
  readonly out: { write(text: string): unknown };
  readonly err: { write(text: string): unknown };
  readonly defaultLocale: Locale;
  /** "Now" for --deadline forms such as "+7d 12:00" and "fredag 12:00". */
  readonly clock: Clock;
}

/** Exit codes scripts can rely on. */
export const exitCodes = { ok: 0, refused: 1, usage: 2, unavailable: 3 } as const;

const options = {
  council: { type: 'string' },
  as: { type: 'string' },
  title: { type: 'string' },
  proposal: { type: 'string' },
  'proposal-file': { type: 'string' },
  deadline: { type: 'string' },
  mode: { type: 'string' },
  'agenda-item': { type: 'string' },
  quorum: { type: 'string' },
  majority: { type: 'string' },
  secret: { type: 'boolean' },
  'results-after-close': { type: 'boolean' },
  'reason-with-against': { type: 'boolean' },
  'close-when-all-answered': { type: 'boolean' },
  draft: { type: 'boolean' },
  choice: { type: 'string' },
  reason: { type: 'string' },
  from: { type: 'string' },
  to: { type: 'string' },
  name: { type: 'string' },
  format: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

type Values = ReturnType<
  typeof parseArgs<{ options: typeof options; allowPositionals: true }>
>['values'];

/**
 * The secretariat's command line: the same use cases as the chat surfaces,
 * answers in the council's language, and exit codes for scripts.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed: { values: Values; positionals: string[] };
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    io.err.write(`${(error as Error).message}\n\n${cliHelp(io.defaultLocale)}\n`);
    return exitCodes.usage;
  }
  const { values, positionals } = parsed;
  const [group, command, ...args] = positionals;
  if (
    values.help ||
    group === undefined ||
    group === 'help' ||
    group === 'hjaelp' ||
    group === 'hjælp'
  ) {
    io.out.write(`${cliHelp(io.defaultLocale)}\n`);
    return exitCodes.ok;
  }
  const handler = commands[`${group} ${command ?? ''}`.trim()];
  if (handler === undefined) {
    io.err.write(
      `${unknownCommand(io.defaultLocale, positionals.join(' '))}\n\n${cliHelp(io.defaultLocale)}\n`,
    );
    return exitCodes.usage;
  }
  return handler({ io, values, args });
}

interface CommandContext {
  readonly io: CliIo;
  readonly values: Values;
  readonly args: readonly string[];
}
type Command = (context: CommandContext) => Promise<number>;

const unknownCommand = (locale: Locale, text: string) =>
  locale === 'da' ? `Ukendt kommando: «${text}».` : `Unknown command: "${text}".`;

function report(io: CliIo, locale: Locale, failure: Failure | RosterFailure): number {
  io.err.write(`${renderFailureText(locale, failure)}\n`);
  if (failure.code === 'store_unavailable') return exitCodes.unavailable;
  if (failure.code === 'invalid_input' || failure.code === 'roster_invalid') return exitCodes.usage;
  return exitCodes.refused;
}

/** The council named by --council, or the only one there is. */
async function pickCouncil(context: CommandContext): Promise<Council | number> {
  const { io, values } = context;
  const councils = await io.useCases.listCouncils();
  if (!councils.ok) return report(io, io.defaultLocale, councils);
  if (values.council !== undefined) {
    const council = councils.value.find((candidate) => candidate.id === values.council);
    return (
      council ??
      report(io, io.defaultLocale, { ok: false, code: 'council_not_found', field: 'councilId' })
    );
  }
  if (councils.value.length === 1) return councils.value[0]!;
  const ids = councils.value.map((council) => council.id).join(', ');
  io.err.write(
    io.defaultLocale === 'da'
      ? `Vælg rådet med --council (${ids || 'ingen råd endnu: kør «roster import FIL» først'}).\n`
      : `Choose the council with --council (${ids || 'no council yet: run "roster import FILE" first'}).\n`,
  );
  return exitCodes.usage;
}

/** "Fristen ligger på en søndag." under the confirmation, when it does. */
async function writeDeadlineNote(io: CliIo, council: Council, deadline: string): Promise<void> {
  const note = deadlineNote(council.locale, await io.useCases.deadlineDay(council, deadline));
  if (note) io.out.write(`${note}\n`);
}

function usage(io: CliIo, text: string): number {
  io.err.write(`${text}\n`);
  return exitCodes.usage;
}

function requireValue(
  io: CliIo,
  locale: Locale,
  value: string | undefined,
  name: string,
): string | number {
  if (value !== undefined && value !== '') return value;
  io.err.write(locale === 'da' ? `Angiv ${name}.\n` : `Please give ${name}.\n`);
  return exitCodes.usage;
}

/** The hearing's title for a confirmation, or its id if it cannot be read. */
async function titleOf(io: CliIo, councilId: string, hearingId: string): Promise<string> {
  const view = await io.useCases.viewHearing({ councilId, hearingId });
  return view.ok ? view.value.hearing.title : hearingId;
}

/** Runs a command that needs a council, an actor (--as) and/or a hearing id. */
const withCouncil =
  (run: (context: CommandContext, council: Council) => Promise<number>): Command =>
  async (context) => {
    const council = await pickCouncil(context);
    return typeof council === 'number' ? council : run(context, council);
  };

const commands: Record<string, Command> = {
  'roster import': async ({ io, values, args }) => {
    const path = requireValue(
      io,
      io.defaultLocale,
      args[0],
      io.defaultLocale === 'da' ? 'en fil (YAML eller CSV)' : 'a file (YAML or CSV)',
    );
    if (typeof path === 'number') return path;
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch {
      io.err.write(
        io.defaultLocale === 'da'
          ? `Kan ikke læse filen ${path}.\n`
          : `Cannot read the file ${path}.\n`,
      );
      return exitCodes.usage;
    }
    const format = values.format ?? (extname(path).toLowerCase() === '.csv' ? 'csv' : 'yaml');
    const imported = await io.useCases.importRoster({
      format: format as 'yaml' | 'csv',
      text,
      ...(values.council ? { councilId: values.council } : {}),
      ...(values.name ? { councilName: values.name } : {}),
    });
    if (!imported.ok) return report(io, io.defaultLocale, imported);
    const { council, members } = imported.value;
    io.out.write(
      council.locale === 'da'
        ? `Medlemslisten for ${council.name} (${council.id}) er indlæst: ${members.length} personer.\n`
        : `The roster of ${council.name} (${council.id}) is imported: ${members.length} people.\n`,
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

  'workspace bind': withCouncil(async ({ io, args }, council) => {
    const [platform, workspaceId] = args;
    if (platform !== 'slack' && platform !== 'teams') {
      io.err.write(
        io.defaultLocale === 'da'
          ? 'Angiv slack eller teams og arbejdsområdets id.\n'
          : 'Give slack or teams and the workspace id.\n',
      );
      return exitCodes.usage;
    }
    const id = requireValue(
      io,
      council.locale,
      workspaceId,
      platform === 'slack' ? 'team-id (T…)' : 'tenant-id',
    );
    if (typeof id === 'number') return id;
    const bound = await io.useCases.bindWorkspace({
      platform,
      workspaceId: id,
      councilId: council.id,
    });
    if (!bound.ok) return report(io, council.locale, bound);
    io.out.write(
      council.locale === 'da'
        ? `${platform === 'slack' ? 'Slack-arbejdsområdet' : 'Teams-lejeren'} ${id} er nu knyttet til ${council.name}.\n`
        : `The ${platform === 'slack' ? 'Slack workspace' : 'Teams tenant'} ${id} is now bound to ${council.name}.\n`,
    );
    return exitCodes.ok;
  }),

  'hearing list': withCouncil(async ({ io }, council) => {
    const described = await io.useCases.describeCouncil({ councilId: council.id });
    if (!described.ok) return report(io, council.locale, described);
    if (described.value.openHearings.length === 0) {
      io.out.write(council.locale === 'da' ? 'Ingen åbne høringer.\n' : 'No open hearings.\n');
    }
    for (const hearing of described.value.openHearings) {
      io.out.write(`${renderHearingLine(council.locale, hearing, council.timeZone)}\n`);
    }
    return exitCodes.ok;
  }),

  'hearing open': withCouncil(async ({ io, values }, council) => {
    let proposal = values.proposal;
    if (values['proposal-file'] !== undefined)
      proposal = await readFile(values['proposal-file'], 'utf8').catch(() => '');
    const deadline = readDeadlineOption(values.deadline, io.clock.now(), council);
    if ('error' in deadline) return usage(io, deadline.error);
    const opened = await io.useCases.openHearing({
      councilId: council.id,
      actorId: values.as ?? '',
      title: values.title ?? '',
      proposal: proposal ?? '',
      ...(values.mode ? { mode: values.mode as 'vote' } : {}),
      ...(values['agenda-item'] ? { agendaItem: values['agenda-item'] } : {}),
      deadlineDate: deadline.date,
      deadlineTime: deadline.time,
      rules: {
        ...(values.quorum !== undefined ? { quorum: Number(values.quorum) } : {}),
        ...(values.majority !== undefined ? { majority: values.majority as 'simple' } : {}),
        ...(values.secret ? { ballot: 'secret' as const } : {}),
        ...(values['results-after-close'] ? { results: 'after_close' as const } : {}),
        ...(values['reason-with-against'] ? { reasonRequiredWithAgainst: true } : {}),
        ...(values['close-when-all-answered'] ? { closeWhenAllResponded: true } : {}),
      },
      asDraft: values.draft ?? false,
    });
    if (!opened.ok) return report(io, council.locale, opened);
    io.out.write(
      `${t(council.locale, 'hearing.opened', { title: opened.value.title })} [${opened.value.id}]\n`,
    );
    io.out.write(`${renderHearingLine(council.locale, opened.value, council.timeZone)}\n`);
    await writeDeadlineNote(io, council, opened.value.deadline);
    return exitCodes.ok;
  }),

  'hearing publish': withCouncil(async ({ io, values, args }, council) => {
    const opened = await io.useCases.publishDraft({
      councilId: council.id,
      hearingId: args[0] ?? '',
      actorId: values.as ?? '',
    });
    if (!opened.ok) return report(io, council.locale, opened);
    io.out.write(
      `${t(council.locale, 'hearing.opened', { title: opened.value.title })} [${opened.value.id}]\n`,
    );
    io.out.write(`${renderHearingLine(council.locale, opened.value, council.timeZone)}\n`);
    return exitCodes.ok;
  }),

  'hearing show': withCouncil(async ({ io, values, args }, council) => {
    const view = await io.useCases.viewHearing({
      councilId: council.id,
      hearingId: args[0] ?? '',
      ...(values.as ? { viewerId: values.as } : {}),
    });
    if (!view.ok) return report(io, council.locale, view);
    io.out.write(`${renderHearingText(view.value)}\n`);
    return exitCodes.ok;
  }),

  'hearing vote': withCouncil(async ({ io, values, args }, council) => {
    const cast = await io.useCases.castBallot({
      councilId: council.id,
      hearingId: args[0] ?? '',
      actorId: values.as ?? '',
      choice: parseChoice(values.choice ?? args[1] ?? ''),
      ...(values.reason !== undefined ? { reason: values.reason } : {}),
    });
    if (!cast.ok) return report(io, council.locale, cast);
    const hearing = await io.useCases.viewHearing({
      councilId: council.id,
      hearingId: args[0] ?? '',
    });
    const label = (choice: Parameters<typeof choiceLabel>[2]) =>
      hearing.ok ? choiceLabel(council.locale, hearing.value.hearing, choice) : choice;
    const { ballot, previous } = cast.value;
    io.out.write(
      `${
        previous
          ? t(council.locale, 'ballot.changed', {
              from: label(previous.choice),
              to: label(ballot.choice),
            })
          : t(council.locale, 'ballot.recorded', { choice: label(ballot.choice) })
      }\n`,
    );
    return exitCodes.ok;
  }),

  'hearing withdraw': withCouncil(async ({ io, values, args }, council) => {
    const withdrawn = await io.useCases.withdrawBallot({
      councilId: council.id,
      hearingId: args[0] ?? '',
      actorId: values.as ?? '',
    });
    if (!withdrawn.ok) return report(io, council.locale, withdrawn);
    io.out.write(`${t(council.locale, 'ballot.withdrawn')}\n`);
    return exitCodes.ok;
  }),

  'hearing close': withCouncil(async ({ io, values, args }, council) => {
    const closed = await io.useCases.closeHearing({
      councilId: council.id,
      hearingId: args[0] ?? '',
      actorId: values.as ?? '',
    });
    if (!closed.ok) return report(io, council.locale, closed);
    const outcome = closed.value.result
      ? t(council.locale, `outcome.${closed.value.result.outcome}`)
      : '';
    io.out.write(
      `${t(council.locale, 'hearing.closed', { title: closed.value.title, outcome })}\n`,
    );
    return exitCodes.ok;
  }),

  'hearing cancel': withCouncil(async ({ io, values, args }, council) => {
    const hearingId = args[0] ?? '';
    const cancelled = await io.useCases.cancelHearing({
      councilId: council.id,
      hearingId,
      actorId: values.as ?? '',
    });
    if (!cancelled.ok) return report(io, council.locale, cancelled);
    io.out.write(
      `${t(council.locale, 'hearing.cancelled', { title: await titleOf(io, council.id, hearingId) })}\n`,
    );
    return exitCodes.ok;
  }),

  'hearing deadline': withCouncil(async ({ io, values, args }, council) => {
    const deadline = readDeadlineOption(values.deadline ?? args[1], io.clock.now(), council);
    if ('error' in deadline) return usage(io, deadline.error);
    const moved = await io.useCases.moveDeadline({
      councilId: council.id,
      hearingId: args[0] ?? '',
      actorId: values.as ?? '',
      deadlineDate: deadline.date,
      deadlineTime: deadline.time,
    });
    if (!moved.ok) return report(io, council.locale, moved);
    io.out.write(`${renderHearingLine(council.locale, moved.value, council.timeZone)}\n`);
    await writeDeadlineNote(io, council, moved.value.deadline);
    return exitCodes.ok;
  }),

  'hearing afbud': withCouncil(async ({ io, values, args }, council) => {
    const memberId = values.as ?? '';
    const absence = await io.useCases.registerAbsence(
      values.from !== undefined || values.to !== undefined
        ? {
            councilId: council.id,
            memberId,
            from: values.from ?? '',
            to: values.to ?? values.from ?? '',
          }
        : { councilId: council.id, memberId, hearingId: args[0] ?? '' },
    );
    if (!absence.ok) return report(io, council.locale, absence);
    const scope = absence.value.scope;
    io.out.write(
      `${
        scope.kind === 'hearing'
          ? t(council.locale, 'absence.recorded_hearing', {
              title: await titleOf(io, council.id, scope.hearingId),
            })
          : t(council.locale, 'absence.recorded_period', { from: scope.from, to: scope.to })
      }\n`,
    );
    return exitCodes.ok;
  }),

  'hearing inhabil': withCouncil(async ({ io, values, args }, council) => {
    const recusal = await io.useCases.declareRecusal({
      councilId: council.id,
      hearingId: args[0] ?? '',
      memberId: values.as ?? '',
    });
    if (!recusal.ok) return report(io, council.locale, recusal);
    io.out.write(`${t(council.locale, 'recusal.recorded')}\n`);
    return exitCodes.ok;
  }),
};
