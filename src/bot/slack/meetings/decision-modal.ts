import type { DecisionDraft } from '../../../app/meetings/decision-draft.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { maxDecisionLength } from '../../../domain/meetings/decision.ts';
import { t } from '../../../i18n/meetings/index.ts';
import { draftText } from '../../present/meetings/decision-wording.ts';
import { context, input, modal, section, type Block, type ModalView } from '../blocks/block-kit.ts';
import { clip, escapeMrkdwn } from '../blocks/slack-limits.ts';
import type { ViewStateValues } from '../listeners/read-view-state.ts';
import { inputActionId } from '../slack-ids.ts';
import { meetingCallbackIds } from './meeting-ids.ts';
import type { ItemRef } from './item-actions.ts';

/** What the modal carries between opening and saving: the item and the revision the secretary saw. */
export interface DecisionFormMetadata extends ItemRef {
  readonly revision: number;
}

/**
 * The text input's block id names the revision: Slack keeps what was typed
 * in an input whose block id stays the same across a view update, so a new
 * id is how an updated form shows the text we give it.
 */
const textBlockPrefix = 'decisionText';
export const decisionTextBlock = (revision: number) => `${textBlockPrefix}.${revision}`;

export const decisionMetadata = (metadata: DecisionFormMetadata): string =>
  JSON.stringify({
    meetingId: metadata.meetingId,
    item: metadata.item,
    revision: metadata.revision,
  });

/** The private_metadata read back; undefined when it is not ours (a forged submission). */
export function readDecisionMetadata(raw: string | undefined): DecisionFormMetadata | undefined {
  try {
    const parsed = JSON.parse(raw ?? '') as Partial<Record<keyof DecisionFormMetadata, unknown>>;
    const { meetingId, item, revision } = parsed;
    if (typeof meetingId !== 'string' || typeof item !== 'string') return undefined;
    if (typeof revision !== 'number' || !Number.isInteger(revision) || revision < 0)
      return undefined;
    return { meetingId, item, revision };
  } catch {
    return undefined;
  }
}

/** The typed Beslutning and the block it sits in, whatever revision the form was drawn at. */
export function readDecisionText(values: ViewStateValues): { block: string; text: string } {
  const block = Object.keys(values).find((id) => id.startsWith(`${textBlockPrefix}.`));
  if (block === undefined) return { block: decisionTextBlock(0), text: '' };
  return { block, text: values[block]?.[inputActionId]?.value ?? '' };
}

/** Where the draft came from, said under the heading so the secretary knows what they confirm. */
function sourceNote(locale: Locale, draft: DecisionDraft): string | undefined {
  switch (draft.draftFrom) {
    case 'hearing':
      return t(locale, 'slack.meeting.decision.modal.from_hearing', {
        title: escapeMrkdwn(draft.hearing?.title ?? ''),
      });
    case 'decision':
      return t(locale, 'slack.meeting.decision.modal.from_decision', {
        revision: draft.revision,
        by: escapeMrkdwn(draft.currentByName ?? draft.current?.recordedBy ?? ''),
      });
    case 'imported':
      return t(locale, 'slack.meeting.decision.modal.from_imported');
    case 'nothing':
      return undefined;
  }
}

export interface DecisionModalOptions {
  /** The text to show instead of the draft's: the secretary's own, after a refused save. */
  readonly text?: string;
  /** Why the form came back (someone else saved meanwhile), in the council's language. */
  readonly notice?: string;
}

/**
 * "Registrér beslutning": the item, where the draft comes from (a closed
 * hearing's result, the saved decision, the imported agenda), and the
 * Beslutning to save, prefilled. The revision the secretary saw travels in
 * private_metadata, so a save over someone else's change is refused.
 */
export function decisionModal(
  locale: Locale,
  draft: DecisionDraft,
  options: DecisionModalOptions = {},
): ModalView {
  const blocks: Block[] = [section(`*${escapeMrkdwn(`${draft.item} ${draft.itemTitle}`)}*`)];
  if (options.notice !== undefined) blocks.push(section(options.notice));
  const note = sourceNote(locale, draft);
  if (note !== undefined && options.notice === undefined) blocks.push(context(note));
  const text = options.text ?? draftText(locale, draft);
  blocks.push(
    input(
      decisionTextBlock(draft.revision),
      t(locale, 'meeting.field.beslutning'),
      {
        type: 'plain_text_input',
        action_id: inputActionId,
        multiline: true,
        max_length: maxDecisionLength,
        ...(text.trim() === '' ? {} : { initial_value: clip(text, maxDecisionLength) }),
      },
      { hint: t(locale, 'slack.meeting.decision.modal.hint') },
    ),
  );
  return modal({
    callbackId: meetingCallbackIds.recordDecision,
    title: t(locale, 'field.decisionText'),
    submit: t(locale, 'meeting.decision.submit'),
    close: t(locale, 'slack.modal.cancel'),
    blocks,
    privateMetadata: decisionMetadata({
      meetingId: draft.meetingId,
      item: draft.item,
      revision: draft.revision,
    }),
  });
}
