import type { DiscussionDraft } from '../../../app/discussions/discussion-use-cases.ts';
import type { EditableField } from '../../../domain/discussions/discussion-edits.ts';
import type { GroupSizing } from '../../../domain/discussions/discussion.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/discussions/index.ts';
import { context, input, modal, option, type Block, type ModalView } from '../blocks/block-kit.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import { inputActionId } from '../slack-ids.ts';
import { discussionCallbackIds, maxTopicsInForm, setUpBlocks } from './discussion-ids.ts';

/** Where the form was opened from: a meeting's D item, its number as printed. */
export interface SetUpOrigin {
  readonly meetingId: string;
  readonly itemNumber: string;
}

export const setUpMetadata = (origin: SetUpOrigin | undefined): string =>
  origin === undefined ? '' : JSON.stringify({ m: origin.meetingId, i: origin.itemNumber });

/** The origin read back from private_metadata (ours, but checked: a bad one is no origin). */
export function readSetUpMetadata(metadata: string | undefined): SetUpOrigin | undefined {
  if (metadata === undefined || metadata === '' || metadata.length > 600) return undefined;
  try {
    const { m, i } = JSON.parse(metadata) as { m?: unknown; i?: unknown };
    if (typeof m !== 'string' || typeof i !== 'string' || m === '' || i === '') return undefined;
    return { meetingId: m.slice(0, 200), itemNumber: i.slice(0, 40) };
  } catch {
    return undefined;
  }
}

const text = (maxLength: number, multiline = false, initial?: string) => ({
  type: 'plain_text_input' as const,
  action_id: inputActionId,
  max_length: maxLength,
  ...(multiline ? { multiline: true } : {}),
  ...(initial === undefined || initial === ''
    ? {}
    : { initial_value: initial.slice(0, maxLength) }),
});

const datePicker = (initial?: string) => ({
  type: 'datepicker' as const,
  action_id: inputActionId,
  ...(initial === undefined ? {} : { initial_date: initial }),
});

const timePicker = (initial?: string) => ({
  type: 'timepicker' as const,
  action_id: inputActionId,
  ...(initial === undefined ? {} : { initial_time: initial }),
});

/** The longest a topic's questions (one per line) and the room links (one per line) may be in the form. */
export const setUpTextMax = { questions: 2_000, rooms: 3_000 } as const;

/** 'YYYY-MM-DDTHH:mm' split for the pickers. */
const dateOf = (local: string | undefined) => local?.slice(0, 10);
const timeOf = (local: string | undefined) => local?.slice(11, 16);

/**
 * What the form's inputs start with: a D item's draft (title and times) when
 * setting up, the discussion as it is when changing it.
 */
export interface SetUpInitial {
  readonly title?: string;
  readonly topics?: readonly { readonly title: string; readonly questions: readonly string[] }[];
  readonly sizing?: GroupSizing;
  readonly signUpDeadline?: string;
  readonly windowStart?: string;
  readonly windowEnd?: string;
  readonly summariesDue?: string;
  readonly roomLinks?: readonly string[];
}

/** How the inputs are drawn: which fields are inputs at all, how many topic slots, the rooms' hint. */
export interface SetUpInputsShape {
  readonly shows: (field: EditableField) => boolean;
  readonly topicSlots: number;
  readonly roomsHint: string;
  /** Under the window's end time, when the end is on a later day than the date shown. */
  readonly windowEndHint?: string;
}

/**
 * The form's input blocks, shared by "Start gruppedrøftelse" and «Ret
 * opsætning»: the title; the topics, each a title and its guiding questions
 * one per line (the first required); the number of groups or a target size;
 * the sign-up deadline; the discussion window; when the summaries are due;
 * the room links. A field the shape does not show is left out.
 */
