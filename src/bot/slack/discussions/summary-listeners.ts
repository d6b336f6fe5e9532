import type { App } from '@slack/bolt';
import { t } from '../../../i18n/discussions/index.ts';
import { doneModal } from '../blocks/done-modal.ts';
import { identifySlackUser, teamOf } from '../identify-slack-user.ts';
import { modalErrors } from '../listeners/modal-errors.ts';
import type { ViewStateValues } from '../listeners/read-view-state.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { answered, readClick, refusalText, type DiscussionClickBody } from './discussion-click.ts';
import { discussionActionIds, discussionCallbackIds, summaryBlocks } from './discussion-ids.ts';
import { localWhen } from './discussion-when.ts';
import { readSummaryForm, readSummaryMetadata, summaryModal } from './summary-modal.ts';
import { summaryFromForm } from './summary-text.ts';

/** Which block a refusal of the summary belongs under: an answer it names, else the first field. */
const blockOfSummaryField = (field: string | undefined): string => {
  const answer = /^answers\.(\d+)/.exec(field ?? '');
  if (answer !== null) return summaryBlocks.answer(Number(answer[1]));
  return field === 'notes' ? summaryBlocks.notes : summaryBlocks.answer(0);
};

/**
 * "Skriv opsamling" (in the writer's DM and the reminders): the summary form,
 * prefilled with what is stored; the use case says who writes for which
 * group. The submission stores it at the revision the form showed (an edit
 * meanwhile is refused, never overwritten); an answer too long for the form
 * that comes back unchanged keeps its whole stored text.
 */
export function registerSummaryListeners(app: App, deps: SlackDeps): void {
  app.action<DiscussionClickBody>(
    { type: 'block_actions', action_id: discussionActionIds.writeSummary },
    async ({ ack, body, client }) => {
      await ack();
      const click = await readClick(deps, body, client);
      if (click === undefined) return;
      await answered(deps, click.tell, click.locale, async () => {
        const draft = await deps.useCases.summaryDraft({ ...click.on, actorId: click.member.id });
        if (!draft.ok) return click.tell(refusalText(click.locale, draft));
        await client.views.open({
          trigger_id: body.trigger_id,
          view: summaryModal(click.locale, draft.value),
        });
      });
    },
  );

  app.view(discussionCallbackIds.summary, async ({ ack, body, view }) => {
    const first = summaryBlocks.answer(0);
    const who = await identifySlackUser(deps, teamOf(body), body.user.id);
    if (!who.ok) return ack(modalErrors({ [first]: who.text }));
    const { locale } = who.council;
    const metadata = readSummaryMetadata(view.private_metadata);
    if (metadata === undefined)
      return ack(modalErrors({ [first]: t(locale, 'slack.discussion.summary.bad_form') }));
    const on = {
      councilId: who.council.id,
      discussionId: metadata.discussionId,
      actorId: who.member.id,
    };
    // The stored summary (whole) and the number of questions, as they are now.
    const draft = await deps.useCases.summaryDraft(on);
    if (!draft.ok) return ack(modalErrors({ [first]: refusalText(locale, draft) }));
    const stored =
      draft.value.summary?.revision === metadata.revision ? draft.value.summary : undefined;
    const typed = readSummaryForm(
      view.state.values as ViewStateValues,
      draft.value.topic.questions.length,
    );
    const submitted = await deps.useCases.submitSummary({
      ...on,
      groupKey: metadata.groupKey,
      ...summaryFromForm(stored, typed),
      seenRevision: metadata.revision,
    });
    if (!submitted.ok)
      return ack(
        modalErrors({ [blockOfSummaryField(submitted.field)]: refusalText(locale, submitted) }),
      );
    const { summary, allIn } = submitted.value;
    const done = t(locale, 'slack.discussion.summary.done', {
      group: summary.groupKey,
      revision: summary.revision,
      deadline: localWhen(locale, draft.value.discussion.summariesDue),
    });
    await ack({
      response_action: 'update',
      view: doneModal(
        locale,
        t(locale, 'slack.discussion.summary.modal_title'),
        allIn ? `${done}\n\n${t(locale, 'slack.discussion.summary.all_in')}` : done,
      ),
    });
  });
}
