import type { DecisionDraft } from '../../../app/meetings/decision-draft.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { maxDecisionLength } from '../../../domain/meetings/decision.ts';
import { t } from '../../../i18n/meetings/index.ts';
import {
  adaptiveCard,
  execute,
  fieldError,
  heading,
  textBlock,
  textInput,
  type AdaptiveCard,
  type CardElement,
} from '../cards/adaptive-card.ts';
import { clipText } from './card-text.ts';
import { meetingVerbNames } from './meeting-verb-names.ts';

/** The input's id: what "Gem beslutning" sends the text as. */
export const decisionTextInput = 'decisionText';

/** Where the draft came from, in a line above the field. */
function sourceLine(locale: Locale, draft: DecisionDraft): string | undefined {
  switch (draft.draftFrom) {
    case 'hearing':
      return draft.hearing === undefined
        ? undefined
        : t(locale, 'teams.meeting.decision.from_hearing', { title: draft.hearing.title });
    case 'decision':
      return t(locale, 'teams.meeting.decision.from_decision', {
        revision: draft.current?.revision ?? draft.revision,
        by: draft.currentByName ?? '',
      });
    case 'imported':
      return t(locale, 'teams.meeting.decision.from_imported');
    case 'nothing':
      return undefined;
  }
}

/**
 * "Registrér beslutning" as a card: the item, where the draft came from, and
 * the Beslutning to save, prefilled. The submit carries the revision the
 * secretary saw, so a save over someone else's change is refused; then the
 * form comes back with what it says now and the secretary's own text kept.
 */
export function decisionForm(
  locale: Locale,
  draft: DecisionDraft,
  options: {
    /** What the field holds: the draft, or what the secretary typed. */
    readonly text: string;
    /** The revision a save is made over (the draft's, or the current one after a refusal). */
    readonly revision: number;
    /** Why the last save was refused, line by line. */
    readonly problems?: readonly string[];
  },
): AdaptiveCard {
  const kinds = draft.kinds.length === 0 ? '' : ` (${draft.kinds.join('+')})`;
  const body: CardElement[] = [
    heading(t(locale, 'meeting.item.record_decision')),
    textBlock(
      clipText(
        t(locale, 'teams.meeting.decision.item', {
          heading: `${draft.item} ${draft.itemTitle}${kinds}`,
        }),
        500,
      ),
      { isSubtle: true, spacing: 'None' },
    ),
  ];
  const source = sourceLine(locale, draft);
  if (source !== undefined) body.push(textBlock(source, { size: 'Small' }));
  for (const problem of options.problems ?? []) body.push(fieldError(clipText(problem, 8_000)));
  body.push(
    textInput(decisionTextInput, {
      label: t(locale, 'field.decisionText'),
      isRequired: true,
      errorMessage: t(locale, 'teams.meeting.decision.required'),
      isMultiline: true,
      maxLength: maxDecisionLength,
      value: clipText(options.text, maxDecisionLength),
    }),
  );
  return adaptiveCard(body, {
    actions: [
      execute(
        t(locale, 'meeting.decision.submit'),
        meetingVerbNames.saveDecision,
        { meetingId: draft.meetingId, item: draft.item, revision: options.revision },
        { style: 'positive' },
      ),
    ],
    fallbackText: t(locale, 'meeting.item.record_decision'),
  });
}
