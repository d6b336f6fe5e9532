import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/discussions/index.ts';
import {
  discussionDmModel,
  groupReplyModel,
  type GroupModel,
} from '../../present/discussions/discussion-models.ts';
import type {
  DiscussionDmState,
  GroupReplyState,
} from '../../present/discussions/discussion-states.ts';
import { button, context, section, type Block, type SlackMessage } from '../blocks/block-kit.ts';
import { clip, escapeMrkdwn, slackLimits } from '../blocks/slack-limits.ts';
import { mrkdwnLink } from '../meetings/index.ts';
import { discussionActionIds } from './discussion-ids.ts';
import { discussionValue } from './discussion-values.ts';
import { signUpButtons } from './sign-up-buttons.ts';

/** "Skriv opsamling" (its value names only the discussion: the group is the writer's own). */
export const writeSummaryButton = (locale: Locale, discussionId: string): Block => ({
  type: 'actions',
  block_id: `discussion.${discussionId}.summary`.slice(0, 255),
  elements: [
    button(
      t(locale, 'discussion.chat.button_write_summary'),
      discussionActionIds.writeSummary,
      discussionValue({ discussionId }),
      'primary',
    ),
  ],
});

const lines = (texts: readonly string[]): string =>
  clip(texts.map(escapeMrkdwn).join('\n'), slackLimits.sectionText);

/** A group: heading, room (a link when it is one), questions, members with their roles. */
function groupBlocks(group: GroupModel): Block[] {
  const room =
    group.roomUrl === undefined
      ? escapeMrkdwn(group.room)
      : escapeMrkdwn(group.room).replace(
          escapeMrkdwn(group.roomUrl),
          mrkdwnLink(clip(group.roomUrl, 500), group.roomUrl),
        );
  const blocks: Block[] = [section(`*${escapeMrkdwn(group.heading)}*`), context(room)];
  if (group.questions.length > 0) blocks.push(section(lines(group.questions)));
  blocks.push(section(lines(group.members)));
  return blocks;
}

/** One group's reply in the discussion message's thread (one per group, kept current). */
export function groupReply(state: GroupReplyState): SlackMessage {
  const group = groupReplyModel(state);
  return {
    text: escapeMrkdwn(group.heading),
    blocks: [
      ...groupBlocks(group),
      context(
        `${group.submitted ? ':white_check_mark:' : ':hourglass:'} ${escapeMrkdwn(group.status)}`,
      ),
    ],
  };
}

/**
 * A discussion's direct messages: the sign-up reminder (with the topic
 * buttons), the secretary's "proposal ready" (Se forslaget), a member's
 * group once announced (Skriv opsamling for its writer), and the summary
 * reminders (Skriv opsamling).
 */
export function discussionDirectMessage(state: DiscussionDmState): SlackMessage {
  const { locale } = state.council;
  const model = discussionDmModel(state);
  const d = state.view.discussion.id;
  const blocks: Block[] = [section(escapeMrkdwn(model.headline))];
  if (model.lines.length > 0) blocks.push(section(lines(model.lines)));
  if (model.group !== undefined) blocks.push(...groupBlocks(model.group));
  switch (model.action) {
    case 'sign_up':
      blocks.push(...signUpButtons(locale, state.view.discussion));
      break;
    case 'proposal':
      blocks.push({
        type: 'actions',
        block_id: `discussion.${d}.ready`.slice(0, 255),
        elements: [
          button(
            t(locale, 'discussion.chat.button_show_proposal'),
            discussionActionIds.showProposal,
            discussionValue({ discussionId: d }),
            'primary',
          ),
        ],
      });
      break;
    case 'summary':
      blocks.push(writeSummaryButton(locale, d));
      break;
    case 'none':
      break;
  }
  return { text: escapeMrkdwn(model.headline), blocks };
}
