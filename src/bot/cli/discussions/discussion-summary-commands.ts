import { t } from '../../../i18n/discussions/index.ts';
import { opsamlingHearingText, opsamlingText } from '../../present/discussions/opsamling-text.ts';
import { readDeadlineOption } from '../parse-deadline.ts';
import { usage, withCouncil, type Command } from '../cli-context.ts';
import { discussionIdOf, reportDiscussion, say, sayJson } from './discussion-cli-input.ts';

/** The groups' summaries, the opsamling, and sending it for comments. */
export const discussionSummaryCommands: Readonly<Record<string, Command>> = {
  /**
   * Submits or edits the group's summary: one --answer per guiding question,
   * in order, and --notes. An edit is made over the revision shown now, so
   * a newer one meanwhile is refused, never overwritten.
   */
  'discussion summary': withCouncil(async ({ io, values, args }, council) => {
    const discussionId = discussionIdOf(io, council, args, 'summary');
    if (typeof discussionId === 'number') return discussionId;
    const groupKey = (values.group ?? '').trim().toUpperCase();
    const shown = await io.useCases.showDiscussion({ councilId: council.id, discussionId });
    if (!shown.ok) return reportDiscussion(io, council, shown);
    const seenRevision =
      shown.value.summaries.find((summary) => summary.groupKey === groupKey)?.revision ?? 0;
    const submitted = await io.useCases.submitSummary({
      councilId: council.id,
      discussionId,
      actorId: values.as ?? '',
      groupKey,
      answers: values.answer ?? [],
      notes: values.notes ?? '',
      seenRevision,
    });
    if (!submitted.ok) return reportDiscussion(io, council, submitted);
    if (values.json === true) return sayJson(io, submitted.value);
    const saved = t(council.locale, 'discussion.cli.summary_saved', {
      group: submitted.value.summary.groupKey,
      revision: submitted.value.summary.revision,
    });
    return say(
      io,
      submitted.value.allIn ? `${saved}\n${t(council.locale, 'discussion.cli.all_in')}` : saved,
    );
  }),

  'discussion compile': withCouncil(async ({ io, values, args }, council) => {
    const discussionId = discussionIdOf(io, council, args, 'compile');
    if (typeof discussionId === 'number') return discussionId;
    const compiled = await io.useCases.compileOpsamling({
      councilId: council.id,
      discussionId,
      actorId: values.as ?? '',
    });
    if (!compiled.ok) return reportDiscussion(io, council, compiled);
    if (values.json === true) return sayJson(io, compiled.value);
    return say(
      io,
      `${t(council.locale, 'discussion.cli.compiled')}\n\n${opsamlingText(compiled.value, council.locale)}`,
    );
  }),

  /** "I høring til kommentering og supplering": a comments hearing with the opsamling as its text. */
  'discussion comment': withCouncil(async ({ io, values, args }, council) => {
    const discussionId = discussionIdOf(io, council, args, 'comment');
    if (typeof discussionId === 'number') return discussionId;
    const deadline = readDeadlineOption(values.deadline, io.clock.now(), council);
    if ('error' in deadline) return usage(io, deadline.error);
    const shown = await io.useCases.showDiscussion({ councilId: council.id, discussionId });
    if (!shown.ok) return reportDiscussion(io, council, shown);
    const sent = await io.useCases.sendOpsamlingForComments({
      councilId: council.id,
      discussionId,
      actorId: values.as ?? '',
      proposal: opsamlingHearingText(shown.value, council.locale),
      deadlineDate: deadline.date,
      deadlineTime: deadline.time,
    });
    if (!sent.ok) return reportDiscussion(io, council, sent);
    if (values.json === true) return sayJson(io, sent.value);
    return say(io, t(council.locale, 'discussion.cli.commented', { id: sent.value.hearingId }));
  }),
};
