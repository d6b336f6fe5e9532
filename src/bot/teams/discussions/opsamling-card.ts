import type { DiscussionView } from '../../../app/discussions/discussion-use-cases.ts';
import type { Council, Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/discussions/index.ts';
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
import { cardBytes, clipText } from '../meetings/index.ts';
import { topicLabel } from './discussion-card-text.ts';
import { longText } from './discussion-long-text.ts';
import { discussionVerbNames } from './discussion-verb-names.ts';
import { discussionCardMaxBytes } from './sign-up-card.ts';

const answerShownMax = 500;

function cardAt(locale: Locale, view: DiscussionView, fullMax: number): AdaptiveCard {
  const { discussion, proposal, summaries } = view;
  const title = t(locale, 'teams.discussion.opsamling.heading');
  const body: CardElement[] = [
    heading(title),
    textBlock(
      [
        clipText(discussion.title, 300),
        ...(discussion.itemNumber === undefined
          ? []
          : [t(locale, 'teams.discussion.item_line', { item: discussion.itemNumber })]),
      ].join(' · '),
      { isSubtle: true, spacing: 'None' },
    ),
  ];
  const groups = proposal?.groups ?? [];
  discussion.topics.forEach((topic) => {
    const topicGroups = groups.filter((group) => group.topic === topic.key);
    const items: CardElement[] = [
      textBlock(topicLabel(locale, topic), { size: 'Medium', weight: 'Bolder' }),
    ];
    for (const group of topicGroups) {
      const summary = summaries.find((candidate) => candidate.groupKey === group.key);
      if (summary === undefined) continue;
      items.push(
        textBlock(t(locale, 'discussion.present.group', { key: group.key }), {
          weight: 'Bolder',
          spacing: 'Medium',
        }),
      );
      topic.questions.forEach((question, index) => {
        const answer = summary.answers[index]?.trim() ?? '';
        items.push(
          textBlock(`${index + 1}. ${clipText(question, 500)}`, {
            isSubtle: true,
            spacing: 'Small',
          }),
          ...(answer === ''
            ? [
                textBlock(t(locale, 'discussion.present.opsamling.answer_missing'), {
                  spacing: 'Small',
                }),
              ]
            : longText(locale, `${group.key}-${index}`, answer, answerShownMax, fullMax)),
        );
      });
      if (summary.notes.trim() !== '')
        items.push(
          textBlock(t(locale, 'teams.discussion.field.notes'), {
            isSubtle: true,
            spacing: 'Small',
          }),
          ...longText(locale, `${group.key}-notes`, summary.notes, answerShownMax, fullMax),
        );
    }
    if (items.length > 1) body.push(container(items, true));
  });
  const missing = view.opsamling?.missingGroups ?? [];
  if (missing.length > 0)
    body.push(
      textBlock(t(locale, 'teams.discussion.opsamling.missing', { groups: missing.join(', ') }), {
        color: 'Warning',
        separator: true,
      }),
    );
  const inHearing = view.opsamling?.hearingId !== undefined;
  if (inHearing)
    body.push(textBlock(t(locale, 'teams.discussion.opsamling.in_hearing'), { isSubtle: true }));
  return adaptiveCard(body, {
    ...(inHearing
      ? {}
      : {
          actions: [
            execute(
              t(locale, 'discussion.chat.button_send_for_comments'),
              discussionVerbNames.commentsForm,
              { discussionId: discussion.id },
              { associatedInputs: 'none' },
            ),
          ],
        }),
    fallbackText: `${title}: ${discussion.title}`,
  });
}

/**
 * "Opsamling fra gruppedrøftelser" in the council's channel: by topic, each
 * group's answer to each question and its notes, long answers behind
 * "Vis mere"; the groups that did not send; the secretariat's
 * "Send i høring til kommentering". Measured and cut (hidden text first) to fit.
 */
export function opsamlingCard(locale: Locale, view: DiscussionView): AdaptiveCard {
  let fullMax = 8_000;
  let card = cardAt(locale, view, fullMax);
  while (cardBytes(card) > discussionCardMaxBytes && fullMax > answerShownMax) {
    fullMax = Math.max(answerShownMax, Math.floor(fullMax / 2));
    card = cardAt(locale, view, fullMax);
  }
  return card;
}

export const commentsFields = ['proposal', 'deadlineDate', 'deadlineTime'] as const;
export type CommentsField = (typeof commentsFields)[number];

/** How the comments card names its fields. */
export function commentsLabel(locale: Locale, field: CommentsField): string {
  return t(
    locale,
    field === 'proposal'
      ? 'discussion.chat.comments_proposal'
      : field === 'deadlineDate'
        ? 'teams.discussion.field.deadlineDate'
        : 'teams.discussion.field.deadlineTime',
  );
}

/** The comments hearing's card: the text prefilled from the opsamling, and the deadline. */
export function commentsCard(
  council: Pick<Council, 'locale' | 'timeZone'>,
  discussionId: string,
  values: Readonly<Partial<Record<CommentsField, string>>>,
  errors: Readonly<Partial<Record<CommentsField | 'general', string>>> = {},
): AdaptiveCard {
  const locale = council.locale;
  const title = t(locale, 'teams.discussion.comments.heading');
  const withError = (field: CommentsField | 'general', element: CardElement): CardElement[] =>
    errors[field] === undefined ? [element] : [element, fieldError(errors[field])];
  const label = (field: CommentsField) => commentsLabel(locale, field);
  return adaptiveCard(
    [
      heading(title),
      textBlock(t(locale, 'teams.discussion.comments.intro'), { isSubtle: true, spacing: 'None' }),
      ...withError(
        'proposal',
        textInput('proposal', {
          label: label('proposal'),
          isMultiline: true,
          isRequired: true,
          errorMessage: `${label('proposal')}: ${t(locale, 'problem.required')}`,
          value: clipText(values.proposal ?? '', 20_000),
        }),
      ),
      ...withError(
        'deadlineDate',
        dateInput('deadlineDate', {
          label: label('deadlineDate'),
          isRequired: true,
          value: values.deadlineDate ?? '',
        }),
      ),
      ...withError(
        'deadlineTime',
        timeInput('deadlineTime', {
          label: label('deadlineTime'),
          isRequired: true,
          value: values.deadlineTime ?? '',
        }),
      ),
      ...(errors.general === undefined ? [] : [fieldError(errors.general)]),
    ],
    {
      actions: [
        execute(
          t(locale, 'teams.discussion.comments.submit'),
          discussionVerbNames.sendForComments,
          { discussionId },
          { style: 'positive' },
        ),
      ],
      fallbackText: title,
    },
  );
}
