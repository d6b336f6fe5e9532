import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import type { Choice } from '../../../domain/hearings/hearing.ts';
import { t } from '../../../i18n/hearings/index.ts';
import {
  presentHearing,
  type HearingPresentation,
} from '../../present/hearings/hearing-presentation.ts';
import {
  viewerStance,
  type JustDone,
  type ViewerStance,
} from '../../present/hearings/viewer-stance.ts';
import {
  adaptiveCard,
  execute,
  fieldError,
  textBlock,
  textInput,
  type AdaptiveCard,
  type CardElement,
  type ExecuteAction,
} from '../cards/adaptive-card.ts';
import { REFRESH_USER_LIMIT } from '../refresh-audience.ts';

export { REFRESH_USER_LIMIT };

export interface HearingCardOptions {
  /** The viewer's vote click this card answers: its line replaces the viewer's standing line. */
  readonly justDone?: JustDone;
  /**
   * A line about what just happened ("Høringen er lukket: Vedtaget."), shown
   * instead of the viewer's standing line, so the card says one thing once.
   */
  readonly notice?: { readonly text: string; readonly tone: 'good' | 'attention' };
  /** Why the reason field was refused, shown under it. */
  readonly reasonError?: string;
  /** What the viewer typed, kept when the card comes back with an error. */
  readonly reasonValue?: string;
  /** Users whose client asks for their own view (refresh); none → no refresh. */
  readonly refreshUserIds?: readonly string[];
  /** For councils larger than refresh serves: a button that shows one's own view. */
  readonly showMineButton?: boolean;
  /** The card says where the viewer stands itself (a reminder's opening sentence). */
  readonly withoutStanceLine?: boolean;
  /** Where the buttons live: on the hearing's card, or in the "mine høringer" list. */
  readonly origin?: 'card' | 'mine';
}

/** Action data the card's buttons send back; handlers read the same names. */
export const reasonInputId = (origin: 'card' | 'mine', hearingId: string): string =>
  origin === 'mine' ? `reason.${hearingId}` : 'reason';

/**
 * The hearing's Adaptive Card: the same texts as Slack and the CLI
 * (presentHearing). Without a viewer it is the shared card in the council's
 * channel, with the buttons and how to answer; with one (view.viewer) it is
 * that person's own view: one line on where they stand (viewerStance) and only
 * the buttons to answer when they hold a seat. Managing the hearing (Påmind
 * nu, Luk høringen nu) is kept apart from voting, in "mine høringer"
 * (manage-section.ts).
 */
export function hearingCard(view: HearingView, options: HearingCardOptions = {}): AdaptiveCard {
  const { elements, actions } = hearingCardParts(view, options);
  const refresh = refreshFor(view, options.refreshUserIds ?? []);
  return adaptiveCard(elements, {
    actions,
    ...(refresh ? { refresh } : {}),
    fallbackText: fallbackTextOf(view),
  });
}

/** The card's body and buttons, for cards that show a hearing among other things. */
export function hearingCardParts(
  view: HearingView,
  options: HearingCardOptions = {},
): { elements: CardElement[]; actions: ExecuteAction[] } {
  const shown = presentHearing(view);
  const locale = view.council.locale;
  const origin = options.origin ?? 'card';
  const facts = [shown.agendaItem, shown.mode, shown.deadline].filter((part) => part !== undefined);
  const elements: CardElement[] = [
    textBlock(shown.title, { size: 'Medium', weight: 'Bolder' }),
    textBlock(facts.join(' · '), { isSubtle: true, spacing: 'None' }),
    textBlock(shown.proposal),
  ];
  if (shown.explainer) elements.push(textBlock(shown.explainer, { isSubtle: true }));
  if (shown.outcome) {
    elements.push(
      textBlock(t(locale, 'hearing.outcome', { outcome: shown.outcome }), {
        weight: 'Bolder',
        size: 'Medium',
        color: view.hearing.result?.outcome === 'adopted' ? 'Good' : 'Attention',
      }),
    );
  }
  if (view.hearing.state === 'cancelled') {
    elements.push(textBlock(shown.state, { weight: 'Bolder', color: 'Warning' }));
  }
  elements.push(textBlock(shown.counts, { weight: 'Bolder', separator: true }));
  elements.push(
    textBlock([shown.rulesSummary, shown.closedNote].filter(Boolean).join(' · '), {
      isSubtle: true,
      size: 'Small',
      spacing: 'None',
    }),
  );
  const stance = viewerStance(view, options.justDone);
  const line = options.withoutStanceLine ? undefined : stanceLine(stance, options.notice);
  if (line) elements.push(line);

  const actions: ExecuteAction[] = [];
  if (shown.isOpen && stance.mayVote) {
    if (shown.reasonFor.length > 0) elements.push(...reasonField(view, shown, options, origin));
    // Said once, on the card everyone shares; a viewer's own line already says it.
    if (view.viewer === undefined)
      elements.push(textBlock(t(locale, 'teams.card.how_to'), { isSubtle: true, size: 'Small' }));
    actions.push(...voteActions(view, shown, origin));
  }
  if (shown.isOpen && options.showMineButton && view.viewer === undefined) {
    actions.push(
      execute(
        t(locale, 'teams.card.show_mine'),
        'refresh',
        { hearingId: shown.hearingId },
        { associatedInputs: 'none' },
      ),
    );
  }
  return { elements, actions };
}

