import type { App } from '@slack/bolt';
import type { SignUpAnswer } from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type { Result } from '../../../domain/errors.ts';
import { t } from '../../../i18n/discussions/index.ts';
import { topicText } from '../../present/discussions/discussion-texts.ts';
import { escapeMrkdwn } from '../blocks/slack-limits.ts';
import type { SlackDeps } from '../slack-deps.ts';
import {
  answered,
  readClick,
  refusalText,
  type DiscussionClick,
  type DiscussionClickBody,
} from './discussion-click.ts';
import { chooseTopicPattern, discussionActionIds, volunteerPattern } from './discussion-ids.ts';
import { localWhen } from './discussion-when.ts';

/**
 * What the clicker has chosen now, and until when they may change it: "Du
 * har valgt emne A: … Du har meldt dig som referent. Du kan ændre det
 * indtil …". Only they see it.
 */
export function choiceText(locale: Locale, answer: SignUpAnswer): string {
  const { discussion, signUp } = answer;
  const topic = discussion.topics.find((candidate) => candidate.key === signUp.topic);
  const lines = [
    topic === undefined
      ? t(locale, 'slack.discussion.choice.none')
      : t(locale, 'slack.discussion.choice.topic', {
          choice: topicText(locale, topic),
        }),
    signUp.volunteer === undefined
      ? t(locale, 'slack.discussion.choice.no_role')
      : t(locale, 'slack.discussion.choice.role', {
          role: t(locale, `discussion.chat.role_${signUp.volunteer}`),
        }),
    t(locale, 'slack.discussion.choice.until', {
      deadline: localWhen(locale, discussion.signUpDeadline),
    }),
  ];
  return escapeMrkdwn(lines.join('\n'));
}

const answerWith = (click: DiscussionClick, result: Result<SignUpAnswer>) =>
  click.tell(
    result.ok ? choiceText(click.locale, result.value) : refusalText(click.locale, result),
  );

/**
 * The sign-up buttons, on the channel message and in the reminder: a topic,
 * "Intet ønske", and volunteering as ordstyrer or referent (a second click
 * withdraws). Each answers only the clicker with their choice now; after
 * the deadline, that the sign-up is closed.
 */
export function registerSignUpListeners(app: App, deps: SlackDeps): void {
  app.action<DiscussionClickBody>(
    { type: 'block_actions', action_id: chooseTopicPattern },
    async ({ ack, body, client }) => {
      await ack();
      const click = await readClick(deps, body, client);
      if (click === undefined) return;
      await answered(deps, click.tell, click.locale, async () => {
        if (click.ref.topic === undefined)
          return click.tell(t(click.locale, 'slack.discussion.stale'));
        const chosen = await deps.useCases.chooseTopic({
          ...click.on,
          memberId: click.member.id,
          topic: click.ref.topic,
        });
        await answerWith(click, chosen);
      });
    },
  );

  app.action<DiscussionClickBody>(
    { type: 'block_actions', action_id: discussionActionIds.noPreference },
    async ({ ack, body, client }) => {
      await ack();
      const click = await readClick(deps, body, client);
      if (click === undefined) return;
      await answered(deps, click.tell, click.locale, async () => {
        const chosen = await deps.useCases.chooseTopic({
          ...click.on,
          memberId: click.member.id,
          topic: null,
        });
        await answerWith(click, chosen);
      });
    },
  );

  app.action<DiscussionClickBody>(
    { type: 'block_actions', action_id: volunteerPattern },
    async ({ ack, body, client }) => {
      await ack();
      const click = await readClick(deps, body, client);
      if (click === undefined) return;
      await answered(deps, click.tell, click.locale, async () => {
        const role = click.ref.role;
        if (role === undefined) return click.tell(t(click.locale, 'slack.discussion.stale'));
        // A toggle: volunteering again for the role one holds withdraws it.
        const shown = await deps.useCases.showDiscussion(click.on);
        if (!shown.ok) return click.tell(refusalText(click.locale, shown));
        const mine = shown.value.participants.find((p) => p.memberId === click.member.id);
        const volunteered = await deps.useCases.volunteerForRole({
          ...click.on,
          memberId: click.member.id,
          role: mine?.signUp?.volunteer === role ? null : role,
        });
        await answerWith(click, volunteered);
      });
    },
  );
}
