import type { Council } from '../../../domain/council/council.ts';
import type { Failure } from '../../../domain/errors.ts';
import { t } from '../../../i18n/discussions/index.ts';
import { exitCodes, report, usage, type CliIo } from '../cli-context.ts';
import { parseDeadline } from '../parse-deadline.ts';

/** Writes a line (or lines) to stdout: the command did what it said. */
export const say = (io: CliIo, text: string): number => {
  io.out.write(`${text}\n`);
  return exitCodes.ok;
};

/** `--json`: the use case's answer as it is, for scripts. */
export const sayJson = (io: CliIo, value: unknown): number =>
  say(io, JSON.stringify(value, null, 2));

/**
 * A council-local time flag ("2027-05-18 12:00", "fredag 12:00", "+7d")
 * as the use cases take it, 'YYYY-MM-DDTHH:mm'. What cannot be read is
 * passed on as typed: the use case then names the flag and says what to type.
 */
export function localTimeOption(
  text: string | undefined,
  io: CliIo,
  council: Council,
): string | undefined {
  if (text === undefined) return undefined;
  const read = parseDeadline(text, io.clock.now(), council.timeZone);
  return read === undefined ? text : `${read.date}T${read.time}`;
}

/** A whole-number flag: undefined when absent, NaN when it is not a whole number. */
export const wholeNumberOption = (text: string | undefined): number | undefined =>
  text === undefined ? undefined : /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;

/** `--topic "Titel|spørgsmål 1|spørgsmål 2"`: undefined when it has no title. */
export function topicOption(text: string): { title: string; questions: string[] } | undefined {
  const [title = '', ...questions] = text.split('|').map((part) => part.trim());
  if (title === '') return undefined;
  return { title, questions: questions.filter((question) => question !== '') };
}

/** The usage error for a number flag that is not one. */
export const badNumber = (io: CliIo, council: Council, flag: string, example: number): number =>
  usage(io, t(council.locale, 'discussion.cli.bad_number', { flag, example }));

/**
 * A refusal as the command line says it, the field named by its flag: the
 * use cases name a topic's question `topics.0.questions.1`, the flag is
 * --topic; a member moved or given a role is --member, not --as.
 */
export function reportDiscussion(
  io: CliIo,
  council: Council,
  failure: Failure,
  options: { memberIsFlag?: boolean } = {},
): number {
  const field = failure.field?.split('.')[0];
  const named = options.memberIsFlag === true && field === 'memberId' ? 'participantId' : field;
  return report(io, council.locale, named === undefined ? failure : { ...failure, field: named });
}

/** DRØFTELSE, the first argument; the usage error when it is missing. */
export function discussionIdOf(
  io: CliIo,
  council: Council,
  args: readonly string[],
  command: string,
): string | number {
  const [id] = args;
  return id ?? usage(io, t(council.locale, 'discussion.cli.missing_id', { command }));
}
