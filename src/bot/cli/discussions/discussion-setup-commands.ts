import type {
  EditDiscussionInput,
  StartDiscussionInput,
} from '../../../app/discussions/discussion-use-cases.ts';
import { t } from '../../../i18n/discussions/index.ts';
import { localTimeText } from '../../present/discussions/discussion-time.ts';
import { editOutcomeLines } from '../../present/discussions/edit-outcome.ts';
import { usage, withCouncil, type CliIo, type CliValues, type Command } from '../cli-context.ts';
import type { Council } from '../../../domain/council/council.ts';
import {
  badNumber,
  discussionIdOf,
  localTimeOption,
  reportDiscussion,
  say,
  sayJson,
  topicOption,
  wholeNumberOption,
} from './discussion-cli-input.ts';
import { discussionListLine, discussionShowLines } from './discussion-cli-lines.ts';

/**
 * The --topic, --groups and --group-size flags as the use cases take them,
 * or the usage error's exit code for one that cannot be read.
 */
function topicsAndSizing(
  io: CliIo,
  council: Council,
  values: CliValues,
):
  | { topics: { title: string; questions: string[] }[]; groupCount?: number; groupSize?: number }
  | number {
  const topics = [];
  for (const text of values.topic ?? []) {
    const topic = topicOption(text);
    if (topic === undefined)
      return usage(io, t(council.locale, 'discussion.cli.bad_topic', { text }));
    topics.push(topic);
  }
  const groupCount = wholeNumberOption(values.groups);
  if (Number.isNaN(groupCount)) return badNumber(io, council, '--groups', 4);
  const groupSize = wholeNumberOption(values['group-size']);
  if (Number.isNaN(groupSize)) return badNumber(io, council, '--group-size', 5);
  return {
    topics,
    ...(groupCount === undefined ? {} : { groupCount }),
    ...(groupSize === undefined ? {} : { groupSize }),
  };
}

/** Setting a discussion up, seeing it, and cancelling it. */
export const discussionSetupCommands: Readonly<Record<string, Command>> = {
  'discussion start': withCouncil(async ({ io, values }, council) => {
    const frame = topicsAndSizing(io, council, values);
    if (typeof frame === 'number') return frame;
    const { topics, groupCount, groupSize } = frame;
    const time = (text: string | undefined) => localTimeOption(text, io, council) ?? '';
    const input: StartDiscussionInput = {
      councilId: council.id,
      actorId: values.as ?? '',
      title: values.title ?? '',
      ...(values.meeting === undefined ? {} : { meetingId: values.meeting }),
      ...(values.item === undefined ? {} : { itemNumber: values.item }),
      topics,
      ...(groupCount === undefined ? {} : { groupCount }),
      ...(groupSize === undefined ? {} : { groupSize }),
      signUpDeadline: time(values['sign-up-deadline']),
      windowStart: time(values['window-start']),
      windowEnd: time(values['window-end']),
      summariesDue: time(values['summaries-due']),
      roomLinks: values.room ?? [],
    };
    const started = await io.useCases.startDiscussion(input);
    if (!started.ok) return reportDiscussion(io, council, started);
    if (values.json === true) return sayJson(io, started.value);
    return say(
      io,
      t(council.locale, 'discussion.cli.started', {
        title: started.value.title,
        id: started.value.id,
        when: localTimeText(council.locale, started.value.signUpDeadline),
      }),
    );
  }),

  'discussion list': withCouncil(async ({ io, values }, council) => {
    const listed = await io.useCases.listDiscussions({ councilId: council.id });
    if (!listed.ok) return reportDiscussion(io, council, listed);
    if (values.json === true) return sayJson(io, listed.value);
    if (listed.value.length === 0) return say(io, t(council.locale, 'discussion.cli.none'));
    return say(io, listed.value.map((one) => discussionListLine(council, one)).join('\n'));
  }),

  'discussion show': withCouncil(async ({ io, values, args }, council) => {
    const discussionId = discussionIdOf(io, council, args, 'show');
    if (typeof discussionId === 'number') return discussionId;
    const shown = await io.useCases.showDiscussion({ councilId: council.id, discussionId });
    if (!shown.ok) return reportDiscussion(io, council, shown);
    if (values.json === true) return sayJson(io, shown.value);
    return say(io, discussionShowLines(council, shown.value).join('\n'));
  }),

  // Only the flags given change; the rest stays. Reads the discussion first: its
  // sequence is what this change is made against.
  'discussion edit': withCouncil(async ({ io, values, args }, council) => {
    const discussionId = discussionIdOf(io, council, args, 'edit');
    if (typeof discussionId === 'number') return discussionId;
    const frame = topicsAndSizing(io, council, values);
    if (typeof frame === 'number') return frame;
    const { topics, groupCount, groupSize } = frame;
    const shown = await io.useCases.showDiscussion({ councilId: council.id, discussionId });
    if (!shown.ok) return reportDiscussion(io, council, shown);
    const time = (text: string | undefined) => localTimeOption(text, io, council);
    const given = <K extends string, V>(key: K, value: V | undefined) =>
      (value === undefined ? {} : { [key]: value }) as Partial<Record<K, V>>;
    const input: EditDiscussionInput = {
      councilId: council.id,
      discussionId,
      actorId: values.as ?? '',
      seenSequence: shown.value.discussion.sequence,
      ...given('title', values.title),
      ...(topics.length === 0 ? {} : { topics }),
      ...given('groupCount', groupCount),
      ...given('groupSize', groupSize),
      ...given('signUpDeadline', time(values['sign-up-deadline'])),
      ...given('windowStart', time(values['window-start'])),
      ...given('windowEnd', time(values['window-end'])),
      ...given('summariesDue', time(values['summaries-due'])),
      ...(values['no-rooms'] === true ? { roomLinks: [] } : given('roomLinks', values.room)),
    };
    const edited = await io.useCases.editDiscussion(input);
    if (!edited.ok) return reportDiscussion(io, council, edited);
    if (values.json === true) return sayJson(io, edited.value);
    return say(io, editOutcomeLines(council.locale, edited.value).join('\n'));
  }),

  'discussion cancel': withCouncil(async ({ io, values, args }, council) => {
    const discussionId = discussionIdOf(io, council, args, 'cancel');
    if (typeof discussionId === 'number') return discussionId;
    const cancelled = await io.useCases.cancelDiscussion({
      councilId: council.id,
      discussionId,
      actorId: values.as ?? '',
    });
    if (!cancelled.ok) return reportDiscussion(io, council, cancelled);
    return say(io, t(council.locale, 'discussion.cli.cancelled', { title: cancelled.value.title }));
  }),
};
