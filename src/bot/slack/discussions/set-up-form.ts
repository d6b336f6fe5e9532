import type {
  EditDiscussionInput,
  StartDiscussionInput,
} from '../../../app/discussions/discussion-use-cases.ts';
import type { EditableField } from '../../../domain/discussions/discussion-edits.ts';
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

/** The window as the edit form was prefilled with it (council-local 'YYYY-MM-DDTHH:mm'). */
export interface WindowShown {
  readonly windowStart: string;
  readonly windowEnd: string;
}

const dayNumber = (local: string) =>
  Date.UTC(Number(local.slice(0, 4)), Number(local.slice(5, 7)) - 1, Number(local.slice(8, 10))) /
  86_400_000;

/** Whole calendar days from one local time's date to another's. */
export const daysBetween = (from: string, to: string) =>
  Math.round(dayNumber(to) - dayNumber(from));

/** A 'YYYY-MM-DD' date so many calendar days later. */
const addDays = (date: string, days: number) =>
  new Date((dayNumber(date) + days) * 86_400_000).toISOString().slice(0, 10);

/** Lines of a multiline field, trimmed, the empty ones left out. */
export const linesOf = (text: string | undefined): string[] =>
  (text ?? '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** One form's reading: the values found so far, and the problem under each block that has one. */
class FormReader {
  readonly errors: BlockErrors = {};
  private readonly required: string;

  constructor(
    private readonly locale: Locale,
    private readonly values: ViewStateValues,
  ) {
    this.required = t(locale, 'slack.discussion.setup.required');
  }

  private textAt(block: string): string {
    return elementOf(this.values, block).value?.trim() ?? '';
  }

  private need(block: string, value: string | undefined, valid: (v: string) => boolean): string {
    if (value === undefined || value === '') this.errors[block] = this.required;
    else if (!valid(value)) this.errors[block] = t(this.locale, 'slack.discussion.setup.bad_value');
    return value ?? '';
  }

  title(): string {
    return this.need(setUpBlocks.title, this.textAt(setUpBlocks.title), () => true);
  }

  /** The topics filled in, in order; the first is required, a half-filled one is wrong. */
  topics(slots: number): { title: string; questions: string[] }[] {
    const topics: { title: string; questions: string[] }[] = [];
    for (let index = 0; index < slots; index++) {
      const topicTitle = this.textAt(setUpBlocks.topicTitle(index));
      const questions = linesOf(
        elementOf(this.values, setUpBlocks.topicQuestions(index)).value ?? '',
      );
      if (topicTitle === '' && questions.length === 0) {
        if (index === 0) this.errors[setUpBlocks.topicTitle(0)] = this.required;
        continue;
      }
      if (topicTitle === '') this.errors[setUpBlocks.topicTitle(index)] = this.required;
      if (questions.length === 0) this.errors[setUpBlocks.topicQuestions(index)] = this.required;
      topics.push({ title: topicTitle, questions });
    }
    return topics;
  }

  sizing(): { groupCount: number } | { groupSize: number } {
    const kind = elementOf(this.values, setUpBlocks.sizingKind).selected_option?.value ?? 'count';
    const numberText = this.textAt(setUpBlocks.sizingNumber);
    const number = Number(numberText);
    if (numberText === '') this.errors[setUpBlocks.sizingNumber] = this.required;
    else if (!Number.isInteger(number) || number < 1)
      this.errors[setUpBlocks.sizingNumber] = t(this.locale, 'slack.discussion.setup.bad_number');
    return kind === 'size' ? { groupSize: number } : { groupCount: number };
  }

  /** A date picker and a time picker as council-local 'YYYY-MM-DDTHH:mm'. */
  at(dateBlock: string, timeBlock: string): string {
    const date = this.need(
      dateBlock,
      elementOf(this.values, dateBlock).selected_date ?? undefined,
      isDate,
    );
    const time = this.need(
      timeBlock,
      elementOf(this.values, timeBlock).selected_time ?? undefined,
      isTime,
    );
    return `${date}T${time}`;
  }

  /** The window: its day and start, and its end on the same day. */
  window(): { windowStart: string; windowEnd: string } {
    const { windowStart, endTime } = this.windowTimes();
    return { windowStart, windowEnd: `${windowStart.slice(0, 10)}T${endTime}` };
  }

  /**
   * The window as changed in the edit form: left exactly as prefilled it is
   * nothing (so one spanning days stays whole); changed, its end is as many
   * days after the start as the prefilled one's.
   */
  editedWindow(prefilled: WindowShown): { windowStart?: string; windowEnd?: string } {
    const { windowStart, endTime } = this.windowTimes();
    const unchanged =
      windowStart === prefilled.windowStart.slice(0, 16) &&
      endTime === prefilled.windowEnd.slice(11, 16);
    if (unchanged) return {};
    const date = windowStart.slice(0, 10);
    const endDate = isDate(date)
      ? addDays(date, daysBetween(prefilled.windowStart, prefilled.windowEnd))
      : date;
    return { windowStart, windowEnd: `${endDate}T${endTime}` };
  }

  private windowTimes(): { windowStart: string; endTime: string } {
    const windowStart = this.at(setUpBlocks.windowDate, setUpBlocks.windowStart);
    const endTime = this.need(
      setUpBlocks.windowEnd,
      elementOf(this.values, setUpBlocks.windowEnd).selected_time ?? undefined,
      isTime,
    );
    return { windowStart, endTime };
  }

  roomLinks(): string[] {
    return linesOf(elementOf(this.values, setUpBlocks.rooms).value ?? '');
  }

  get ok(): boolean {
    return Object.keys(this.errors).length === 0;
  }
}

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
  const form = new FormReader(locale, values);
  const title = form.title();
  const topics = form.topics(maxTopicsInForm);
  const sizing = form.sizing();
  const signUpDeadline = form.at(setUpBlocks.signUpDate, setUpBlocks.signUpTime);
  const { windowStart, windowEnd } = form.window();
  const summariesDue = form.at(setUpBlocks.dueDate, setUpBlocks.dueTime);
  const roomLinks = form.roomLinks();

  if (!form.ok) return { ok: false, errors: form.errors };
  return {
    ok: true,
    input: {
      ...who,
      title,
      ...(origin === undefined
        ? {}
        : { meetingId: origin.meetingId, itemNumber: origin.itemNumber }),
      topics,
      ...sizing,
      signUpDeadline,
      windowStart,
      windowEnd,
      summariesDue,
      roomLinks,
    },
  };
}

