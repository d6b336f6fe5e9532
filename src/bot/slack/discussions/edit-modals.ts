import type { DiscussionView } from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { groupRoles, type GroupRole } from '../../../domain/discussions/discussion.ts';
import { t } from '../../../i18n/discussions/index.ts';
import { input, modal, option, type ModalView, type Option } from '../blocks/block-kit.ts';
import { slackLimits } from '../blocks/slack-limits.ts';
import { elementOf, type ViewStateValues } from '../listeners/read-view-state.ts';
import { inputActionId } from '../slack-ids.ts';
import { discussionCallbackIds, moveBlocks, roleBlocks } from './discussion-ids.ts';
import { nameWithOrganisation } from './discussion-people.ts';
import { discussionValue, parseDiscussionValue } from './discussion-values.ts';

const select = (options: Option[]) => ({
  type: 'static_select' as const,
  action_id: inputActionId,
  options: options.slice(0, slackLimits.staticSelectOptions),
});

/** Everyone in the proposal, by name and organisation, in the groups' order. */
function memberOptions(view: DiscussionView): Option[] {
  return (view.proposal?.groups ?? []).flatMap((group) =>
    group.members.map((id) => option(`${nameWithOrganisation(view, id)} · ${group.key}`, id)),
  );
}

const groupOptions = (view: DiscussionView): Option[] =>
  (view.proposal?.groups ?? []).map((group) => option(group.key, group.key));

/** "Flyt deltager": who, and to which group. The move is kept when the groups are formed again. */
export function moveModal(locale: Locale, view: DiscussionView): ModalView {
  return modal({
    callbackId: discussionCallbackIds.move,
    title: t(locale, 'slack.discussion.button.move'),
    submit: t(locale, 'discussion.chat.move_submit'),
    close: t(locale, 'slack.modal.close'),
    privateMetadata: discussionValue({ discussionId: view.discussion.id }),
    blocks: [
      input(
        moveBlocks.member,
        t(locale, 'discussion.chat.move_member'),
        select(memberOptions(view)),
      ),
      input(moveBlocks.group, t(locale, 'discussion.chat.move_group'), select(groupOptions(view))),
    ],
  });
}

/** "Skift rolle": which group, which role, and who of its members takes it. */
export function roleModal(locale: Locale, view: DiscussionView): ModalView {
  return modal({
    callbackId: discussionCallbackIds.role,
    title: t(locale, 'discussion.chat.button_role'),
    submit: t(locale, 'slack.discussion.role.submit'),
    close: t(locale, 'slack.modal.close'),
    privateMetadata: discussionValue({ discussionId: view.discussion.id }),
    blocks: [
      input(roleBlocks.group, t(locale, 'field.groupKey'), select(groupOptions(view))),
      input(
        roleBlocks.role,
        t(locale, 'discussion.chat.role_role'),
        select(groupRoles.map((role) => option(t(locale, `discussion.chat.role_${role}`), role))),
      ),
      input(
        roleBlocks.member,
        t(locale, 'discussion.chat.role_member'),
        select(memberOptions(view)),
      ),
    ],
  });
}

const selected = (values: ViewStateValues, block: string): string =>
  elementOf(values, block).selected_option?.value ?? '';

export const readMoveForm = (values: ViewStateValues) => ({
  memberId: selected(values, moveBlocks.member),
  groupKey: selected(values, moveBlocks.group),
});

export function readRoleForm(values: ViewStateValues): {
  groupKey: string;
  role: GroupRole | undefined;
  memberId: string;
} {
  const role = selected(values, roleBlocks.role);
  return {
    groupKey: selected(values, roleBlocks.group),
    role: groupRoles.find((candidate) => candidate === role),
    memberId: selected(values, roleBlocks.member),
  };
}

/** The discussion a modal is about, from its private_metadata. */
export const discussionOfMetadata = (metadata: string | undefined): string | undefined =>
  parseDiscussionValue(metadata)?.discussionId;
