import type { DiscussionView } from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type { DiscussionGroup } from '../../../domain/discussions/discussion.ts';
import { t } from '../../../i18n/discussions/index.ts';
import { earlyAnnounceNote } from '../../present/discussions/discussion-texts.ts';
import {
  button,
  context,
  header,
  section,
  type Block,
  type SlackMessage,
} from '../blocks/block-kit.ts';
import { clip, escapeMrkdwn, slackLimits } from '../blocks/slack-limits.ts';
import { confirmedButton } from './discussion-message.ts';
import { discussionActionIds } from './discussion-ids.ts';
import { nameOf, nameWithOrganisation } from './discussion-people.ts';
import { discussionValue } from './discussion-values.ts';

/** 50 blocks: a header, reasons, notes and the buttons leave room for 40 groups; more are counted. */
const groupsShownMax = 40;

function groupBlock(locale: Locale, view: DiscussionView, group: DiscussionGroup): Block {
  const topic = view.discussion.topics.find((candidate) => candidate.key === group.topic);
  const lines = [
    t(locale, 'slack.discussion.proposal.group', {
      group: group.key,
      topic: escapeMrkdwn(topic === undefined ? group.topic : `${topic.key}: ${topic.title}`),
    }),
    escapeMrkdwn(group.members.map((id) => nameWithOrganisation(view, id)).join(', ')),
    escapeMrkdwn(
      t(locale, 'slack.discussion.proposal.roles', {
        ordstyrer: nameOf(view, group.ordstyrer),
        referent: nameOf(view, group.referent),
      }),
    ),
  ];
  return section(clip(lines.join('\n'), slackLimits.sectionText));
}

/** How many hand edits the proposal keeps (moves and roles). */
const manualCount = (view: DiscussionView): number => {
  const manual = view.proposal?.manual;
  if (manual === undefined) return 0;
  const roles = Object.values(manual.roles).reduce(
    (sum, held) => sum + Object.keys(held).length,
    0,
  );
  return Object.keys(manual.placements).length + roles;
};

/**
 * The proposal, for the secretariat only (ephemeral): why it looks as it
 * does, each group with its topic, members (organisation), ordstyrer and
 * referent, and "Flyt deltager", "Skift rolle", "Dan igen" and "Udsend
 * grupperne" (Slack asks first).
 */
export function proposalMessage(
  locale: Locale,
  view: DiscussionView,
  reasons: readonly string[],
): SlackMessage {
  const title = t(locale, 'discussion.chat.proposal_heading', { title: view.discussion.title });
  const blocks: Block[] = [header(title)];
  if (reasons.length > 0)
    blocks.push(
      section(
        clip(reasons.map((line) => `• ${escapeMrkdwn(line)}`).join('\n'), slackLimits.sectionText),
      ),
    );
  const groups = view.proposal?.groups ?? [];
  for (const group of groups.slice(0, groupsShownMax)) blocks.push(groupBlock(locale, view, group));
  const notes = [t(locale, 'slack.discussion.proposal.not_announced')];
  if (groups.length > groupsShownMax)
    notes.push(
      t(locale, 'slack.discussion.proposal.more_groups', { count: groups.length - groupsShownMax }),
    );
  const manual = manualCount(view);
  if (manual > 0) notes.push(t(locale, 'slack.discussion.proposal.manual', { count: manual }));
  blocks.push(context(...notes));
  const value = discussionValue({ discussionId: view.discussion.id });
  blocks.push({
    type: 'actions',
    block_id: `discussion.${view.discussion.id}.proposal`.slice(0, 255),
    elements: [
      button(t(locale, 'slack.discussion.button.move'), discussionActionIds.moveParticipant, value),
      button(t(locale, 'discussion.chat.button_role'), discussionActionIds.changeRole, value),
      button(t(locale, 'discussion.chat.button_reform'), discussionActionIds.reform, value),
      confirmedButton(
        locale,
        button(
          t(locale, 'slack.discussion.button.announce'),
          discussionActionIds.announce,
          value,
          'primary',
        ),
        'announce',
        earlyAnnounceNote(locale, view),
      ),
    ],
  });
  return { text: escapeMrkdwn(title), blocks };
}
