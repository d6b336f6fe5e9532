import type { StartDiscussionInput } from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type { Failure } from '../../../domain/errors.ts';
import { describeFailure, t } from '../../../i18n/discussions/index.ts';
import { elementOf, type ViewStateValues } from '../listeners/read-view-state.ts';
import { maxTopicsInForm, setUpBlocks } from './discussion-ids.ts';
import type { SetUpOrigin } from './set-up-modal.ts';

/** A problem under each input block that has one (block id → text). */
export type BlockErrors = Record<string, string>;

const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);
const isTime = (value: string) => /^\d{2}:\d{2}$/.test(value);

/** Lines of a multiline field, trimmed, the empty ones left out. */
export const linesOf = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/**
 * The set-up form as startDiscussion's input, or the problem under each block
 * that is wrong in its shape (missing, not a date, a topic's questions
 * without its title). The rules (times in order, room links matching the
 * groups) are the use case's; {@link setUpErrorsOf} places its answer.
 */
export function readSetUpForm(
  locale: Locale,
  values: ViewStateValues,
  who: { councilId: string; actorId: string },
  origin: SetUpOrigin | undefined,
): { ok: true; input: StartDiscussionInput } | { ok: false; errors: BlockErrors } {
  const errors: BlockErrors = {};
  const required = t(locale, 'slack.discussion.setup.required');
  const textAt = (block: string) => elementOf(values, block).value?.trim() ?? '';
  const need = (block: string, value: string | undefined, valid: (v: string) => boolean) => {
    if (value === undefined || value === '') errors[block] = required;
    else if (!valid(value)) errors[block] = t(locale, 'slack.discussion.setup.bad_value');
    return value ?? '';
  };

  const title = need(setUpBlocks.title, textAt(setUpBlocks.title), () => true);
  const topics: { title: string; questions: string[] }[] = [];
  for (let index = 0; index < maxTopicsInForm; index++) {
    const topicTitle = textAt(setUpBlocks.topicTitle(index));
    const questions = linesOf(elementOf(values, setUpBlocks.topicQuestions(index)).value ?? '');
    if (topicTitle === '' && questions.length === 0) {
      if (index === 0) errors[setUpBlocks.topicTitle(0)] = required;
      continue;
    }
    if (topicTitle === '') errors[setUpBlocks.topicTitle(index)] = required;
    if (questions.length === 0) errors[setUpBlocks.topicQuestions(index)] = required;
    topics.push({ title: topicTitle, questions });
  }

  const kind = elementOf(values, setUpBlocks.sizingKind).selected_option?.value ?? 'count';
  const numberText = textAt(setUpBlocks.sizingNumber);
  const number = Number(numberText);
  if (numberText === '') errors[setUpBlocks.sizingNumber] = required;
  else if (!Number.isInteger(number) || number < 1)
    errors[setUpBlocks.sizingNumber] = t(locale, 'slack.discussion.setup.bad_number');

  const at = (dateBlock: string, timeBlock: string) => {
    const date = need(dateBlock, elementOf(values, dateBlock).selected_date ?? undefined, isDate);
    const time = need(timeBlock, elementOf(values, timeBlock).selected_time ?? undefined, isTime);
    return `${date}T${time}`;
  };
  const signUpDeadline = at(setUpBlocks.signUpDate, setUpBlocks.signUpTime);
  const windowStart = at(setUpBlocks.windowDate, setUpBlocks.windowStart);
  const windowEnd = `${windowStart.slice(0, 10)}T${need(
    setUpBlocks.windowEnd,
    elementOf(values, setUpBlocks.windowEnd).selected_time ?? undefined,
    isTime,
  )}`;
  const summariesDue = at(setUpBlocks.dueDate, setUpBlocks.dueTime);
  const roomLinks = linesOf(elementOf(values, setUpBlocks.rooms).value ?? '');

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      ...who,
      title,
      ...(origin === undefined
        ? {}
        : { meetingId: origin.meetingId, itemNumber: origin.itemNumber }),
      topics,
      ...(kind === 'size' ? { groupSize: number } : { groupCount: number }),
      signUpDeadline,
      windowStart,
      windowEnd,
      summariesDue,
      roomLinks,
    },
  };
}

/** The block a use case's field names ("topics.1.questions", "windowEnd", "groupCount" …). */
export function blockOfField(field: string | undefined): string {
  if (field === undefined) return setUpBlocks.title;
  const topic = /^topics(?:\.(\d+))?(?:\.(\w+))?/.exec(field);
  if (topic !== null) {
    const index = Math.min(Number(topic[1] ?? 0), maxTopicsInForm - 1);
    return topic[2] === 'questions'
      ? setUpBlocks.topicQuestions(index)
      : setUpBlocks.topicTitle(index);
  }
  const byField: Record<string, string> = {
    title: setUpBlocks.title,
    groupCount: setUpBlocks.sizingNumber,
    groupSize: setUpBlocks.sizingNumber,
    signUpDeadline: setUpBlocks.signUpDate,
    windowStart: setUpBlocks.windowStart,
    windowEnd: setUpBlocks.windowEnd,
    summariesDue: setUpBlocks.dueDate,
    roomLinks: setUpBlocks.rooms,
    meetingId: setUpBlocks.title,
    itemNumber: setUpBlocks.title,
  };
  return byField[field.split('.')[0] ?? ''] ?? setUpBlocks.title;
}

/** Which block a refusal code belongs under, when it names no field. */
const blockOfCode: Partial<Record<string, string>> = {
  discussion_without_topics: setUpBlocks.topicTitle(0),
  discussion_room_links_mismatch: setUpBlocks.rooms,
  discussion_more_groups_than_people: setUpBlocks.sizingNumber,
  discussion_times_out_of_order: setUpBlocks.windowStart,
};

/** The use case's refusal under the block it is about, in the user's language. */
export function setUpErrorsOf(locale: Locale, failure: Failure): BlockErrors {
  const field = failure.field ?? (failure.params?.['field'] as string | undefined);
  const block =
    field !== undefined ? blockOfField(field) : (blockOfCode[failure.code] ?? setUpBlocks.title);
  return { [block]: describeFailure(locale, failure) };
}
