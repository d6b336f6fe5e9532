import type { Council, Locale } from '../../../domain/council/council.ts';
import type { EditableField } from '../../../domain/discussions/discussion-edits.ts';
import type { Discussion } from '../../../domain/discussions/discussion.ts';
import { t } from '../../../i18n/discussions/index.ts';
import {
  adaptiveCard,
  choiceInput,
  dateInput,
  execute,
  fieldError,
  heading,
  textBlock,
  textInput,
  timeInput,
  type AdaptiveCard,
  type CardElement,
} from '../cards/adaptive-card.ts';
import { topicLabel, whenText } from './discussion-card-text.ts';
import { longText } from './discussion-long-text.ts';
import { discussionVerbNames } from './discussion-verb-names.ts';

/** Topics A–D: the councils' discussions have two or three; four leave room. */
export const topicSlots = ['A', 'B', 'C', 'D'] as const;

export const topicTitleField = (index: number) => `topic${index + 1}Title`;
export const topicQuestionsField = (index: number) => `topic${index + 1}Questions`;

/** The set-up card's inputs, named as the submit handler reads them. */
export const setupFields = [
  'title',
  ...topicSlots.flatMap((_key, index) => [topicTitleField(index), topicQuestionsField(index)]),
  'sizing',
  'sizingValue',
  'signUpDate',
  'signUpTime',
  'windowDate',
  'windowStart',
  'windowEnd',
  'dueDate',
  'dueTime',
  'rooms',
] as const;

/** What the card shows: what was typed (strings, as cards send them), and the D item it belongs to. */
export type SetupValues = Partial<Record<string, string>> & {
  readonly meetingId?: string;
  readonly item?: string;
};

export interface SetupErrors {
  /** Under a field: its problem, naming it. */
  readonly byField?: Readonly<Record<string, string>>;
  /** Above the button: problems no one field owns. */
  readonly general?: readonly string[];
}

/** Which part of the set-up a card field changes ("Ret opsætning" locks them by that). */
export function editableFieldOf(field: string): EditableField | undefined {
  if (/^topic\d(Title|Questions)$/.test(field)) return 'topics';
  const known: Record<string, EditableField> = {
    title: 'title',
    sizing: 'sizing',
    sizingValue: 'sizing',
    signUpDate: 'signUpDeadline',
    signUpTime: 'signUpDeadline',
    windowDate: 'windowStart',
    windowStart: 'windowStart',
    windowEnd: 'windowEnd',
    dueDate: 'summariesDue',
    dueTime: 'summariesDue',
    rooms: 'roomLinks',
  };
  return known[field];
}

/**
 * "Ret opsætning": the card shows a discussion's set-up to change. What the
 * card may not change (`editable` leaves it out) is shown as text, not as
 * inputs; the submit saves against the `sequence` the card showed.
 */
export interface SetupEdit {
  readonly discussion: Discussion;
  readonly sequence: number;
  readonly editable: ReadonlySet<EditableField>;
  /** The status locks some fields: say which and why. */
  readonly lockedNote: boolean;
  /** How many groups the room links are for, when that is known. */
  readonly groups?: number;
}

/** The label a field is named by on the card and in its errors. */
export function setupFieldLabel(locale: Locale, field: string): string {
  const topic = /^topic(\d)(Title|Questions)$/.exec(field);
  if (topic !== null) {
    const key = topicSlots[Number(topic[1]) - 1] ?? topic[1] ?? '';
    return t(
      locale,
      topic[2] === 'Title'
        ? 'teams.discussion.field.topicTitle'
        : 'teams.discussion.field.topicQuestions',
      { key },
    );
  }
  const known: Record<string, Parameters<typeof t>[1]> = {
    title: 'teams.discussion.field.title',
    sizing: 'teams.discussion.field.sizing',
    sizingValue: 'discussion.chat.setup_sizing_number',
    signUpDate: 'teams.discussion.field.signUpDate',
    signUpTime: 'teams.discussion.field.signUpTime',
    windowDate: 'teams.discussion.field.windowDate',
    windowStart: 'teams.discussion.field.windowStart',
    windowEnd: 'teams.discussion.field.windowEnd',
    dueDate: 'teams.discussion.field.dueDate',
    dueTime: 'teams.discussion.field.dueTime',
    rooms: 'teams.discussion.field.rooms',
  };
  const key = known[field];
  return key === undefined ? field : t(locale, key);
}

