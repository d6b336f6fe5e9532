import type { DiscussionView } from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type { DiscussionTopic } from '../../../domain/discussions/discussion.ts';
import { t } from '../../../i18n/discussions/index.ts';
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
import { nameOf } from './discussion-people.ts';
import { discussionValue } from './discussion-values.ts';
import { localDate, localTime, localWhen } from './discussion-when.ts';
import { signUpButtons } from './sign-up-buttons.ts';

/** Topics shown in full in the message; a discussion has a handful (the form offers four). */
const topicsShownMax = 8;
/** Sections of group lines; 3,000 characters each hold 20 or more groups. */
const groupSectionsMax = 10;
/** Slack's confirm dialog text is at most 300 characters. */
const confirmTextMax = 300;

/** A topic with its guiding questions, as one section. */
export function topicText(locale: Locale, topic: DiscussionTopic): string {
  const heading = `*${escapeMrkdwn(t(locale, 'slack.discussion.topic', { key: topic.key, title: topic.title }))}*`;
  const questions = topic.questions.map((question) => `• ${escapeMrkdwn(question)}`);
  return clip([heading, ...questions].join('\n'), slackLimits.sectionText);
}

/** A button Slack asks about first, with our words in its dialog. */
export function confirmedButton(locale: Locale, base: Button, key: 'compile' | 'announce'): Button {
  return {
    ...base,
    confirm: {
      title: plain(t(locale, `slack.discussion.${key}.confirm_title`), 100),
      text: plain(
        clip(t(locale, `slack.discussion.${key}.confirm_text`), confirmTextMax),
        confirmTextMax,
      ),
      confirm: plain(t(locale, `slack.discussion.${key}.confirm`), 30),
      deny: plain(t(locale, 'confirm.cancel'), 30),
    },
  };
}

/** "7 af 12 har valgt · A: 4 · B: 3 · intet ønske: 1" and the volunteers. */
function signUpCounts(locale: Locale, view: DiscussionView): string[] {
  const signUps = view.participants.flatMap((p) => (p.signUp === undefined ? [] : [p.signUp]));
  const chosen = signUps.filter((s) => s.topic !== undefined).length;
  const perTopic = view.discussion.topics.map((topic) =>
    t(locale, 'slack.discussion.sign_up.topic_count', {
      key: topic.key,
      count: signUps.filter((s) => s.topic === topic.key).length,
    }),
  );
  const noPreference = signUps.filter((s) => s.topic === undefined).length;
  perTopic.push(t(locale, 'slack.discussion.sign_up.no_preference_count', { count: noPreference }));
  return [
    t(locale, 'slack.discussion.sign_up.counts', {
      chosen,
      participants: view.participants.length,
      topics: perTopic.join(' · '),
    }),
    t(locale, 'slack.discussion.sign_up.volunteers', {
      ordstyrer: signUps.filter((s) => s.volunteer === 'ordstyrer').length,
      referent: signUps.filter((s) => s.volunteer === 'referent').length,
    }),
  ];
}

/** One line per group: its topic, members, and whether its summary is in. */
export function groupLines(locale: Locale, view: DiscussionView, withSubmitted: boolean): string[] {
  const submitted = new Set(view.summaries.map((summary) => summary.groupKey));
  return (view.proposal?.groups ?? []).map((group) => {
    const line = t(locale, 'slack.discussion.group_line', {
      group: group.key,
      topic: escapeMrkdwn(
        view.discussion.topics.find((topic) => topic.key === group.topic)?.title ?? group.topic,
      ),
      members: escapeMrkdwn(group.members.map((id) => nameOf(view, id)).join(', ')),
    });
    if (!withSubmitted) return line;
    const state = submitted.has(group.key)
      ? `:white_check_mark: ${t(locale, 'slack.discussion.submitted')}`
      : `:hourglass: ${t(locale, 'slack.discussion.not_submitted')}`;
    return `${line} — ${state}`;
  });
}

/**
 * The discussion's message in the council's channel, kept current: in
 * sign-up the topics with their questions, the deadline, the counts and the
 * buttons (the secretariat's "Dan grupper" / "Se forslaget" beside them);
 * once announced the groups and who has submitted ("Saml op nu"); once
 * compiled a pointer to the opsamling.
 */
export function discussionMessage(locale: Locale, view: DiscussionView): SlackMessage {
  const { discussion } = view;
  const d = discussion.id;
  const value = discussionValue({ discussionId: d });
  const title = t(locale, 'slack.discussion.heading', { title: discussion.title });
  const blocks: Block[] = [header(title)];
  const facts: string[] = [];
  if (discussion.itemNumber !== undefined)
    facts.push(escapeMrkdwn(t(locale, 'slack.discussion.item', { item: discussion.itemNumber })));
  facts.push(
    t(locale, 'slack.discussion.window', {
      date: localDate(locale, discussion.windowStart),
      from: localTime(locale, discussion.windowStart),
      to: localTime(locale, discussion.windowEnd),
    }),
  );
  blocks.push(context(...facts));

  if (discussion.status === 'cancelled') {
    blocks.push(section(t(locale, 'slack.discussion.cancelled')));
    return { text: escapeMrkdwn(title), blocks };
  }
  for (const topic of discussion.topics.slice(0, topicsShownMax))
    blocks.push(section(topicText(locale, topic)));

  if (discussion.status === 'sign_up') {
    blocks.push(
      section(t(locale, 'slack.discussion.sign_up.intro')),
      context(
        t(locale, 'slack.discussion.sign_up.deadline', {
          deadline: localWhen(locale, discussion.signUpDeadline),
        }),
        ...signUpCounts(locale, view),
      ),
      ...signUpButtons(locale, discussion),
      {
        type: 'actions',
        block_id: `discussion.${d}.manage`.slice(0, 255),
        elements: [
          button(t(locale, 'slack.discussion.button.form'), discussionActionIds.formGroups, value),
          ...(view.proposal === undefined
            ? []
            : [
                button(
                  t(locale, 'slack.discussion.button.show_proposal'),
                  discussionActionIds.showProposal,
                  value,
                ),
              ]),
        ],
      },
    );
    return { text: escapeMrkdwn(title), blocks };
  }

  blocks.push(section(t(locale, 'slack.discussion.announced')));
  for (const chunk of chunkLines(groupLines(locale, view, true), slackLimits.sectionText).slice(
    0,
    groupSectionsMax,
  ))
    blocks.push(section(chunk));
  blocks.push(
    context(
      t(locale, 'slack.discussion.summaries_due', {
        deadline: localWhen(locale, discussion.summariesDue),
      }),
    ),
  );
  if (discussion.status === 'compiled')
    blocks.push(section(t(locale, 'slack.discussion.compiled')));
  else
    blocks.push({
      type: 'actions',
      block_id: `discussion.${d}.manage`.slice(0, 255),
      elements: [
        confirmedButton(
          locale,
          button(
            t(locale, 'slack.discussion.button.compile'),
            discussionActionIds.compileNow,
            value,
          ),
          'compile',
        ),
      ],
    });
  return { text: escapeMrkdwn(title), blocks };
}
