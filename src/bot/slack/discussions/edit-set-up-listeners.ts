import type { App, BlockAction, ButtonAction, SlackViewAction, ViewOutput } from '@slack/bolt';
import type { Locale } from '../../../domain/council/council.ts';
import { fieldsEditableIn } from '../../../domain/discussions/discussion-edits.ts';
import { describeFailure, t } from '../../../i18n/discussions/index.ts';
import { editOutcomeLines } from '../../present/discussions/edit-outcome.ts';
import { doneModal } from '../blocks/done-modal.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import { identifySlackUser, teamOf } from '../identify-slack-user.ts';
import { modalErrors } from '../listeners/modal-errors.ts';
import type { ViewStateValues } from '../listeners/read-view-state.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { answered, readClick } from './discussion-click.ts';
import { discussionActionIds, discussionCallbackIds, setUpBlocks } from './discussion-ids.ts';
import { managesDiscussions } from './discussion-people.ts';
import { readEditMetadata } from './discussion-values.ts';
import { editSetUpModal, formFieldsFor, topicSlotsFor } from './edit-set-up-modal.ts';
import { editErrorsOf, readEditForm } from './set-up-form.ts';

/** The input blocks the form drew for these fields (the locked ones are not inputs). */
function shownBlocks(shown: readonly string[], topicSlots: number): string[] {
  const blocks: string[] = [];
  if (shown.includes('title')) blocks.push(setUpBlocks.title);
  if (shown.includes('topics'))
    for (let index = 0; index < topicSlots; index++)
      blocks.push(setUpBlocks.topicTitle(index), setUpBlocks.topicQuestions(index));
  if (shown.includes('sizing')) blocks.push(setUpBlocks.sizingKind, setUpBlocks.sizingNumber);
  if (shown.includes('signUpDeadline')) blocks.push(setUpBlocks.signUpDate, setUpBlocks.signUpTime);
  if (shown.includes('windowStart'))
    blocks.push(setUpBlocks.windowDate, setUpBlocks.windowStart, setUpBlocks.windowEnd);
  if (shown.includes('summariesDue')) blocks.push(setUpBlocks.dueDate, setUpBlocks.dueTime);
  if (shown.includes('roomLinks')) blocks.push(setUpBlocks.rooms);
  return blocks;
}

/**
 * «Ret opsætning» (from "/raad grupper"): the secretariat and the chair
 * group get the set-up form prefilled with the discussion as it is; anyone
 * else is told who may, and a discussion past changing says so. The
 * submission runs editDiscussion before the ack: a refusal stays in the
 * form under its field, nothing changed; a success says what changed and
 * what followed (the channel message, the members' groups and the
 * reminders follow through the outbox).
 */
export function registerEditSetUpListeners(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: discussionActionIds.editSetUp },
    async ({ ack, body, client }) => {
      await ack();
      const click = await readClick(deps, body, client);
      if (click === undefined) return;
      const { locale, tell } = click;
      await answered(deps, tell, locale, async () => {
        if (!managesDiscussions(click.member))
          return tell(t(locale, 'slack.discussion.not_allowed'));
        const shown = await deps.useCases.showDiscussion(click.on);
        if (!shown.ok) return tell(describeFailure(locale, shown));
        if (fieldsEditableIn(shown.value.discussion.status).length === 0)
          return tell(describeFailure(locale, { code: 'discussion_edit_closed' }));
        await client.views.open({
          trigger_id: body.trigger_id,
          view: editSetUpModal(locale, shown.value),
        });
      });
    },
  );

  // Runs the use case before the ack: a refusal comes back inside the ack, under its field.
  app.view(discussionCallbackIds.edit, async ({ ack, body, view }) => {
    let answer: EditAnswer;
    // The clicker's council's language, once known; Danish until then.
    const known: { locale?: Locale } = {};
    try {
      answer = await saveEdit(deps, body, view, known);
    } catch (error) {
      deps.log.error({ err: error }, 'slack: saving a discussion set-up failed');
      answer = modalErrors({ [setUpBlocks.title]: t(known.locale ?? 'da', 'error.unexpected') });
    }
    await ack(answer);
  });
}

type EditAnswer =
  | ReturnType<typeof modalErrors>
  | { response_action: 'update'; view: ReturnType<typeof doneModal> };

/** The submitted form read, editDiscussion run, and what the ack answers. */
async function saveEdit(
  deps: SlackDeps,
  body: SlackViewAction,
  view: ViewOutput,
  known: { locale?: Locale },
): Promise<EditAnswer> {
  const who = await identifySlackUser(deps, teamOf(body), body.user.id);
  if (!who.ok) return modalErrors({ [setUpBlocks.title]: who.text });
  const { locale } = who.council;
  known.locale = locale;
  const ref = readEditMetadata(view.private_metadata);
  if (ref === undefined)
    return modalErrors({ [setUpBlocks.title]: t(locale, 'slack.discussion.stale') });
  const on = { councilId: who.council.id, discussionId: ref.discussionId };
  // Which fields the form has as inputs follows from the discussion as it is;
  // one changed since the form opened has a new sequence, which the use case refuses.
  const current = await deps.useCases.showDiscussion(on);
  if (!current.ok) return modalErrors({ [setUpBlocks.title]: describeFailure(locale, current) });
  const shown = formFieldsFor(current.value.discussion);
  const topicSlots = topicSlotsFor(current.value.discussion);
  const read = readEditForm(locale, view.state.values as ViewStateValues, {
    ...on,
    actorId: who.member.id,
    seenSequence: ref.seenSequence,
    shown,
    topicSlots,
    window: {
      windowStart: current.value.discussion.windowStart,
      windowEnd: current.value.discussion.windowEnd,
    },
  });
  if (!read.ok) return modalErrors(read.errors);
  const edited = await deps.useCases.editDiscussion(read.input);
  if (!edited.ok)
    return modalErrors(
      editErrorsOf(locale, edited, { shownBlocks: shownBlocks(shown, topicSlots), topicSlots }),
    );
  return {
    response_action: 'update',
    view: doneModal(
      locale,
      t(locale, 'slack.discussion.edit.done_title'),
      editOutcomeLines(locale, edited.value).map(escapeMrkdwn).join('\n'),
    ),
  };
}
