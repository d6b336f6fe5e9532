import { readFile } from 'node:fs/promises';
import type { Council } from '../../../domain/council/council.ts';
import { choicesIn } from '../../../domain/hearings/hearing.ts';
import { t } from '../../../i18n/hearings/index.ts';
import { absenceRecordedText } from '../../present/council/absence-presentation.ts';
import { choiceLabel } from '../../present/hearings/hearing-presentation.ts';
import { remindNowAnswer } from '../../present/hearings/manage-presentation.ts';
import { peopleOf } from './audit-lines.ts';
import {
  exitCodes,
  report,
  titleOf,
  usage,
  withCouncil,
  type CliIo,
  type Command,
} from '../cli-context.ts';
import { choiceWords, parseChoice } from './parse-choice.ts';
import { deadlineNote } from '../../present/hearings/deadline-note.ts';
import { readDeadlineOption } from '../parse-deadline.ts';
import { renderHearingLine, renderHearingText } from './hearing-text.ts';

/** Writes a confirmation in the council's language. */
const say = (io: CliIo, text: string): number => {
  io.out.write(`${text}\n`);
  return exitCodes.ok;
};

const openedLines = (council: Council, hearing: Parameters<typeof renderHearingLine>[1]) =>
  `${t(council.locale, 'hearing.opened', { title: hearing.title })} [${hearing.id}]\n${renderHearingLine(council.locale, hearing, council.timeZone)}`;

/** "Fristen ligger på en søndag." under the confirmation, when it does. */
async function writeDeadlineNote(io: CliIo, council: Council, deadline: string): Promise<number> {
  const note = deadlineNote(council.locale, await io.useCases.deadlineDay(council, deadline));
  return note ? say(io, note) : exitCodes.ok;
}

