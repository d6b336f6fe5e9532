import type { DiscussionView } from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { fieldsEditableIn } from '../../../domain/discussions/discussion-edits.ts';
import { t } from '../../../i18n/discussions/index.ts';
import {
  actionSet,
  adaptiveCard,
  container,
  execute,
  heading,
  textBlock,
  type AdaptiveCard,
  type ExecuteAction,
} from '../cards/adaptive-card.ts';
import { clipText } from '../meetings/index.ts';
import { whenText } from './discussion-card-text.ts';
import { discussionVerbNames } from './discussion-verb-names.ts';

/** Enough for any council's open discussions, and far within a card's 28 KB. */
export const statusShownMax = 12;

/** Where a discussion is, in one line. */
export function phaseLine(locale: Locale, view: DiscussionView): string {
  const { discussion, proposal, summaries, participants } = view;
  switch (discussion.status) {
    case 'sign_up':
      if (proposal?.formedBy === 'deadline')
        return t(locale, 'teams.discussion.status.phase.proposal');
      return t(locale, 'teams.discussion.status.phase.sign_up', {
        deadline: whenText(locale, discussion.signUpDeadline),
        signed: participants.filter((p) => p.signUp !== undefined).length,
      });
    case 'announced':
      return t(locale, 'teams.discussion.status.phase.announced', {
        submitted: summaries.length,
        groups: proposal?.groups.length ?? 0,
        due: whenText(locale, discussion.summariesDue),
      });
    case 'compiled':
      return t(locale, 'teams.discussion.status.phase.compiled');
    default:
      return t(locale, 'discussion.present.cancelled_line');
  }
}

/** The buttons a discussion's phase calls for, and «Ret opsætning» while its set-up may change. */
export function phaseActions(locale: Locale, view: DiscussionView): ExecuteAction[] {
  const data = { discussionId: view.discussion.id };
  const options = { associatedInputs: 'none' as const };
  const edit =
    fieldsEditableIn(view.discussion.status).length > 0
      ? [execute(t(locale, 'discussion.edit.button'), discussionVerbNames.editForm, data, options)]
      : [];
  return [...nextStep(locale, view), ...edit];
}

/** The one button that moves a discussion's phase on. */
function nextStep(locale: Locale, view: DiscussionView): ExecuteAction[] {
  const data = { discussionId: view.discussion.id };
  const options = { associatedInputs: 'none' as const };
  switch (view.discussion.status) {
    case 'sign_up':
      return [
        view.proposal === undefined
          ? execute(
              t(locale, 'discussion.chat.button_form'),
              discussionVerbNames.formGroups,
              data,
              options,
            )
          : execute(
              t(locale, 'discussion.chat.button_show_proposal'),
              discussionVerbNames.showProposal,
              data,
              options,
            ),
      ];
    case 'announced':
      return [
        execute(
          t(locale, 'discussion.chat.button_compile'),
          discussionVerbNames.compile,
          { ...data, confirmed: false },
          options,
        ),
      ];
    case 'compiled':
      return view.opsamling?.hearingId === undefined
        ? [
            execute(
              t(locale, 'discussion.chat.button_send_for_comments'),
              discussionVerbNames.commentsForm,
              data,
              options,
            ),
          ]
        : [];
    default:
      return [];
  }
}

/** "grupper": the secretariat's open discussions, each with its phase and next step. */
export function statusCard(locale: Locale, views: readonly DiscussionView[]): AdaptiveCard {
  const title = t(locale, 'discussion.chat.status_heading');
  if (views.length === 0) {
    const none = t(locale, 'teams.discussion.status.none');
    return adaptiveCard([heading(title), textBlock(none)], { fallbackText: none });
  }
  const rows = views.slice(0, statusShownMax).map((view, index) => {
    const actions = phaseActions(locale, view);
    return container(
      [
        textBlock(clipText(view.discussion.title, 200), { weight: 'Bolder' }),
        textBlock(phaseLine(locale, view), { isSubtle: true, spacing: 'None' }),
        ...(actions.length === 0 ? [] : [actionSet(actions)]),
      ],
      index > 0,
    );
  });
  return adaptiveCard([heading(title), ...rows], { fallbackText: title });
}
