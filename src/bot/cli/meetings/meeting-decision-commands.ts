import type { Council } from '../../../domain/council/council.ts';
import type { Failure } from '../../../domain/errors.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { formatMoment } from '../../../i18n/messages.ts';
import {
  draftText,
  hearingPrefillText,
  notedText,
} from '../../present/meetings/decision-wording.ts';
import { exitCodes, report, usage, withCouncil, type Command, type CliIo } from '../cli-context.ts';

const say = (io: CliIo, text: string): number => {
  io.out.write(`${text}\n`);
  return exitCodes.ok;
};

/** The decision's text came from --text, not from a file (the import's `text`). */
const asCliFailure = (failure: Failure): Failure =>
  failure.field === 'text' ? { ...failure, field: 'decisionText' } : failure;

/**
 * A refused save over someone else's change: the reason (who, when, the
 * decision now, the secretary's own text) and how to save again.
 */
function reportDecisionFailure(
  io: CliIo,
  council: Council,
  failure: Failure,
  where: { meeting: string; item: string },
): number {
  const code = report(io, council.locale, asCliFailure(failure));
  if (failure.code === 'decision_changed_meanwhile')
    io.err.write(
      `${t(council.locale, 'cli.meeting.decision.reapply', { ...where, revision: failure.params?.['revision'] ?? 0 })}\n`,
    );
  return code;
}

/** --revision N: a whole number, or undefined when not given; NaN when it is not one. */
const revisionOption = (text: string | undefined): number | undefined =>
  text === undefined ? undefined : /^\s*\d+\s*$/.test(text) ? Number(text) : Number.NaN;

/** Record decisions, "Taget til efterretning", and their history. */
export const meetingDecisionCommands: Readonly<Record<string, Command>> = {
  /**
   * Without --text: the draft (a closed hearing's prefill, the saved decision
   * or the imported one) and the revision to save against. With --text or
   * --from-hearing: saves it.
   */
  'meeting decide': withCouncil(async ({ io, values, args }, council) => {
    const { locale } = council;
    const [meetingId, itemNumber] = args;
    if (meetingId === undefined || itemNumber === undefined)
      return usage(io, t(locale, 'cli.meeting.decision.missing_item', { command: 'decide' }));
    const fromHearing = values['from-hearing'] === true;
    if (values.text !== undefined && fromHearing)
      return usage(io, t(locale, 'cli.meeting.decision.text_or_hearing'));
    const revision = revisionOption(values.revision);
    if (revision !== undefined && Number.isNaN(revision))
      return usage(io, t(locale, 'cli.meeting.decision.bad_revision'));
    const where = { meeting: meetingId, item: itemNumber };
    const base = { councilId: council.id, actorId: values.as ?? '', meetingId, itemNumber };

    let text = values.text;
    let seenRevision = revision;
    if (text === undefined) {
      const draft = await io.useCases.decisionDraft(base);
      if (!draft.ok) return reportDecisionFailure(io, council, draft, where);
      const { hearing } = draft.value;
      if (!fromHearing) return say(io, draftLines(council, draft.value).join('\n'));
      if (hearing === undefined) {
        io.err.write(`${t(locale, 'cli.meeting.decision.no_hearing', { item: itemNumber })}\n`);
        return exitCodes.refused;
      }
      text = hearingPrefillText(locale, hearing);
      seenRevision ??= draft.value.revision;
    }
    const recorded = await io.useCases.recordDecision({
      ...base,
      text,
      ...(seenRevision === undefined ? {} : { seenRevision }),
    });
    if (!recorded.ok) return reportDecisionFailure(io, council, recorded, where);
    return say(
      io,
      t(locale, 'cli.meeting.decision.recorded', {
        item: itemNumber,
        revision: recorded.value.decision.revision,
      }),
    );
  }),

  /** "Taget til efterretning" on an O item, in the council's language. */
  'meeting noted': withCouncil(async ({ io, values, args }, council) => {
    const { locale } = council;
    const [meetingId, itemNumber] = args;
    if (meetingId === undefined || itemNumber === undefined)
      return usage(io, t(locale, 'cli.meeting.decision.missing_item', { command: 'noted' }));
    const revision = revisionOption(values.revision);
    if (revision !== undefined && Number.isNaN(revision))
      return usage(io, t(locale, 'cli.meeting.decision.bad_revision'));
    const noted = await io.useCases.noteItem({
      councilId: council.id,
      actorId: values.as ?? '',
      meetingId,
      itemNumber,
      text: notedText(locale),
      ...(revision === undefined ? {} : { seenRevision: revision }),
    });
    if (!noted.ok)
      return reportDecisionFailure(io, council, noted, { meeting: meetingId, item: itemNumber });
    return say(
      io,
      t(locale, 'cli.meeting.decision.noted', {
        item: itemNumber,
        revision: noted.value.decision.revision,
      }),
    );
  }),

  /** Who wrote and changed the decisions, and when: the meeting's, or one item's. */
  'meeting decisions': withCouncil(async ({ io, args }, council) => {
    const { locale } = council;
    const [meetingId, itemNumber] = args;
    if (meetingId === undefined)
      return usage(io, t(locale, 'cli.meeting.missing_id', { command: 'decisions' }));
    const audit = await io.useCases.decisionAudit({
      councilId: council.id,
      meetingId,
      ...(itemNumber === undefined ? {} : { itemNumber }),
    });
    if (!audit.ok) return report(io, locale, audit);
    if (audit.value.length === 0) return say(io, t(locale, 'cli.meeting.decisions.none'));
    return say(
      io,
      audit.value
        .flatMap((event) => [
          t(locale, 'cli.meeting.decisions.line', {
            when: formatMoment(locale, event.at, council.timeZone),
            item: event.item,
            action: t(locale, `meeting.decision.action.${event.action}`),
            by: event.byName,
            revision: event.revision,
          }),
          ...(event.before === undefined
            ? []
            : [t(locale, 'cli.meeting.decisions.before', { text: oneLine(event.before) })]),
          t(locale, 'cli.meeting.decisions.after', { text: oneLine(event.after) }),
        ])
        .join('\n'),
    );
  }),
};

const oneLine = (text: string): string => text.replaceAll('\n', ' ');

type Draft = Extract<
  Awaited<ReturnType<CliIo['useCases']['decisionDraft']>>,
  { ok: true }
>['value'];

/** The draft, where it came from, and the command that saves it against its revision. */
function draftLines({ locale }: Council, draft: Draft): string[] {
  const text = draftText(locale, draft);
  const source =
    draft.draftFrom === 'hearing' && draft.hearing !== undefined
      ? t(locale, 'cli.meeting.decision.from_hearing', { title: draft.hearing.title })
      : draft.draftFrom === 'decision' && draft.current !== undefined
        ? t(locale, 'cli.meeting.decision.from_decision', {
            revision: draft.current.revision,
            by: draft.currentByName ?? draft.current.recordedBy,
          })
        : draft.draftFrom === 'imported'
          ? t(locale, 'cli.meeting.decision.from_imported')
          : undefined;
  return [
    t(locale, 'cli.meeting.decision.draft_heading', { item: draft.item, title: draft.itemTitle }),
    ...(text === ''
      ? [t(locale, 'cli.meeting.decision.nothing')]
      : [text, ...(source ? [source] : [])]),
    '',
    t(locale, 'cli.meeting.decision.save_hint', {
      meeting: draft.meetingId,
      item: draft.item,
      revision: draft.revision,
      hearing: draft.hearing === undefined ? 'no' : 'yes',
    }),
  ];
}