/**
 * "Ny gruppedrøftelse" as a card: the title; up to four topics, each a title
 * and its questions one per line (the first required); the number of groups
 * or a target size; the sign-up deadline, the window and when summaries are
 * due; the room links. A refusal brings it back with what was typed and the
 * problem under its field, in the council's language; `alert` is said in red
 * right under the title (the card drawn again after a change meanwhile).
 */
export function setupCard(
  council: Pick<Council, 'locale' | 'name' | 'timeZone'>,
  values: SetupValues,
  errors: SetupErrors = {},
  options: { readonly note?: string; readonly alert?: string; readonly edit?: SetupEdit } = {},
): AdaptiveCard {
  const locale = council.locale;
  const edit = options.edit;
  /** A field shown as an input (always, on the set-up card). */
  const open = (field: string) => {
    const part = editableFieldOf(field);
    return edit === undefined || part === undefined || edit.editable.has(part);
  };
  /** A locked field: its label and value as text. */
  const fixed = (label: string, value: string) =>
    textBlock(t(locale, 'teams.discussion.edit.fixed', { label, value }));
  const label = (field: string) => setupFieldLabel(locale, field);
  const value = (field: string) => values[field] ?? '';
  const withError = (field: string, ...elements: CardElement[]): CardElement[] => {
    const problem = errors.byField?.[field];
    return problem === undefined ? elements : [...elements, fieldError(problem)];
  };
  const required = (field: string) => ({
    label: label(field),
    isRequired: true,
    errorMessage: `${label(field)}: ${t(locale, 'problem.required')}`,
  });
  const cardTitle = t(
    locale,
    edit === undefined ? 'discussion.chat.setup_modal_title' : 'discussion.edit.form_title',
  );
  const body: CardElement[] = [
    heading(cardTitle),
    ...(options.alert === undefined
      ? []
      : [textBlock(options.alert, { color: 'Attention', weight: 'Bolder', spacing: 'None' })]),
    textBlock(
      edit === undefined
        ? t(locale, 'teams.discussion.setup.intro', {
            council: council.name,
            zone: council.timeZone,
          })
        : t(locale, 'teams.discussion.edit.intro', { zone: council.timeZone }),
      { isSubtle: true, spacing: 'None' },
    ),
  ];
  if (options.note !== undefined) body.push(textBlock(options.note, { weight: 'Bolder' }));
  if (edit?.lockedNote === true)
    body.push(textBlock(t(locale, 'discussion.edit.locked_note'), { weight: 'Bolder' }));
  if (errors.byField !== undefined && Object.keys(errors.byField).length > 0)
    body.push(
      textBlock(t(locale, 'teams.discussion.setup.fix'), { color: 'Attention', weight: 'Bolder' }),
    );
  body.push(
    ...withError(
      'title',
      textInput('title', { ...required('title'), maxLength: 200, value: value('title') }),
    ),
  );
  if (edit !== undefined && !open(topicTitleField(0)))
    body.push(...fixedTopics(locale, edit, errors));
  else
    topicSlots.forEach((key, index) => {
      const first = index === 0;
      const titleField = topicTitleField(index);
      const questionsField = topicQuestionsField(index);
      body.push(
        textBlock(
          first
            ? t(locale, 'teams.discussion.setup.topic_heading', { key })
            : `${t(locale, 'teams.discussion.setup.topic_heading', { key })} (${t(locale, 'teams.discussion.setup.topic_optional')})`,
          { weight: 'Bolder', separator: true },
        ),
        ...withError(
          titleField,
          textInput(titleField, {
            ...(first ? required(titleField) : { label: label(titleField) }),
            maxLength: 200,
            value: value(titleField),
          }),
        ),
        ...withError(
          questionsField,
          textInput(questionsField, {
            label: label(questionsField),
            isMultiline: true,
            placeholder: t(locale, 'teams.discussion.setup.questions_placeholder'),
            value: value(questionsField),
          }),
        ),
      );
    });
  body.push(textBlock(label('sizing'), { weight: 'Bolder', separator: true }));
  if (!open('sizing') && edit !== undefined) {
    const { sizing } = edit.discussion;
    body.push(
      ...withError(
        'sizingValue',
        fixed(
          label('sizing'),
          sizing.kind === 'count'
            ? t(locale, 'teams.discussion.edit.groups', { count: sizing.groups })
            : t(locale, 'teams.discussion.edit.group_size', { size: sizing.size }),
        ),
      ),
    );
  } else
    body.push(
      ...withError(
        'sizing',
        choiceInput('sizing', {
          label: label('sizing'),
          style: 'expanded',
          value: values['sizing'] ?? 'count',
          choices: (['count', 'size'] as const).map((kind) => ({
            title: t(
              locale,
              kind === 'count'
                ? 'discussion.chat.setup_sizing_count'
                : 'teams.discussion.setup.sizing.size',
            ),
            value: kind,
          })),
        }),
      ),
      ...withError('sizingValue', {
        type: 'Input.Number',
        id: 'sizingValue',
        min: 1,
        ...required('sizingValue'),
        ...(value('sizingValue') === '' ? {} : { value: Number(value('sizingValue')) || 1 }),
      }),
    );
  if (!open('signUpDate') && edit !== undefined)
    body.push(
      ...withError(
        'signUpTime',
        fixed(t(locale, 'field.signUpDeadline'), whenText(locale, edit.discussion.signUpDeadline)),
      ),
      ...(errors.byField?.['signUpDate'] === undefined
        ? []
        : [fieldError(errors.byField['signUpDate'])]),
    );
  else
    body.push(
      ...withError(
        'signUpDate',
        dateInput('signUpDate', { ...required('signUpDate'), value: value('signUpDate') }),
      ),
      ...withError(
        'signUpTime',
        timeInput('signUpTime', { ...required('signUpTime'), value: value('signUpTime') }),
      ),
    );
  body.push(
    ...withError(
      'windowDate',
      dateInput('windowDate', { ...required('windowDate'), value: value('windowDate') }),
    ),
    ...withError(
      'windowStart',
      timeInput('windowStart', { ...required('windowStart'), value: value('windowStart') }),
    ),
    ...withError(
      'windowEnd',
      timeInput('windowEnd', { ...required('windowEnd'), value: value('windowEnd') }),
    ),
    ...withError(
      'dueDate',
      dateInput('dueDate', { ...required('dueDate'), value: value('dueDate') }),
    ),
    ...withError(
      'dueTime',
      timeInput('dueTime', { ...required('dueTime'), value: value('dueTime') }),
    ),
    ...(edit?.groups === undefined
      ? []
      : [
          textBlock(t(locale, 'discussion.edit.rooms_hint', { groups: edit.groups }), {
            isSubtle: true,
          }),
        ]),
    ...withError(
      'rooms',
      textInput('rooms', {
        label: label('rooms'),
        isMultiline: true,
        placeholder: t(locale, 'teams.discussion.setup.rooms_placeholder'),
        value: value('rooms'),
      }),
    ),
  );
  for (const problem of errors.general ?? []) body.push(fieldError(problem));
  const data = {
    ...(values.meetingId === undefined ? {} : { meetingId: values.meetingId }),
    ...(values.item === undefined ? {} : { item: values.item }),
  };
  const submit =
    edit === undefined
      ? execute(t(locale, 'teams.discussion.setup.submit'), discussionVerbNames.start, data, {
          style: 'positive',
        })
      : execute(
          t(locale, 'discussion.edit.save'),
          discussionVerbNames.saveEdit,
          { discussionId: edit.discussion.id, sequence: edit.sequence },
          { style: 'positive' },
        );
  return adaptiveCard(body, { actions: [submit], fallbackText: cardTitle });
}

