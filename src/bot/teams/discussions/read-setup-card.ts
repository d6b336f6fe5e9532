import type { StartDiscussionInput } from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type { Failure } from '../../../domain/errors.ts';
import { describeFailure, t } from '../../../i18n/discussions/index.ts';
import { describeProblem } from '../../../i18n/messages.ts';
import {
  setupFieldLabel,
  setupFields,
  topicQuestionsField,
  topicSlots,
  topicTitleField,
  type SetupErrors,
  type SetupValues,
} from './setup-card.ts';

/** The card's inputs as strings (Teams sends Input.Number as a number, the rest as text). */
export function readSetupCard(data: Readonly<Record<string, unknown>>): SetupValues {
  const values: Record<string, string> = {};
  for (const field of setupFields) {
    const value = data[field];
    if (typeof value === 'string') values[field] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) values[field] = String(value);
  }
  const text = (key: string) => {
    const value = data[key];
    return typeof value === 'string' && value.trim() !== ''
      ? value.trim().slice(0, 200)
      : undefined;
  };
  const meetingId = text('meetingId');
  const item = text('item');
  return {
    ...values,
    ...(meetingId === undefined ? {} : { meetingId }),
    ...(item === undefined ? {} : { item }),
  };
}

const lines = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

const datePattern = /^\d{4}-\d{2}-\d{2}$/;
const timePattern = /^\d{2}:\d{2}$/;

/**
 * The use case's input from the card, or the fields the card itself can
 * tell are missing or malformed (all at once, each under its field).
 */
export function setupInputOf(
  locale: Locale,
  values: SetupValues,
  councilId: string,
  actorId: string,
): { ok: true; input: StartDiscussionInput } | { ok: false; errors: SetupErrors } {
  const byField: Record<string, string> = {};
  const text = (field: string) => values[field]?.trim() ?? '';
  const problem = (field: string, params: Record<string, string | number>) => {
    byField[field] ??= t(locale, 'teams.discussion.field.problem', {
      label: setupFieldLabel(locale, field),
      problem: describeProblem(locale, params),
    });
  };
  const requireText = (field: string) => {
    if (text(field) === '') problem(field, { problem: 'required' });
  };
  requireText('title');
  requireText(topicTitleField(0));
  for (const field of ['signUpDate', 'windowDate', 'dueDate'])
    if (text(field) === '') problem(field, { problem: 'required' });
    else if (!datePattern.test(text(field))) problem(field, { problem: 'invalid_date' });
  for (const field of ['signUpTime', 'windowStart', 'windowEnd', 'dueTime'])
    if (text(field) === '') problem(field, { problem: 'required' });
    else if (!timePattern.test(text(field))) problem(field, { problem: 'invalid_time' });
  const count = Number(text('sizingValue'));
  if (!Number.isInteger(count) || count < 1)
    byField['sizingValue'] = t(locale, 'teams.discussion.field.problem', {
      label: setupFieldLabel(locale, 'sizingValue'),
      problem: t(locale, 'teams.discussion.problem.number'),
    });
  topicSlots.forEach((_key, index) => {
    if (index > 0 && text(topicTitleField(index)) === '' && text(topicQuestionsField(index)) !== '')
      requireText(topicTitleField(index));
  });
  if (Object.keys(byField).length > 0) return { ok: false, errors: { byField } };

  const topics = topicSlots
    .map((_key, index) => ({
      title: text(topicTitleField(index)),
      questions: lines(values[topicQuestionsField(index)]),
    }))
    .filter((topic) => topic.title !== '');
  const sizing = text('sizing') === 'size' ? { groupSize: count } : { groupCount: count };
  return {
    ok: true,
    input: {
      councilId,
      actorId,
      title: text('title'),
      ...(values.meetingId === undefined ? {} : { meetingId: values.meetingId }),
      ...(values.item === undefined ? {} : { itemNumber: values.item }),
      topics,
      ...sizing,
      signUpDeadline: `${text('signUpDate')}T${text('signUpTime')}`,
      windowStart: `${text('windowDate')}T${text('windowStart')}`,
      windowEnd: `${text('windowDate')}T${text('windowEnd')}`,
      summariesDue: `${text('dueDate')}T${text('dueTime')}`,
      roomLinks: lines(values['rooms']),
    },
  };
}

/** Where a use-case field shows on the card. */
export function setupFieldOf(field: string | undefined): string | undefined {
  if (field === undefined) return undefined;
  const topic = /^topics\.(\d+)(?:\.(title|questions))?/.exec(field);
  if (topic !== null) {
    const index = Number(topic[1]);
    if (index >= topicSlots.length) return topicTitleField(0);
    return topic[2] === 'questions' ? topicQuestionsField(index) : topicTitleField(index);
  }
  if (field === 'topics') return topicTitleField(0);
  if (field === 'groupCount' || field === 'groupSize' || field === 'sizing') return 'sizingValue';
  if (field === 'signUpDeadline') return 'signUpTime';
  if (field === 'summariesDue') return 'dueTime';
  if (field === 'windowStart' || field === 'windowEnd') return field;
  if (field.startsWith('roomLinks') || field === 'rooms') return 'rooms';
  if (field === 'title') return 'title';
  return undefined;
}

/** A refusal from the use case, under the field it names (or the one it is about). */
export function setupFailureErrors(locale: Locale, failure: Failure): SetupErrors {
  const byCode: Record<string, string> = {
    discussion_without_topics: topicTitleField(0),
    discussion_room_links_mismatch: 'rooms',
    discussion_times_out_of_order: 'windowStart',
  };
  const field = setupFieldOf(failure.field) ?? byCode[failure.code];
  const text =
    failure.code === 'invalid_input'
      ? t(locale, 'teams.discussion.field.problem', {
          label: setupFieldLabel(locale, field ?? failure.field ?? 'input'),
          problem: describeProblem(locale, failure.params ?? {}),
        })
      : describeFailure(locale, failure);
  return field === undefined ? { general: [text] } : { byField: { [field]: text } };
}
