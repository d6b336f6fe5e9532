import type { HearingPresentation } from '../../present/hearings/hearing-presentation.ts';
import type { Choice } from '../../../domain/hearings/hearing.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/hearings/index.ts';
import { actionIds, hearingActionsBlockId } from '../hearings/hearing-ids.ts';
import { button, type Block } from '../blocks/block-kit.ts';

/**
 * The answer buttons of an open hearing. A choice that needs a text (Imod
 * when the rules demand a reason, an objection, a høringssvar) opens the
 * reason modal instead of casting; in a vote "Begrund …" lets anyone attach
 * a reason. Buttons stay neutral (no red/green) so no answer looks preferred;
 * only the viewer's own current answer is highlighted where we know it.
 */
export function voteButtons(
  locale: Locale,
  shown: Pick<HearingPresentation, 'hearingId' | 'options' | 'reasonFor' | 'isOpen'>,
  current?: Choice,
): Block[] {
  if (!shown.isOpen || shown.options.length === 0) return [];
  const elements = shown.options.map(({ choice, label }) =>
    button(
      label,
      shown.reasonFor.includes(choice) ? actionIds.reason(choice) : actionIds.vote(choice),
      shown.hearingId,
      choice === current ? 'primary' : undefined,
    ),
  );
  const everyChoiceAsksReason = shown.options.every(({ choice }) =>
    shown.reasonFor.includes(choice),
  );
  if (!everyChoiceAsksReason) {
    elements.push(
      button(t(locale, 'slack.button.reason'), actionIds.reason('any'), shown.hearingId),
    );
  }
  return [{ type: 'actions', block_id: hearingActionsBlockId(shown.hearingId), elements }];
}