/**
 * What the fixed topics' questions may take of the card, in characters
 * (Danish letters are two bytes): shared by the topics, each showing a start
 * and "Vis mere" for the rest.
 */
const questionsBudget = 9_000;

/** The topics as text, when the card may not change them (announced, or too many or long for inputs). */
function fixedTopics(locale: Locale, edit: SetupEdit, errors: SetupErrors): CardElement[] {
  const { discussion } = edit;
  const elements: CardElement[] = [];
  if (!edit.lockedNote)
    elements.push(textBlock(t(locale, 'teams.discussion.edit.topics_fixed'), { isSubtle: true }));
  const each = Math.floor(questionsBudget / Math.max(1, discussion.topics.length));
  const shownMax = Math.min(600, Math.floor(each / 5));
  for (const topic of discussion.topics) {
    elements.push(textBlock(topicLabel(locale, topic), { weight: 'Bolder', separator: true }));
    const questions = topic.questions
      .map((text, index) => t(locale, 'discussion.present.question', { number: index + 1, text }))
      .join('\n\n');
    if (questions !== '')
      elements.push(
        ...longText(locale, `edit-topic-${topic.key}`, questions, shownMax, each - shownMax),
      );
  }
  for (const [field, problem] of Object.entries(errors.byField ?? {}))
    if (editableFieldOf(field) === 'topics') elements.push(fieldError(problem));
  return elements;
}
