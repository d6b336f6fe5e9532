import type { App } from '@slack/bolt';
import { addLocalDays } from '../../../domain/council/working-days.ts';
import { t } from '../../../i18n/discussions/index.ts';
import { doneModal } from '../blocks/done-modal.ts';
import { identifySlackUser, teamOf } from '../identify-slack-user.ts';
import { modalErrors } from '../listeners/modal-errors.ts';
import type { ViewStateValues } from '../listeners/read-view-state.ts';
import type { SlackDeps } from '../slack-deps.ts';
import { commentsBlockOf, commentsModal, readCommentsForm } from './comments-modal.ts';
import { answered, readClick, refusalText, type DiscussionClickBody } from './discussion-click.ts';
import { discussionActionIds, discussionCallbackIds } from './discussion-ids.ts';
import { managesDiscussions } from './discussion-people.ts';
import { discussionOfMetadata } from './edit-modals.ts';
import { opsamlingModal } from './opsamling-message.ts';

/** The comments hearing's deadline the form suggests: a week after the summaries were due, at noon. */
const suggestedDeadline = (summariesDue: string) => ({
  date: addLocalDays(summariesDue.slice(0, 10), 7),
  time: '12:00',
});

/**
 * The opsamling's buttons: "Saml op nu" (after Slack's confirm; the
 * secretariat), "Vis hele opsamlingen" (anyone), and "Send i høring til
 * kommentering" (the secretariat): the hearing form prefilled with the
 * opsamling and a deadline, and its submission opens the comments hearing.
 */
export function registerOpsamlingListeners(app: App, deps: SlackDeps): void {
  app.action<DiscussionClickBody>(
    { type: 'block_actions', action_id: discussionActionIds.compileNow },
    async ({ ack, body, client }) => {
      await ack();
      const click = await readClick(deps, body, client);
      if (click === undefined) return;
      await answered(deps, click.tell, click.locale, async () => {
        const compiled = await deps.useCases.compileOpsamling({
          ...click.on,
          actorId: click.member.id,
        });
        if (!compiled.ok) return click.tell(refusalText(click.locale, compiled));
        await click.tell(t(click.locale, 'slack.discussion.compile.done'));
      });
    },
  );

  app.action<DiscussionClickBody>(
    { type: 'block_actions', action_id: discussionActionIds.showOpsamling },
    async ({ ack, body, client }) => {
      await ack();
      const click = await readClick(deps, body, client);
      if (click === undefined) return;
      await answered(deps, click.tell, click.locale, async () => {
        const shown = await deps.useCases.showDiscussion(click.on);
        if (!shown.ok) return click.tell(refusalText(click.locale, shown));
        await client.views.open({
          trigger_id: body.trigger_id,
          view: opsamlingModal(click.locale, shown.value),
        });
      });
    },
  );

  app.action<DiscussionClickBody>(
    { type: 'block_actions', action_id: discussionActionIds.sendForComments },
    async ({ ack, body, client }) => {
      await ack();
      const click = await readClick(deps, body, client);
      if (click === undefined) return;
      await answered(deps, click.tell, click.locale, async () => {
        if (!managesDiscussions(click.member))
          return click.tell(t(click.locale, 'slack.discussion.not_allowed'));
        const shown = await deps.useCases.showDiscussion(click.on);
        if (!shown.ok) return click.tell(refusalText(click.locale, shown));
        const view = shown.value;
        if (view.opsamling === undefined)
          return click.tell(
            refusalText(click.locale, { ok: false, code: 'discussion_not_compiled' }),
          );
        await client.views.open({
          trigger_id: body.trigger_id,
          view: commentsModal(click.locale, view, suggestedDeadline(view.discussion.summariesDue)),
        });
      });
    },
  );

  app.view(discussionCallbackIds.comments, async ({ ack, body, view }) => {
    const who = await identifySlackUser(deps, teamOf(body), body.user.id);
    if (!who.ok) return ack(modalErrors({ [commentsBlockOf(undefined)]: who.text }));
    const { locale } = who.council;
    const discussionId = discussionOfMetadata(view.private_metadata);
    if (discussionId === undefined)
      return ack(
        modalErrors({ [commentsBlockOf(undefined)]: t(locale, 'slack.discussion.stale') }),
      );
    const sent = await deps.useCases.sendOpsamlingForComments({
      councilId: who.council.id,
      discussionId,
      actorId: who.member.id,
      ...readCommentsForm(view.state.values as ViewStateValues),
    });
    if (!sent.ok)
      return ack(modalErrors({ [commentsBlockOf(sent.field)]: refusalText(locale, sent) }));
    await ack({
      response_action: 'update',
      view: doneModal(
        locale,
        t(locale, 'slack.discussion.comments.modal_title'),
        t(locale, 'slack.discussion.opsamling.in_hearing'),
      ),
    });
  });
}
