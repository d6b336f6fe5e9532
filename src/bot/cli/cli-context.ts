import type { parseArgs } from 'node:util';
import type { Clock } from '../../app/ports.ts';
import type { UseCases } from '../../app/use-cases.ts';
import type { Council, Locale } from '../../domain/council/council.ts';
import type { Failure } from '../../domain/errors.ts';
import { describeProblem, hasText, t, type MessageKey } from '../../i18n/hearings/index.ts';
import { renderFailureText, type RosterFailure } from './failure-text.ts';

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

export const cliOptions = {
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
  audit: { type: 'boolean' },
  out: { type: 'string' },
  force: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  start: { type: 'string' },
  end: { type: 'string' },
  place: { type: 'string' },
  link: { type: 'string' },
  'afbud-deadline': { type: 'string' },
  meeting: { type: 'string' },
  yes: { type: 'boolean' },
  json: { type: 'boolean' },
  text: { type: 'string' },
  revision: { type: 'string' },
  'from-hearing': { type: 'boolean' },
  owner: { type: 'string' },
  due: { type: 'string' },
  status: { type: 'string' },
  all: { type: 'boolean' },
  for: { type: 'string' },
  withdraw: { type: 'boolean' },
  add: { type: 'string' },
  remove: { type: 'string' },
  organisation: { type: 'string' },
  note: { type: 'string' },
  presenter: { type: 'boolean' },
  comment: { type: 'string' },
  send: { type: 'boolean' },
  close: { type: 'boolean' },
  ended: { type: 'string' },
  url: { type: 'boolean' },
  valid: { type: 'string' },
  // group discussions
  item: { type: 'string' },
  topic: { type: 'string', multiple: true },
  groups: { type: 'string' },
  'group-size': { type: 'string' },
  'sign-up-deadline': { type: 'string' },
  'window-start': { type: 'string' },
  'window-end': { type: 'string' },
  'summaries-due': { type: 'string' },
  room: { type: 'string', multiple: true },
  'no-rooms': { type: 'boolean' },
  volunteer: { type: 'string' },
  seed: { type: 'string' },
  member: { type: 'string' },
  group: { type: 'string' },
  referent: { type: 'string' },
  ordstyrer: { type: 'string' },
  answer: { type: 'string', multiple: true },
  notes: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type CliValues = ReturnType<
  typeof parseArgs<{ options: typeof cliOptions; allowPositionals: true }>
>['values'];

export interface CommandContext {
  readonly io: CliIo;
  readonly values: CliValues;
  readonly args: readonly string[];
}
export type Command = (context: CommandContext) => Promise<number>;

/**
 * The flag (or the argument) the user typed for a use-case field, so an error
 * names what they can change: "--as", "--deadline", "HØRING".
 */
const flagOfField: Readonly<Record<string, string>> = {
  actorId: '--as',
  memberId: '--as',
  councilId: '--council',
  title: '--title',
  proposal: '--proposal',
  agendaItem: '--agenda-item',
  mode: '--mode',
  deadline: '--deadline',
  deadlineDate: '--deadline',
  deadlineTime: '--deadline',
  reason: '--reason',
  from: '--from',
  to: '--to',
  'rules.quorum': '--quorum',
  'rules.majority': '--majority',
  format: '--format',
  start: '--start',
  end: '--end',
  place: '--place',
  onlineLink: '--link',
  afbudDeadline: '--afbud-deadline',
  onBehalfOf: '--for',
  guestName: '--add',
  organisation: '--organisation',
  note: '--note',
  comment: '--comment',
  endedAt: '--ended',
  hearingId: 'HØRING',
  text: 'FIL',
  decisionText: '--text',
  seenRevision: '--revision',
  itemNumber: 'PUNKT',
  pointId: 'PUNKT',
  owner: '--owner',
  due: '--due',
  status: '--status',
  validForMinutes: '--valid',
  // group discussions
  topics: '--topic',
  groupCount: '--groups',
  groupSize: '--group-size',
  signUpDeadline: '--sign-up-deadline',
  windowStart: '--window-start',
  windowEnd: '--window-end',
  summariesDue: '--summaries-due',
  roomLinks: '--room',
  groupKey: '--group',
  seed: '--seed',
  answers: '--answer',
  notes: '--notes',
  participantId: '--member',
  role: '--volunteer',
};
const argumentNames: Readonly<Record<string, MessageKey>> = {
  HØRING: 'cli.arg.hearing',
  FIL: 'cli.arg.file',
};
// da.ts lists every key; en.ts is typechecked to have each of them.
const isKey = (key: string): key is MessageKey => hasText(key);

/** A failure as the command line says it: flags by name, commands instead of chat words. */
export function describeCliFailure(locale: Locale, failure: Failure | RosterFailure): string {
  if (failure.code === 'invalid_input' && failure.field !== undefined) {
    const flag = flagOfField[failure.field];
    if (flag !== undefined) {
      const missing = `cli.missing.${flag}`;
      if (failure.params?.['problem'] === 'required')
        return isKey(missing)
          ? t(locale, missing)
          : t(locale, 'cli.missing', { flag: shownFlag(locale, flag) });
      return t(locale, 'cli.flag_problem', {
        flag: shownFlag(locale, flag),
        problem: describeProblem(locale, failure.params ?? {}),
      });
    }
  }
  const own = `cli.error.${failure.code}`;
  if (isKey(own)) return t(locale, own);
  // "--deadline: Fristen skal ligge mindst 10 minutter ude i fremtiden. …"
  const flag = 'field' in failure && failure.field ? flagOfField[failure.field] : undefined;
  const text = renderFailureText(locale, failure);
  return flag?.startsWith('--') ? t(locale, 'cli.flag_problem', { flag, problem: text }) : text;
}

const shownFlag = (locale: Locale, flag: string): string => {
  const key = argumentNames[flag];
  return key === undefined ? flag : t(locale, key);
};

/**
 * The command line's own next step for a failure, if it has one: the error
 * text says what is wrong in words for every surface, and the command line
 * adds the command to run ("Se møderne med «meeting list».").
 */
export function cliHint(locale: Locale, failure: Failure | RosterFailure): string | undefined {
  const key = `cli.hint.${failure.code}`;
  if (!isKey(key)) return undefined;
  return t(locale, key, 'params' in failure ? (failure.params ?? {}) : {});
}

export function report(io: CliIo, locale: Locale, failure: Failure | RosterFailure): number {
  const hint = cliHint(locale, failure);
  io.err.write(`${describeCliFailure(locale, failure)}\n${hint === undefined ? '' : `${hint}\n`}`);
  if (failure.code === 'store_unavailable' || failure.code === 'outcome_unknown')
    return exitCodes.unavailable;
  if (failure.code === 'invalid_input' || failure.code === 'roster_invalid') return exitCodes.usage;
  return exitCodes.refused;
}

/** A usage error in the user's language: nothing was changed. */
export function usage(io: CliIo, text: string): number {
  io.err.write(`${text}\n`);
  return exitCodes.usage;
}

/** The council named by --council, or the only one there is. */
async function pickCouncil(context: CommandContext): Promise<Council | number> {
  const { io, values } = context;
  const locale = io.defaultLocale;
  const councils = await io.useCases.listCouncils();
  if (!councils.ok) return report(io, locale, councils);
  if (values.council !== undefined) {
    const council = councils.value.find((candidate) => candidate.id === values.council);
    return (
      council ?? report(io, locale, { ok: false, code: 'council_not_found', field: 'councilId' })
    );
  }
  if (councils.value.length === 1) return councils.value[0]!;
  if (councils.value.length === 0) return usage(io, t(locale, 'cli.no_council_yet'));
  const ids = councils.value.map((council) => council.id);
  return usage(io, t(locale, 'cli.choose_council', { first: ids[0]!, ids: ids.join(', ') }));
}

/** Runs a command that needs a council. */
export const withCouncil =
  (run: (context: CommandContext, council: Council) => Promise<number>): Command =>
  async (context) => {
    const council = await pickCouncil(context);
    return typeof council === 'number' ? council : run(context, council);
  };

/** The hearing's title for a confirmation, or its id if it cannot be read. */
export async function titleOf(io: CliIo, councilId: string, hearingId: string): Promise<string> {
  const view = await io.useCases.viewHearing({ councilId, hearingId, withAudit: false });
  return view.ok ? view.value.hearing.title : hearingId;
}
