import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/discussions/index.ts';
import {
  discussionMessageModel,
  type TopicModel,
} from '../../present/discussions/discussion-models.ts';
import type { DiscussionMessageState } from '../../present/discussions/discussion-states.ts';
import {
  button,
  context,
  header,
  plain,
  section,
  type Block,
  type Button,
  type SlackMessage,
} from '../blocks/block-kit.ts';
import { clip, escapeMrkdwn, slackLimits } from '../blocks/slack-limits.ts';
import { chunkLines } from '../meetings/index.ts';
import { discussionActionIds } from './discussion-ids.ts';
import { discussionValue } from './discussion-values.ts';
import { signUpButtons } from './sign-up-buttons.ts';

/** Topics shown in full in the message; a discussion has a handful (the form offers four). */
const topicsShownMax = 8;
/** Sections of group lines; 3,000 characters each hold 20 or more groups. */
const groupSectionsMax = 10;
/** Slack's confirm dialog text is at most 300 characters. */
const confirmTextMax = 300;

/** A topic with its guiding questions, as one section's text. */
export const topicSectionText = (topic: TopicModel): string =>
  clip(
    [`*${escapeMrkdwn(topic.heading)}*`, ...topic.questions.map(escapeMrkdwn)].join('\n'),
    slackLimits.sectionText,
  );

/** A button Slack asks about first, with our words in its dialog. */
export function confirmedButton(
  locale: Locale,
  base: Button,
  key: 'compile' | 'announce',
  /** Said after the usual text (announcing before the sign-up deadline closes it early). */
  also?: string,
): Button {
  const text = t(locale, `slack.discussion.${key}.confirm_text`);
  return {
    ...base,
    confirm: {
      title: plain(
        t(
          locale,
          key === 'compile'
            ? 'discussion.chat.compile_confirm_title'
            : 'slack.discussion.announce.confirm_title',
        ),
        100,
      ),
      text: plain(
        clip(also === undefined ? text : `${also} ${text}`, confirmTextMax),
        confirmTextMax,
      ),
      confirm: plain(t(locale, `slack.discussion.${key}.confirm`), 30),
      deny: plain(t(locale, 'confirm.cancel'), 30),
    },
  };
}

/**
 * The discussion's message in the council's channel, kept current: in
 * sign-up the topics with their questions, the times, the counts and the
 * buttons (the secretariat's "Dan grupper" / "Se forslaget" beside them);
 * once announced the groups and which have submitted ("Saml op nu"); once
 * compiled a pointer to the opsamling.
 */
export function discussionMessage(state: DiscussionMessageState): SlackMessage {
  const { locale } = state.council;
  const { view } = state;
  const model = discussionMessageModel(state);
  const d = view.discussion.id;
  const value = discussionValue({ discussionId: d });
  const blocks: Block[] = [
    header(model.headline),
    context(
      ...[model.itemLine, model.status].flatMap((line) => (line ? [escapeMrkdwn(line)] : [])),
    ),
  ];
  if (model.phase !== 'cancelled')
    for (const topic of model.topics.slice(0, topicsShownMax))
      blocks.push(section(topicSectionText(topic)));
  blocks.push(context(...model.times.map(escapeMrkdwn)));

  if (model.phase === 'sign_up') {
    blocks.push(section(t(locale, 'slack.discussion.sign_up.intro')));
    if (model.signUps.length > 0)
      blocks.push(
        section(clip(model.signUps.map(escapeMrkdwn).join('\n'), slackLimits.sectionText)),
      );
    blocks.push(...signUpButtons(locale, view.discussion), {
      type: 'actions',
      block_id: `discussion.${d}.manage`.slice(0, 255),
      elements: [
        button(t(locale, 'discussion.chat.button_form'), discussionActionIds.formGroups, value),
        ...(view.proposal === undefined
          ? []
          : [
              button(
                t(locale, 'discussion.chat.button_show_proposal'),
                discussionActionIds.showProposal,
                value,
              ),
            ]),
      ],
    });
  }
  if (model.groups.length > 0) {
    const lines = model.groups.map(
      (group) =>
        `${group.submitted ? ':white_check_mark:' : ':hourglass:'} ${escapeMrkdwn(group.line)}`,
    );
    for (const chunk of chunkLines(lines, slackLimits.sectionText).slice(0, groupSectionsMax))
      blocks.push(section(chunk));
    if (model.summaryStatus !== undefined) blocks.push(context(escapeMrkdwn(model.summaryStatus)));
  }
  if (model.phase === 'groups')
    blocks.push({
      type: 'actions',
      block_id: `discussion.${d}.manage`.slice(0, 255),
      elements: [
        confirmedButton(
          locale,
          button(
            t(locale, 'discussion.chat.button_compile'),
            discussionActionIds.compileNow,
            value,
          ),
          'compile',
        ),
      ],
    });
  if (model.closingLine !== undefined) blocks.push(section(escapeMrkdwn(model.closingLine)));
  return { text: escapeMrkdwn(model.headline), blocks };
}
