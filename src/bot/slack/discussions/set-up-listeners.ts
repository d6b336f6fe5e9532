import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import { managesDiscussions } from './discussion-people.ts';
import { describeFailure, t } from '../../../i18n/discussions/index.ts';
import { doneModal } from '../blocks/done-modal.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import { identifySlackUser, teamOf } from '../identify-slack-user.ts';
import { modalErrors } from '../listeners/modal-errors.ts';
import type { ViewStateValues } from '../listeners/read-view-state.ts';
import { meetingActionIds, parseItemValue } from '../meetings/index.ts';
import type { SlackDeps } from '../slack-deps.ts';
import type { RaadSubcommand } from '../slack-part.ts';
import { tellClicker } from './discussion-click.ts';
import { discussionCallbackIds, setUpBlocks } from './discussion-ids.ts';
import { localWhen } from './discussion-when.ts';
import { readSetUpForm, setUpErrorsOf } from './set-up-form.ts';
import { readSetUpMetadata, setUpModal } from './set-up-modal.ts';

/**
 * "/raad gruppedroeftelse": the empty set-up form, for the secretariat and
 * the chair group (the same people who manage hearings; startDiscussion
 * checks again at submission). A member is told who can.
 */
export const setUpCommand: RaadSubcommand = {
  kind: 'group_discussion',
  words: [
    'gruppedrøftelse',
    'gruppedroeftelse',
    'gruppedroftelse',
    'gruppedrøftelser',
    'gruppedroeftelser',
    'group-discussion',
  ],
  async run(deps, { command, client, tell }) {
    const who = await identifySlackUser(deps, command.team_id, command.user_id);
    if (!who.ok) return tell(who.text);
    if (!managesDiscussions(who.member))
      return tell(t(who.council.locale, 'slack.discussion.not_allowed'));
    await client.views.open({
      trigger_id: command.trigger_id,
      view: setUpModal(who.council.locale),
    });
  },
};

/**
 * "Start gruppedrøftelse" on a D item (drawn by the meeting's reply, its
 * value {meetingId, item}): the form prefilled from the item; the use case
 * says whether the clicker may and whether the item is a discussion item.
 * The submission: the discussion started (its sign-up goes to the channel
 * through the outbox), or each problem under its field, nothing stored.
 */
export function registerSetUpListeners(app: App, deps: SlackDeps): void {
  app.action<BlockAction<ButtonAction>>(
    { type: 'block_actions', action_id: meetingActionIds.startDiscussion },
    async ({ ack, body, client }) => {
      await ack();
      const tell = tellClicker(body, client);
      const who = await identifySlackUser(deps, teamOf(body), body.user.id);
      if (!who.ok) return tell(who.text);
      const { locale } = who.council;
      const ref = parseItemValue(body.actions[0]?.value);
      if (ref === undefined) return tell(t(locale, 'slack.discussion.stale'));
      const draft = await deps.useCases.discussionDraftForItem({
        councilId: who.council.id,
        actorId: who.member.id,
        meetingId: ref.meetingId,
        itemNumber: ref.item,
      });
      if (!draft.ok) return tell(describeFailure(locale, draft));
      await client.views.open({
        trigger_id: body.trigger_id,
        view: setUpModal(locale, draft.value, { meetingId: ref.meetingId, itemNumber: ref.item }),
      });
    },
  );

  // Runs the use case before the ack: a refusal comes back inside the ack, under its field.
  app.view(discussionCallbackIds.setUp, async ({ ack, body, view }) => {
    const who = await identifySlackUser(deps, teamOf(body), body.user.id);
    if (!who.ok) return ack(modalErrors({ [setUpBlocks.title]: who.text }));
    const { locale } = who.council;
    const read = readSetUpForm(
      locale,
      view.state.values as ViewStateValues,
      { councilId: who.council.id, actorId: who.member.id },
      readSetUpMetadata(view.private_metadata),
    );
    if (!read.ok) return ack(modalErrors(read.errors));
    const started = await deps.useCases.startDiscussion(read.input);
    if (!started.ok) return ack(modalErrors(setUpErrorsOf(locale, started)));
    const discussion = started.value;
    await ack({
      response_action: 'update',
      view: doneModal(
        locale,
        t(locale, 'slack.discussion.setup.done_title'),
        t(locale, 'slack.discussion.setup.done', {
          title: escapeMrkdwn(discussion.title),
          deadline: localWhen(locale, discussion.signUpDeadline),
        }),
      ),
    });
  });
}