/** The viewer's one line: what just happened when told, else where they stand. */
function stanceLine(
  stance: ViewerStance,
  notice: HearingCardOptions['notice'],
): CardElement | undefined {
  const text = notice?.text ?? stance.line;
  if (text === undefined) return undefined;
  const tone = notice?.tone ?? stance.tone;
  return textBlock(text, {
    color: tone === 'good' ? 'Good' : tone === 'attention' ? 'Attention' : 'Accent',
    ...(tone === 'plain' ? {} : { weight: 'Bolder' as const }),
  });
}

function reasonField(
  view: HearingView,
  shown: HearingPresentation,
  options: HearingCardOptions,
  origin: 'card' | 'mine',
): CardElement[] {
  const locale = view.council.locale;
  const labels = shown.options
    .filter((option) => shown.reasonFor.includes(option.choice))
    .map((option) => option.label);
  const fields: CardElement[] = [
    textInput(reasonInputId(origin, shown.hearingId), {
      label: t(locale, 'field.reason'),
      isMultiline: true,
      maxLength: 2000,
      placeholder: t(locale, 'teams.card.reason_placeholder'),
      ...(options.reasonValue ? { value: options.reasonValue } : {}),
    }),
  ];
  if (options.reasonError) fields.push(fieldError(options.reasonError));
  else
    fields.push(
      textBlock(t(locale, 'teams.card.reason_required', { choices: labels.join(', ') }), {
        isSubtle: true,
        size: 'Small',
        spacing: 'None',
      }),
    );
  return fields;
}

function voteActions(
  view: HearingView,
  shown: HearingPresentation,
  origin: 'card' | 'mine',
): ExecuteAction[] {
  const chosen: Choice | undefined = view.viewer?.ballot?.choice;
  return shown.options.map((option) =>
    execute(
      option.label,
      'vote',
      {
        hearingId: shown.hearingId,
        choice: option.choice,
        ...(origin === 'mine' ? { origin } : {}),
      },
      {
        ...(option.choice === chosen ? { style: 'positive' as const } : {}),
        // Only answers that may carry a reason send the reason field along.
        associatedInputs: shown.reasonFor.includes(option.choice) ? 'auto' : 'none',
      },
    ),
  );
}

function refreshFor(view: HearingView, userIds: readonly string[]): AdaptiveCard['refresh'] {
  if (view.hearing.state !== 'open' || userIds.length === 0) return undefined;
  return {
    action: execute(
      t(view.council.locale, 'teams.card.refresh'),
      'refresh',
      { hearingId: view.hearing.id },
      { associatedInputs: 'none' },
    ),
    userIds: userIds.slice(0, REFRESH_USER_LIMIT),
  };
}

function fallbackTextOf(view: HearingView): string {
  const locale = view.council.locale;
  const shown = presentHearing(view);
  if (view.hearing.state === 'cancelled')
    return t(locale, 'hearing.cancelled', { title: shown.title });
  if (shown.outcome)
    return t(locale, 'hearing.closed', { title: shown.title, outcome: shown.outcome });
  return `${t(locale, 'hearing.opened', { title: shown.title })} — ${shown.deadline}`;
}