export function setUpInputBlocks(
  locale: Locale,
  initial: SetUpInitial,
  shape: SetUpInputsShape,
): Block[] {
  const label = (key: Parameters<typeof t>[1], params?: Record<string, string>) =>
    t(locale, key, params);
  const blocks: Block[] = [];
  if (shape.shows('title'))
    blocks.push(
      input(
        setUpBlocks.title,
        label('slack.discussion.setup.title_field'),
        text(150, false, initial.title),
      ),
    );
  if (shape.shows('topics'))
    for (let index = 0; index < shape.topicSlots; index++) {
      const key = String.fromCharCode(65 + index);
      const topic = initial.topics?.[index];
      blocks.push(
        input(
          setUpBlocks.topicTitle(index),
          t(locale, 'slack.discussion.setup.topic_title', { key }),
          text(150, false, topic?.title),
          { optional: index > 0 },
        ),
        input(
          setUpBlocks.topicQuestions(index),
          t(locale, 'slack.discussion.setup.topic_questions', { key }),
          text(setUpTextMax.questions, true, topic?.questions.join('\n')),
          { optional: index > 0, hint: t(locale, 'slack.discussion.setup.questions_hint') },
        ),
      );
    }
  if (shape.shows('sizing')) {
    const count = option(t(locale, 'discussion.chat.setup_sizing_count'), 'count');
    const size = option(t(locale, 'slack.discussion.setup.sizing_size'), 'size');
    const number =
      initial.sizing === undefined
        ? undefined
        : initial.sizing.kind === 'count'
          ? initial.sizing.groups
          : initial.sizing.size;
    blocks.push(
      input(setUpBlocks.sizingKind, label('slack.discussion.setup.sizing_kind'), {
        type: 'radio_buttons',
        action_id: inputActionId,
        options: [count, size],
        initial_option: initial.sizing?.kind === 'size' ? size : count,
      }),
      input(setUpBlocks.sizingNumber, label('discussion.chat.setup_sizing_number'), {
        type: 'number_input',
        action_id: inputActionId,
        is_decimal_allowed: false,
        min_value: '1',
        max_value: '200',
        ...(number === undefined ? {} : { initial_value: String(number) }),
      }),
    );
  }
  if (shape.shows('signUpDeadline'))
    blocks.push(
      input(
        setUpBlocks.signUpDate,
        label('slack.discussion.setup.sign_up_date'),
        datePicker(dateOf(initial.signUpDeadline)),
      ),
      input(
        setUpBlocks.signUpTime,
        label('slack.discussion.setup.sign_up_time'),
        timePicker(timeOf(initial.signUpDeadline)),
      ),
    );
  if (shape.shows('windowStart'))
    blocks.push(
      input(
        setUpBlocks.windowDate,
        label('slack.discussion.setup.window_date'),
        datePicker(dateOf(initial.windowStart)),
      ),
      input(
        setUpBlocks.windowStart,
        label('slack.discussion.setup.window_start'),
        timePicker(timeOf(initial.windowStart)),
      ),
      input(
        setUpBlocks.windowEnd,
        label('slack.discussion.setup.window_end'),
        timePicker(timeOf(initial.windowEnd)),
        shape.windowEndHint === undefined ? {} : { hint: shape.windowEndHint },
      ),
    );
  if (shape.shows('summariesDue'))
    blocks.push(
      input(
        setUpBlocks.dueDate,
        label('slack.discussion.setup.due_date'),
        datePicker(dateOf(initial.summariesDue)),
      ),
      input(
        setUpBlocks.dueTime,
        label('slack.discussion.setup.due_time'),
        timePicker(timeOf(initial.summariesDue)),
      ),
    );
  if (shape.shows('roomLinks'))
    blocks.push(
      input(
        setUpBlocks.rooms,
        label('slack.discussion.setup.rooms'),
        text(setUpTextMax.rooms, true, initial.roomLinks?.join('\n')),
        { optional: true, hint: shape.roomsHint },
      ),
    );
  return blocks;
}

/**
 * "Start gruppedrøftelse": every input of {@link setUpInputBlocks}, up to
 * four topics. Opened from a D item it is prefilled from the item.
 */
export function setUpModal(
  locale: Locale,
  draft?: Partial<DiscussionDraft>,
  origin?: SetUpOrigin,
): ModalView {
  const blocks: Block[] = [];
  if (origin !== undefined)
    blocks.push(
      context(
        escapeMrkdwn(t(locale, 'slack.discussion.setup.from_item', { item: origin.itemNumber })),
      ),
    );
  blocks.push(
    ...setUpInputBlocks(locale, draft ?? {}, {
      shows: () => true,
      topicSlots: maxTopicsInForm,
      roomsHint: t(locale, 'slack.discussion.setup.rooms_hint'),
    }),
  );
  return {
    ...modal({
      callbackId: discussionCallbackIds.setUp,
      title: t(locale, 'discussion.chat.setup_modal_title'),
      submit: t(locale, 'slack.discussion.setup.submit'),
      close: t(locale, 'slack.modal.close'),
      blocks,
      privateMetadata: setUpMetadata(origin),
    }),
  };
}