/** The hearing commands: open, answer, follow and close a hearing. */
export const hearingCommands: Readonly<Record<string, Command>> = {
  'hearing list': withCouncil(async ({ io }, council) => {
    const described = await io.useCases.describeCouncil({ councilId: council.id });
    if (!described.ok) return report(io, council.locale, described);
    if (described.value.openHearings.length === 0)
      io.out.write(`${t(council.locale, 'cli.no_open_hearings')}\n`);
    for (const hearing of described.value.openHearings) {
      io.out.write(`${renderHearingLine(council.locale, hearing, council.timeZone)}\n`);
    }
    return exitCodes.ok;
  }),

  'hearing open': withCouncil(async ({ io, values }, council) => {
    let proposal = values.proposal;
    const proposalFile = values['proposal-file'];
    if (proposalFile !== undefined) {
      try {
        proposal = await readFile(proposalFile, 'utf8');
      } catch {
        return usage(io, t(council.locale, 'cli.cannot_read', { path: proposalFile }));
      }
    }
    const deadline = readDeadlineOption(values.deadline, io.clock.now(), council);
    if ('error' in deadline) return usage(io, deadline.error);
    const opened = await io.useCases.openHearing({
      councilId: council.id,
      actorId: values.as ?? '',
      title: values.title ?? '',
      proposal: proposal ?? '',
      ...(values.mode ? { mode: values.mode as 'vote' } : {}),
      ...(values['agenda-item'] ? { agendaItem: values['agenda-item'] } : {}),
      ...(values.meeting ? { meetingId: values.meeting } : {}),
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
    say(io, openedLines(council, opened.value));
    return writeDeadlineNote(io, council, opened.value.deadline);
  }),

  'hearing publish': withCouncil(async ({ io, values, args }, council) => {
    const opened = await io.useCases.publishDraft({
      councilId: council.id,
      hearingId: args[0] ?? '',
      actorId: values.as ?? '',
    });
    if (!opened.ok) return report(io, council.locale, opened);
    return say(io, openedLines(council, opened.value));
  }),

  'hearing show': withCouncil(async ({ io, values, args }, council) => {
    const [view, described] = await Promise.all([
      io.useCases.viewHearing({
        councilId: council.id,
        hearingId: args[0] ?? '',
        ...(values.as ? { viewerId: values.as } : {}),
      }),
      io.useCases.describeCouncil({ councilId: council.id }),
    ]);
    if (!view.ok) return report(io, council.locale, view);
    if (!described.ok) return report(io, council.locale, described);
    return say(io, renderHearingText(view.value, peopleOf(described.value.members)));
  }),

  'hearing vote': withCouncil(async ({ io, values, args }, council) => {
    const locale = council.locale;
    const hearingId = args[0] ?? '';
    // The hearing first: its type decides which words are answers.
    const hearing = await io.useCases.viewHearing({
      councilId: council.id,
      hearingId,
      withAudit: false,
    });
    if (!hearing.ok) return report(io, locale, hearing);
    const allowed = choicesIn(hearing.value.hearing.mode);
    const words = choiceWords(locale, allowed);
    const word = values.choice ?? args[1];
    if (word === undefined || word === '')
      return usage(io, t(locale, 'cli.missing_choice', { words }));
    const choice = parseChoice(word, hearing.value.hearing.labels);
    if (choice === undefined || !allowed.includes(choice))
      return usage(io, t(locale, 'cli.unknown_choice', { word, words }));
    const cast = await io.useCases.castBallot({
      councilId: council.id,
      hearingId,
      actorId: values.as ?? '',
      choice,
      ...(values.reason !== undefined ? { reason: values.reason } : {}),
    });
    if (!cast.ok) return report(io, locale, cast);
    const label = (answer: typeof choice) => choiceLabel(locale, hearing.value.hearing, answer);
    const { ballot, previous } = cast.value;
    return say(
      io,
      previous
        ? t(locale, 'ballot.changed', { from: label(previous.choice), to: label(ballot.choice) })
        : t(locale, 'ballot.recorded', { choice: label(ballot.choice) }),
    );
  }),

  'hearing withdraw': withCouncil(async ({ io, values, args }, council) => {
    const withdrawn = await io.useCases.withdrawBallot({
      councilId: council.id,
      hearingId: args[0] ?? '',
      actorId: values.as ?? '',
    });
    if (!withdrawn.ok) return report(io, council.locale, withdrawn);
    return say(io, t(council.locale, 'ballot.withdrawn'));
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
    return say(io, t(council.locale, 'hearing.closed', { title: closed.value.title, outcome }));
  }),

  'hearing remind': withCouncil(async ({ io, values, args }, council) => {
    const reminded = await io.useCases.remindNow({
      councilId: council.id,
      hearingId: args[0] ?? '',
      actorId: values.as ?? '',
    });
    if (!reminded.ok) return report(io, council.locale, reminded);
    // Too soon after the last round: nothing sent, said on stderr with exit code 1.
    const answer = remindNowAnswer(council.locale, council.timeZone, reminded.value);
    (answer.tone === 'good' ? io.out : io.err).write(`${answer.text}\n`);
    return answer.tone === 'good' ? exitCodes.ok : exitCodes.refused;
  }),

  'hearing cancel': withCouncil(async ({ io, values, args }, council) => {
    const hearingId = args[0] ?? '';
    const cancelled = await io.useCases.cancelHearing({
      councilId: council.id,
      hearingId,
      actorId: values.as ?? '',
    });
    if (!cancelled.ok) return report(io, council.locale, cancelled);
    const title = await titleOf(io, council.id, hearingId);
    return say(io, t(council.locale, 'hearing.cancelled', { title }));
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
    say(io, renderHearingLine(council.locale, moved.value, council.timeZone));
    return writeDeadlineNote(io, council, moved.value.deadline);
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
    return say(
      io,
      absenceRecordedText(
        council.locale,
        absence.value,
        scope.kind === 'hearing'
          ? { title: await titleOf(io, council.id, scope.hearingId) }
          : { from: scope.from, to: scope.to },
      ),
    );
  }),

  'hearing inhabil': withCouncil(async ({ io, values, args }, council) => {
    const recusal = await io.useCases.declareRecusal({
      councilId: council.id,
      hearingId: args[0] ?? '',
      memberId: values.as ?? '',
    });
    if (!recusal.ok) return report(io, council.locale, recusal);
    return say(io, t(council.locale, 'recusal.recorded'));
  }),
};
