import type { App, webApi } from '@slack/bolt';
import type { DiscussionView } from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { managesDiscussions } from './discussion-people.ts';
import { t } from '../../../i18n/discussions/index.ts';
import { reasonText } from '../../present/discussions/discussion-texts.ts';
import { identifySlackUser, teamOf } from '../identify-slack-user.ts';
import { modalErrors } from '../listeners/modal-errors.ts';
import type { ViewStateValues } from '../listeners/read-view-state.ts';
import type { SlackDeps } from '../slack-deps.ts';
import {
  answered,
  readClick,
  refusalText,
  type DiscussionClick,
  type DiscussionClickBody,
} from './discussion-click.ts';
import {
  discussionActionIds,
  discussionCallbackIds,
  moveBlocks,
  roleBlocks,
} from './discussion-ids.ts';
import {
  discussionOfMetadata,
  moveModal,
  readMoveForm,
  readRoleForm,
  roleModal,
} from './edit-modals.ts';
import { proposalMessage } from './proposal-message.ts';

/** The proposal as the secretary sees it, with its reasons in the council's words. */
export const proposalFor = (locale: Locale, view: DiscussionView) =>
  proposalMessage(
    locale,
    view,
    (view.proposal?.reasons ?? []).map((reason) => reasonText(locale, reason)),
  );

/**
 * The discussion as the secretariat sees it, or the answer already given: a
 * member is told who may (showDiscussion is read-only and guards nothing, so
 * the role is checked here; every use case that changes something checks
 * again).
 */
async function managedView(
  deps: SlackDeps,
  click: DiscussionClick,
): Promise<DiscussionView | undefined> {
  if (!managesDiscussions(click.member)) {
    await click.tell(t(click.locale, 'slack.discussion.not_allowed'));
    return undefined;
  }
  const shown = await deps.useCases.showDiscussion(click.on);
  if (!shown.ok) {
    await click.tell(refusalText(click.locale, shown));
    return undefined;
  }
  return shown.value;
}

/** Shows the proposal (again) to the clicker, or why there is none. */
async function showProposal(deps: SlackDeps, click: DiscussionClick): Promise<void> {
  const view = await managedView(deps, click);
  if (view === undefined) return;
  if (view.proposal === undefined)
    return click.tell(refusalText(click.locale, { ok: false, code: 'discussion_no_proposal' }));
  await click.tell(proposalFor(click.locale, view));
}

/**
 * The secretariat's proposal: "Dan grupper" / "Dan igen" form it (a new
 * seed; hand edits kept), "Se forslaget" shows it, "Flyt deltager" and
 * "Skift rolle" open their forms, "Udsend grupperne" (after Slack's confirm)
 * announces it. Only the clicker sees the proposal; a member is refused.
 */
