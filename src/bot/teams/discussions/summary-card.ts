import type {
  DiscussionView,
  SummaryDraft,
} from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/discussions/index.ts';
import {
  adaptiveCard,
  execute,
  fieldError,
  textBlock,
  textInput,
  type AdaptiveCard,
  type CardElement,
} from '../cards/adaptive-card.ts';
import { cardBytes, clipText } from '../meetings/index.ts';
import { topicLabel, whenText } from './discussion-card-text.ts';
import { discussionVerbNames } from './discussion-verb-names.ts';
import { discussionCardMaxBytes } from './sign-up-card.ts';

export const answerField = (index: number) => `answer${index}`;
export const notesField = 'notes';

/** The prefill first tried at this length per field, then halved until the card fits. */
const prefillFirstMax = 20_000;
const prefillLeastMax = 500;

export interface SummaryCardOptions {
  /** What was typed, kept when the card comes back refused (field id → text). */
  readonly values?: Readonly<Record<string, string>>;
  /** A problem under a field (field id → text), or above the button. */
  readonly errors?: Readonly<Record<string, string>>;
  readonly general?: readonly string[];
  readonly notice?: { readonly text: string; readonly tone: 'good' | 'attention' };
  /** Names, for who sent the summary last. */
  readonly names?: Pick<DiscussionView, 'participants'>;
}

function cardAt(
  locale: Locale,
  draft: SummaryDraft,
  options: SummaryCardOptions,
  prefillMax: number,
): AdaptiveCard {
  const { discussion, group, topic, summary } = draft;
  const title = t(locale, 'teams.discussion.summary.heading', { group: group.key });
  const body: CardElement[] = [];
  if (options.notice)
    body.push(
      textBlock(options.notice.text, {
        color: options.notice.tone === 'good' ? 'Good' : 'Attention',
        weight: 'Bolder',
      }),
    );
  body.push(
    textBlock(title, { size: 'Medium', weight: 'Bolder' }),
    textBlock(
      t(locale, 'teams.discussion.summary.intro', {
        title: discussion.title,
        topic: topicLabel(locale, topic),
        due: whenText(locale, discussion.summariesDue),
      }),
      { isSubtle: true, spacing: 'None' },
    ),
  );
  if (summary !== undefined) {
    const by =
      options.names?.participants.find((p) => p.memberId === summary.submittedBy)?.name ??
      summary.submittedBy;
    body.push(
      textBlock(
        t(locale, 'teams.discussion.summary.revision', { revision: summary.revision, by }),
        {
          isSubtle: true,
          size: 'Small',
        },
      ),
    );
  }
  const field = (id: string, label: string, stored: string) => {
    // What the writer typed comes back whole (sent again, it is what is saved);
    // only the stored text is cut to fit the card, and an unchanged cut field
    // keeps the stored whole.
    const typed = options.values?.[id];
    const whole = typed ?? stored;
    const shown = typed ?? clipText(stored, prefillMax);
    const elements: CardElement[] = [
      textInput(id, { label: clipText(label, 1_000), isMultiline: true, value: shown }),
    ];
    if (shown !== whole)
      elements.push(
        textBlock(t(locale, 'teams.discussion.summary.cut'), {
          isSubtle: true,
          size: 'Small',
          spacing: 'None',
        }),
      );
    const problem = options.errors?.[id];
    if (problem !== undefined) elements.push(fieldError(problem));
    return elements;
  };
  topic.questions.forEach((question, index) => {
    body.push(
      ...field(answerField(index), `${index + 1}. ${question}`, summary?.answers[index] ?? ''),
    );
  });
  body.push(...field(notesField, t(locale, 'teams.discussion.field.notes'), summary?.notes ?? ''));
  for (const problem of options.general ?? []) body.push(fieldError(problem));
  return adaptiveCard(body, {
    actions: [
      execute(
        t(locale, 'teams.discussion.summary.submit'),
        discussionVerbNames.saveSummary,
        {
          discussionId: discussion.id,
          groupKey: group.key,
          revision: summary?.revision ?? 0,
          // How long a prefill may be before it is cut: a field sent back as its cut prefill keeps the stored text.
          cutAt: prefillMax,
        },
        { style: 'positive' },
      ),
    ],
    fallbackText: title,
  });
}

/**
 * The group's summary as a card for its writer: one multiline field per
 * question and "Øvrige noter", prefilled with what was sent. The card stays
 * within 28 KB: a very long stored answer is shown cut, with a note, and
 * comes back whole when its field is sent unchanged (see `keptWhole`).
 */
export function summaryCard(
  locale: Locale,
  draft: SummaryDraft,
  options: SummaryCardOptions = {},
): AdaptiveCard {
  let prefillMax = prefillFirstMax;
  let card = cardAt(locale, draft, options, prefillMax);
  while (cardBytes(card) > discussionCardMaxBytes && prefillMax > prefillLeastMax) {
    prefillMax = Math.max(prefillLeastMax, Math.floor(prefillMax / 2));
    card = cardAt(locale, draft, options, prefillMax);
  }
  return card;
}

/**
 * What a field sent back means: the stored text when the field came back as
 * the card's cut prefill of it (untouched), else what was typed.
 */
export function keptWhole(sent: string, stored: string | undefined, cutAt: number): string {
  if (stored === undefined || [...stored].length <= cutAt) return sent;
  return sent === clipText(stored, cutAt) || sent.trim() === clipText(stored, cutAt).trim()
    ? stored
    : sent;
}
