import type { DiscussionView } from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { describeFailure, t } from '../../../i18n/discussions/index.ts';
import { discussionMessageModel } from '../../present/discussions/discussion-models.ts';
import type { Council } from '../../../domain/council/council.ts';
import { fieldsEditableIn } from '../../../domain/discussions/discussion-edits.ts';
import {
  button,
  context,
  header,
  section,
  type Block,
  type SlackMessage,
} from '../blocks/block-kit.ts';
import { clip, escapeMrkdwn, slackLimits } from '../blocks/slack-limits.ts';
import { identifySlackUser } from '../identify-slack-user.ts';
import type { RaadSubcommand } from '../slack-part.ts';
import { confirmedButton } from './discussion-message.ts';
import { discussionActionIds } from './discussion-ids.ts';
import { managesDiscussions } from './discussion-people.ts';
import { discussionValue } from './discussion-values.ts';

/** Four blocks per discussion and a header: the twelve newest fit a message. */
const shownMax = 12;

/** One discussion's lines and the buttons its phase calls for («Ret opsætning» while it may change). */
function discussionBlocks(council: Council, view: DiscussionView): Block[] {
  const { locale } = council;
  const model = discussionMessageModel({ council, view });
  const value = discussionValue({ discussionId: view.discussion.id });
  const lines = [
    `*${escapeMrkdwn(model.headline)}*`,
    escapeMrkdwn([model.itemLine, model.status].filter(Boolean).join(' · ')),
    ...model.signUps.map(escapeMrkdwn),
    ...(view.discussion.status === 'sign_up' && view.proposal !== undefined
      ? [t(locale, 'slack.discussion.status.proposal')]
      : []),
    ...model.groups.map(
      (group) =>
        `${group.submitted ? ':white_check_mark:' : ':hourglass:'} ${escapeMrkdwn(group.line)}`,
    ),
    ...(model.summaryStatus === undefined ? [] : [escapeMrkdwn(model.summaryStatus)]),
  ];
  const blocks: Block[] = [section(clip(lines.join('\n'), slackLimits.sectionText))];
  const buttons = [];
  if (model.phase === 'sign_up') {
    buttons.push(
      button(t(locale, 'discussion.chat.button_form'), discussionActionIds.formGroups, value),
    );
    if (view.proposal !== undefined)
      buttons.push(
        button(
          t(locale, 'discussion.chat.button_show_proposal'),
          discussionActionIds.showProposal,
          value,
        ),
      );
  }
  if (model.phase === 'groups')
    buttons.push(
      confirmedButton(
        locale,
        button(t(locale, 'discussion.chat.button_compile'), discussionActionIds.compileNow, value),
        'compile',
      ),
    );
  if (fieldsEditableIn(view.discussion.status).length > 0)
    buttons.push(button(t(locale, 'discussion.edit.button'), discussionActionIds.editSetUp, value));
  if (buttons.length > 0)
    blocks.push({
      type: 'actions',
      block_id: `discussion.${view.discussion.id}.status`.slice(0, 255),
      elements: buttons,
    });
  return blocks;
}

/** "/raad grupper": the council's open discussions, each with its phase and buttons. */
export function statusMessage(council: Council, views: readonly DiscussionView[]): SlackMessage {
  const { locale } = council;
  const heading = t(locale, 'discussion.chat.status_heading');
  if (views.length === 0) {
    const none = t(locale, 'slack.discussion.status.none');
    return { text: none, blocks: [section(none)] };
  }
  const blocks: Block[] = [header(heading)];
  for (const view of views.slice(0, shownMax)) blocks.push(...discussionBlocks(council, view));
  if (views.length > shownMax)
    blocks.push(
      context(t(locale, 'slack.discussion.status.more', { count: views.length - shownMax })),
    );
  return { text: heading, blocks };
}

const openStatuses = new Set(['sign_up', 'announced', 'compiled']);

/** "/raad grupper" for the secretariat and the chair group; a member is told who may. */
export const statusCommand: RaadSubcommand = {
  kind: 'group_discussions',
  words: ['grupper', 'groups'],
  async run(deps, { command, tell }) {
    const who = await identifySlackUser(deps, command.team_id, command.user_id);
    if (!who.ok) return tell(who.text);
    const { council } = who;
    const locale: Locale = council.locale;
    if (!managesDiscussions(who.member)) return tell(t(locale, 'slack.discussion.not_allowed'));
    const listed = await deps.useCases.listDiscussions({ councilId: council.id });
    if (!listed.ok) return tell(describeFailure(locale, listed));
    const views: DiscussionView[] = [];
    for (const discussion of listed.value
      .filter((d) => openStatuses.has(d.status))
      .slice(0, shownMax)) {
      const shown = await deps.useCases.showDiscussion({
        councilId: council.id,
        discussionId: discussion.id,
      });
      if (shown.ok) views.push(shown.value);
    }
    await tell(statusMessage(council, views));
  },
};