export function registerProposalListeners(app: App, deps: SlackDeps): void {
  const onClick = (
    actionId: string,
    work: (click: DiscussionClick, triggerId: string, client: webApi.WebClient) => Promise<void>,
  ) =>
    app.action<DiscussionClickBody>(
      { type: 'block_actions', action_id: actionId },
      async ({ ack, body, client }) => {
        await ack();
        const click = await readClick(deps, body, client);
        if (click === undefined) return;
        await answered(deps, click.tell, click.locale, () => work(click, body.trigger_id, client));
      },
    );

  const form = async (click: DiscussionClick) => {
    const formed = await deps.useCases.formGroups({ ...click.on, actorId: click.member.id });
    if (!formed.ok) return click.tell(refusalText(click.locale, formed));
    await showProposal(deps, click);
  };
  onClick(discussionActionIds.formGroups, form);
  onClick(discussionActionIds.reform, form);
  onClick(discussionActionIds.showProposal, (click) => showProposal(deps, click));

  onClick(discussionActionIds.announce, async (click) => {
    const announced = await deps.useCases.announceGroups({ ...click.on, actorId: click.member.id });
    if (!announced.ok) return click.tell(refusalText(click.locale, announced));
    await click.tell(t(click.locale, 'slack.discussion.announce.done'));
  });

  const openForm =
    (modalOf: typeof moveModal) =>
    async (click: DiscussionClick, triggerId: string, client: webApi.WebClient) => {
      const view = await managedView(deps, click);
      if (view === undefined) return;
      if (view.proposal === undefined)
        return click.tell(refusalText(click.locale, { ok: false, code: 'discussion_no_proposal' }));
      await client.views.open({ trigger_id: triggerId, view: modalOf(click.locale, view) });
    };
  onClick(discussionActionIds.moveParticipant, openForm(moveModal));
  onClick(discussionActionIds.changeRole, openForm(roleModal));

  // The edits run before the ack: a refusal shows in the open form, under its field.
  app.view(discussionCallbackIds.move, async ({ ack, body, view, client }) => {
    const who = await identifySlackUser(deps, teamOf(body), body.user.id);
    if (!who.ok) return ack(modalErrors({ [moveBlocks.member]: who.text }));
    const { locale } = who.council;
    const discussionId = discussionOfMetadata(view.private_metadata);
    if (discussionId === undefined)
      return ack(modalErrors({ [moveBlocks.member]: t(locale, 'slack.discussion.stale') }));
    const { memberId, groupKey } = readMoveForm(view.state.values as ViewStateValues);
    const moved = await deps.useCases.moveParticipant({
      councilId: who.council.id,
      discussionId,
      actorId: who.member.id,
      memberId,
      groupKey,
    });
    if (!moved.ok) {
      const block =
        moved.code === 'discussion_group_unknown' ? moveBlocks.group : moveBlocks.member;
      return ack(modalErrors({ [block]: refusalText(locale, moved) }));
    }
    await ack({ response_action: 'clear' });
    await tellEdited(
      deps,
      client,
      { councilId: who.council.id, discussionId },
      body.user.id,
      locale,
    );
  });

  app.view(discussionCallbackIds.role, async ({ ack, body, view, client }) => {
    const who = await identifySlackUser(deps, teamOf(body), body.user.id);
    if (!who.ok) return ack(modalErrors({ [roleBlocks.group]: who.text }));
    const { locale } = who.council;
    const discussionId = discussionOfMetadata(view.private_metadata);
    const read = readRoleForm(view.state.values as ViewStateValues);
    if (discussionId === undefined || read.role === undefined)
      return ack(modalErrors({ [roleBlocks.group]: t(locale, 'slack.discussion.stale') }));
    const assigned = await deps.useCases.assignGroupRole({
      councilId: who.council.id,
      discussionId,
      actorId: who.member.id,
      groupKey: read.groupKey,
      role: read.role,
      memberId: read.memberId,
    });
    if (!assigned.ok) {
      const block =
        assigned.code === 'discussion_group_unknown' ? roleBlocks.group : roleBlocks.member;
      return ack(modalErrors({ [block]: refusalText(locale, assigned) }));
    }
    await ack({ response_action: 'clear' });
    await tellEdited(
      deps,
      client,
      { councilId: who.council.id, discussionId },
      body.user.id,
      locale,
    );
  });
}

/** After a hand edit: the proposal as it is now, in the secretary's DM (a modal has no response_url). */
async function tellEdited(
  deps: SlackDeps,
  client: webApi.WebClient,
  on: { councilId: string; discussionId: string },
  userId: string,
  locale: Locale,
): Promise<void> {
  try {
    const shown = await deps.useCases.showDiscussion(on);
    if (!shown.ok) return;
    const message = proposalFor(locale, shown.value);
    await client.chat.postMessage({
      channel: userId,
      text: t(locale, 'slack.discussion.edit.done'),
      blocks: message.blocks,
    });
  } catch (error) {
    deps.log.error({ err: error }, 'slack: the edited proposal was not shown');
  }
}
