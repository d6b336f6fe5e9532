import type { SummaryDraft } from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/discussions/index.ts';
import { context, input, modal, type Block, type ModalView } from '../blocks/block-kit.ts';
import { clip, escapeMrkdwn, slackLimits } from '../blocks/slack-limits.ts';
import { elementOf, type ViewStateValues } from '../listeners/read-view-state.ts';
import { inputActionId } from '../slack-ids.ts';
import { discussionCallbackIds, summaryBlocks } from './discussion-ids.ts';
import { localWhen } from './discussion-when.ts';
import { inputMax, shownText } from './summary-text.ts';

/** What the form carries back: which discussion and group, and the revision it showed. */
export interface SummaryMetadata {
  readonly discussionId: string;
  readonly groupKey: string;
  readonly revision: number;
}

export const summaryMetadata = (m: SummaryMetadata): string =>
  JSON.stringify({ d: m.discussionId, g: m.groupKey, r: m.revision });

export function readSummaryMetadata(metadata: string | undefined): SummaryMetadata | undefined {
  if (metadata === undefined || metadata.length > 600) return undefined;
  try {
    const { d, g, r } = JSON.parse(metadata) as { d?: unknown; g?: unknown; r?: unknown };
    if (typeof d !== 'string' || d === '' || d.length > 200) return undefined;
    if (typeof g !== 'string' || !/^[A-Z]{1,3}\d{1,3}$/.test(g)) return undefined;
    if (typeof r !== 'number' || !Number.isSafeInteger(r) || r < 0) return undefined;
    return { discussionId: d, groupKey: g, revision: r };
  } catch {
    return undefined;
  }
}

/** Questions the form holds: 100 blocks, two per question at most, with room for the rest. */
const questionsMax = 40;

/**
 * "Skriv opsamling": one multiline field per guiding question and "Øvrige
 * noter", prefilled with the stored summary. A stored text longer than a
 * field holds is shown cut, with a note under it saying the whole text is
 * kept unless the field is changed.
 */
export function summaryModal(locale: Locale, draft: SummaryDraft): ModalView {
  const { discussion, group, topic, summary } = draft;
  const blocks: Block[] = [
    context(
      escapeMrkdwn(
        t(locale, 'slack.discussion.summary.intro', {
          group: group.key,
          topic: `${topic.key}: ${topic.title}`,
          deadline: localWhen(locale, discussion.summariesDue),
        }),
      ),
    ),
  ];
  const field = (blockId: string, label: string, stored: string | undefined) => {
    const { shown, cut } = shownText(stored ?? '');
    blocks.push(
      input(
        blockId,
        clip(label, slackLimits.inputLabel),
        {
          type: 'plain_text_input',
          action_id: inputActionId,
          multiline: true,
          max_length: inputMax,
          ...(shown === '' ? {} : { initial_value: shown }),
        },
        { optional: true },
      ),
    );
    if (cut) blocks.push(context(t(locale, 'slack.discussion.summary.kept_long')));
  };
  topic.questions.slice(0, questionsMax).forEach((question, index) => {
    field(summaryBlocks.answer(index), question, summary?.answers[index]);
  });
  field(summaryBlocks.notes, t(locale, 'slack.discussion.summary.notes'), summary?.notes);
  return modal({
    callbackId: discussionCallbackIds.summary,
    title: t(locale, 'slack.discussion.summary.modal_title'),
    submit: t(locale, 'slack.discussion.summary.submit'),
    close: t(locale, 'slack.modal.close'),
    blocks,
    privateMetadata: summaryMetadata({
      discussionId: discussion.id,
      groupKey: group.key,
      revision: summary?.revision ?? 0,
    }),
  });
}

/** The form's fields as typed (untrimmed: an unchanged cut field must compare equal). */
export function readSummaryForm(
  values: ViewStateValues,
  questionCount: number,
): { answers: (string | undefined)[]; notes: string } {
  // A question beyond what the form holds was not shown: undefined, so its stored answer stands.
  const answers = Array.from({ length: questionCount }, (_, index) =>
    index < questionsMax ? (elementOf(values, summaryBlocks.answer(index)).value ?? '') : undefined,
  );
  return { answers, notes: elementOf(values, summaryBlocks.notes).value ?? '' };
}
