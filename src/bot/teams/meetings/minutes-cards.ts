import type { Council } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/meetings/index.ts';
import type { MinutesView } from '../../present/meetings/minutes-notice-plans.ts';
import { minutesSummary } from '../../present/meetings/minutes-summary.ts';
import {
  adaptiveCard,
  container,
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
import { meetingVerbNames } from './meeting-verb-names.ts';

/** The inputs of the minutes' card forms. */
export const minutesInputIds = {
  deadlineDate: 'deadlineDate',
  deadlineTime: 'deadlineTime',
  remark: 'remark',
} as const;

/** Items shown on the card before "Vis mere" hides the rest: the card stays well under 80 KB. */
const itemsShownFirst = 12;
/** At most this many items at all: the whole referat is one link away. */
const itemsAtMost = 60;

/** "[Word-dokument](url)": a link Teams renders in a TextBlock. */
const link = (title: string, url: string) => `[${title}](${url})`;

function itemElements(view: MinutesView): CardElement[] {
  const { items } = minutesSummary(view);
  const element = (item: (typeof items)[number]) =>
    container([
      textBlock(`${item.number} ${item.title}`, { weight: 'Bolder' }),
      textBlock(item.decision, { spacing: 'None', isSubtle: true }),
    ]);
  const first = items.slice(0, itemsShownFirst).map(element);
  const rest = items.slice(itemsShownFirst, itemsAtMost).map(element);
  if (rest.length === 0) return first;
  const locale = view.council.locale;
  const more = items.length - itemsShownFirst;
  return [
    ...first,
    { type: 'Container', id: 'minutes-more', isVisible: false, items: rest },
    {
      type: 'ActionSet',
      actions: [
        {
          type: 'Action.ToggleVisibility',
          title: t(locale, 'minutes.chat.more_items', { count: more }),
          targetElements: ['minutes-more'],
        },
      ],
    },
  ];
}

/**
 * The referat out for approval in the council's conversation: the meeting,
 * each item with its Beslutning in short (the rest behind "Vis mere"), the
 * deadline, the signed links, the count, and the buttons while it is open.
 */
export function minutesSummaryCard(view: MinutesView): AdaptiveCard {
  const locale = view.council.locale;
  const summary = minutesSummary(view);
  const meetingId = view.meeting.meeting.id;
  const data = { meetingId };
  return adaptiveCard(
    [
      heading(summary.heading),
      textBlock(summary.when, { spacing: 'None' }),
      textBlock(summary.state, { weight: 'Bolder' }),
      ...itemElements(view),
      ...(summary.files === undefined
        ? []
        : [
            textBlock(
              t(locale, 'minutes.chat.files', {
                word: link(t(locale, 'minutes.chat.word'), summary.files.docx),
                markdown: link(t(locale, 'minutes.chat.markdown'), summary.files.md),
              }),
              { separator: true },
            ),
            textBlock(summary.files.until, { isSubtle: true, size: 'Small', spacing: 'None' }),
          ]),
      textBlock(summary.count, { weight: 'Bolder' }),
    ],
    {
      actions: summary.open
        ? [
            execute(t(locale, 'minutes.chat.approve'), meetingVerbNames.approveMinutes, data, {
              style: 'positive',
              associatedInputs: 'none',
            }),
            execute(t(locale, 'minutes.chat.remark'), meetingVerbNames.remarkOnMinutes, data, {
              associatedInputs: 'none',
            }),
            execute(t(locale, 'minutes.chat.close'), meetingVerbNames.closeMinutes, data, {
              associatedInputs: 'none',
            }),
          ]
        : [],
      fallbackText: summary.text,
    },
  );
}

/** "Generér referat": the approval deadline, a week ahead at noon unless changed. */
export function generateMinutesCard(
  council: Council,
  meeting: { readonly id: string; readonly title: string },
  deadline: { readonly date: string; readonly time: string },
  error?: string,
): AdaptiveCard {
  const locale = council.locale;
  return adaptiveCard(
    [
      heading(t(locale, 'minutes.chat.form_title')),
      textBlock(t(locale, 'minutes.chat.form_intro', { title: meeting.title })),
      dateInput(minutesInputIds.deadlineDate, {
        label: t(locale, 'minutes.chat.deadline_date'),
        value: deadline.date,
        isRequired: true,
        errorMessage: t(locale, 'minutes.chat.deadline_missing'),
      }),
      timeInput(minutesInputIds.deadlineTime, {
        label: t(locale, 'minutes.chat.deadline_time'),
        value: deadline.time,
        isRequired: true,
        errorMessage: t(locale, 'minutes.chat.deadline_missing'),
      }),
      ...(error === undefined ? [] : [fieldError(error)]),
    ],
    {
      actions: [
        // The title only comes back to draw the form again after a refusal.
        execute(t(locale, 'minutes.chat.form_submit'), meetingVerbNames.sendMinutes, {
          meetingId: meeting.id,
          title: meeting.title,
        }),
      ],
      fallbackText: t(locale, 'minutes.chat.form_title'),
    },
  );
}

/** "Bemærkning til referatet": a text, sent with the member's approval. */
export function remarkCard(council: Council, meetingId: string, error?: string): AdaptiveCard {
  const locale = council.locale;
  return adaptiveCard(
    [
      heading(t(locale, 'minutes.chat.remark')),
      textInput(minutesInputIds.remark, {
        label: t(locale, 'minutes.chat.remark_label'),
        isMultiline: true,
        maxLength: 1000,
        isRequired: true,
        errorMessage: t(locale, 'minutes.chat.remark_missing'),
      }),
      textBlock(t(locale, 'minutes.chat.remark_hint'), { isSubtle: true, size: 'Small' }),
      ...(error === undefined ? [] : [fieldError(error)]),
    ],
    {
      actions: [
        execute(t(locale, 'minutes.chat.remark_submit'), meetingVerbNames.saveMinutesRemark, {
          meetingId,
        }),
      ],
      fallbackText: t(locale, 'minutes.chat.remark'),
    },
  );
}

/** "Luk godkendelse" asks first (Adaptive Cards have no confirm dialog): it cannot be undone. */
export function closeMinutesCard(
  council: Council,
  meetingId: string,
  text: { readonly title: string; readonly approved: number; readonly total: number },
): AdaptiveCard {
  const locale = council.locale;
  const question = t(locale, 'minutes.chat.close_confirm', text);
  return adaptiveCard([heading(t(locale, 'minutes.chat.close_title')), textBlock(question)], {
    actions: [
      execute(
        t(locale, 'minutes.chat.close_submit'),
        meetingVerbNames.closeMinutes,
        { meetingId, confirmed: true },
        { style: 'destructive', associatedInputs: 'none' },
      ),
    ],
    fallbackText: question,
  });
}