/**
 * The «Ret opsætning» form as editDiscussion's input: only the fields the
 * form showed as inputs (the locked ones are not in it, so not sent); every
 * one shown is sent as it stands, and the use case keeps what is unchanged.
 * The window, which the form shows as one day with two times, is the
 * exception: left as prefilled it is not sent, so a window spanning days
 * (set up from the command line) is kept whole; changed, its end keeps its
 * days after the start.
 */
export function readEditForm(
  locale: Locale,
  values: ViewStateValues,
  edit: {
    councilId: string;
    actorId: string;
    discussionId: string;
    seenSequence: number;
    shown: readonly EditableField[];
    topicSlots: number;
    /** The window the form was prefilled with. */
    window?: WindowShown;
  },
): { ok: true; input: EditDiscussionInput } | { ok: false; errors: BlockErrors } {
  const { shown, topicSlots, window, ...who } = edit;
  const shows = (field: EditableField) => shown.includes(field);
  const form = new FormReader(locale, values);
  const input: EditDiscussionInput = { ...who };
  if (shows('title')) input.title = form.title();
  if (shows('topics')) input.topics = form.topics(topicSlots);
  if (shows('sizing')) Object.assign(input, form.sizing());
  if (shows('signUpDeadline'))
    input.signUpDeadline = form.at(setUpBlocks.signUpDate, setUpBlocks.signUpTime);
  if (shows('windowStart'))
    Object.assign(input, window === undefined ? form.window() : form.editedWindow(window));
  if (shows('summariesDue')) input.summariesDue = form.at(setUpBlocks.dueDate, setUpBlocks.dueTime);
  if (shows('roomLinks')) input.roomLinks = form.roomLinks();
  return form.ok ? { ok: true, input } : { ok: false, errors: form.errors };
}

/** The block a use case's field names ("topics.1.questions", "windowEnd", "groupCount" …). */
export function blockOfField(field: string | undefined, topicSlots = maxTopicsInForm): string {
  if (field === undefined) return setUpBlocks.title;
  const topic = /^topics(?:\.(\d+))?(?:\.(\w+))?/.exec(field);
  if (topic !== null) {
    const index = Math.min(Number(topic[1] ?? 0), topicSlots - 1);
    return topic[2] === 'questions'
      ? setUpBlocks.topicQuestions(index)
      : setUpBlocks.topicTitle(index);
  }
  const byField: Record<string, string> = {
    title: setUpBlocks.title,
    groupCount: setUpBlocks.sizingNumber,
    groupSize: setUpBlocks.sizingNumber,
    sizing: setUpBlocks.sizingNumber,
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

/** A topic key ('A', 'B' …) as the index of its slot in the form. */
const slotOfTopic = (key: unknown): number =>
  typeof key === 'string' && /^[A-Z]$/.test(key) ? key.charCodeAt(0) - 65 : 0;

/**
 * editDiscussion's refusal under the block it is about, like
 * {@link setUpErrorsOf}; a field the status has locked, or a topic that has
 * sign-ups, under the topic; a change meanwhile under the title. A block the
 * form does not show (locked after announcing) gives way to the title, as
 * Slack refuses an error under a block it does not have.
 */
export function editErrorsOf(
  locale: Locale,
  failure: Failure,
  form: { shownBlocks: readonly string[]; topicSlots: number },
): BlockErrors {
  const field = failure.field ?? (failure.params?.['field'] as string | undefined);
  const byCode: Partial<Record<string, string>> = {
    discussion_changed_meanwhile: setUpBlocks.title,
    discussion_topic_has_sign_ups: setUpBlocks.topicTitle(
      Math.min(slotOfTopic(failure.params?.['topic']), form.topicSlots - 1),
    ),
    discussion_field_locked:
      field === undefined ? setUpBlocks.topicTitle(0) : blockOfField(field, form.topicSlots),
  };
  const block =
    byCode[failure.code] ??
    (field !== undefined
      ? blockOfField(field, form.topicSlots)
      : (blockOfCode[failure.code] ?? setUpBlocks.title));
  const shown = form.shownBlocks.includes(block) ? block : setUpBlocks.title;
  return { [shown]: describeFailure(locale, failure) };
}
