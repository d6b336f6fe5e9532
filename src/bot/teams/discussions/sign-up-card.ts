import type {
  DiscussionParticipant,
  DiscussionView,
} from '../../../app/discussions/discussion-use-cases.ts';
import type { Locale } from '../../../domain/council/council.ts';
import type { GroupRole } from '../../../domain/discussions/discussion.ts';
import { t } from '../../../i18n/discussions/index.ts';
import {
  actionSet,
  adaptiveCard,
  container,
  execute,
  textBlock,
  type AdaptiveCard,
  type CardElement,
  type ExecuteAction,
} from '../cards/adaptive-card.ts';
import { cardBytes, clipText } from '../meetings/index.ts';
import { REFRESH_USER_LIMIT } from '../refresh-audience.ts';
import {
  nameOf,
  questionList,
  roleName,
  topicLabel,
  topicOf,
  whenText,
  windowText,
} from './discussion-card-text.ts';
import { longText } from './discussion-long-text.ts';
import { discussionVerbNames } from './discussion-verb-names.ts';

/** The discussion's card stays well inside Teams' 28 KB, however many topics and groups. */
export const discussionCardMaxBytes = 28_000;
const buttonTitleMax = 40;

/** Who looks at the card: their own view (refresh, or the answer to their click). */
export interface SignUpViewer {
  readonly memberId: string;
  readonly mayManage: boolean;
}

export interface SignUpCardOptions {
  readonly viewer?: SignUpViewer;
  /** A line on top for the one who just clicked (their choice, or why not). */
  readonly notice?: { readonly text: string; readonly tone: 'good' | 'attention' };
  /** Teams users who get their own view (refresh.userIds); none: no refresh. */
  readonly refreshUserIds?: readonly string[];
  /** The sign-up deadline has passed (the bot's clock says so). */
  readonly closed?: boolean;
}

/** Whether sign-up still takes clicks, as the card can tell. */
export const signUpOpen = (view: DiscussionView, options: Pick<SignUpCardOptions, 'closed'>) =>
  view.discussion.status === 'sign_up' &&
  options.closed !== true &&
  view.proposal?.formedBy !== 'deadline';

function myChoiceLine(locale: Locale, view: DiscussionView, participant: DiscussionParticipant) {
  const signUp = participant.signUp;
  if (signUp === undefined) return t(locale, 'teams.discussion.signup.mine_none');
  const topic = signUp.topic === undefined ? undefined : topicOf(view.discussion, signUp.topic);
  const choice =
    topic === undefined
      ? t(locale, 'teams.discussion.signup.mine_no_preference')
      : topicLabel(locale, topic);
  const role =
    signUp.volunteer === undefined
      ? ''
      : t(locale, 'teams.discussion.signup.mine_role', {
          role: roleName(locale, signUp.volunteer),
        });
  return `${t(locale, 'teams.discussion.signup.mine', { choice })}${role}`;
}

function signUpSection(
  locale: Locale,
  view: DiscussionView,
  options: SignUpCardOptions,
  questionsMax: number,
): { elements: CardElement[]; actions: ExecuteAction[] } {
  const { discussion, participants } = view;
  const open = signUpOpen(view, options);
  const participant = options.viewer
    ? participants.find((candidate) => candidate.memberId === options.viewer?.memberId)
    : undefined;
  const elements: CardElement[] = [];
  if (open) elements.push(textBlock(t(locale, 'teams.discussion.signup.how'), { isSubtle: true }));
  discussion.topics.forEach((topic, index) => {
    const count = participants.filter((p) => p.signUp?.topic === topic.key).length;
    const mine = participant?.signUp?.topic === topic.key;
    const items: CardElement[] = [
      textBlock(topicLabel(locale, topic), { weight: 'Bolder' }),
      ...(topic.questions.length === 0
        ? []
        : longText(locale, `topic-${index}`, questionList(topic.questions), 400, questionsMax)),
      textBlock(t(locale, 'teams.discussion.signup.topic_count', { count }), {
        isSubtle: true,
        size: 'Small',
        spacing: 'None',
      }),
    ];
    if (open)
      items.push(
        actionSet([
          execute(
            clipText(topicLabel(locale, topic), buttonTitleMax),
            discussionVerbNames.chooseTopic,
            { discussionId: discussion.id, topic: topic.key },
            { associatedInputs: 'none', ...(mine ? { style: 'positive' as const } : {}) },
          ),
        ]),
      );
    elements.push(container(items, true));
  });
  const chosen = participants.filter((p) => p.signUp?.topic !== undefined).length;
  const none = participants.filter(
    (p) => p.signUp !== undefined && p.signUp.topic === undefined,
  ).length;
  elements.push(
    textBlock(
      t(locale, 'teams.discussion.signup.counts', {
        chosen,
        none,
        waiting: participants.length - chosen - none,
      }),
      { weight: 'Bolder', separator: true },
    ),
  );
  if (!open)
    elements.push(
      textBlock(
        t(
          locale,
          view.proposal === undefined
            ? 'teams.discussion.signup.closed'
            : 'teams.discussion.signup.proposal_waiting',
        ),
        { color: 'Attention', weight: 'Bolder' },
      ),
    );
  if (options.viewer !== undefined && options.notice === undefined)
    elements.push(
      textBlock(
        participant === undefined
          ? t(locale, 'teams.discussion.signup.not_participant')
          : myChoiceLine(locale, view, participant),
        { color: 'Accent', weight: 'Bolder' },
      ),
    );
  const actions: ExecuteAction[] = [];
  const data = { discussionId: discussion.id };
  const member = options.viewer === undefined || participant !== undefined;
  if (open && member) {
    const role = participant?.signUp?.volunteer;
    const noPreference =
      participant?.signUp !== undefined && participant.signUp.topic === undefined;
    actions.push(
      execute(
        t(locale, 'discussion.chat.button_no_preference'),
        discussionVerbNames.chooseTopic,
        { ...data, topic: '' },
        { associatedInputs: 'none', ...(noPreference ? { style: 'positive' as const } : {}) },
      ),
      ...(['ordstyrer', 'referent'] as const).map((candidate: GroupRole) =>
        execute(
          t(locale, `discussion.chat.button_${candidate}`),
          discussionVerbNames.volunteer,
          { ...data, role: role === candidate ? '' : candidate },
          {
            associatedInputs: 'none',
            ...(role === candidate ? { style: 'positive' as const } : {}),
          },
        ),
      ),
    );
  }
  return { elements, actions };
}

function groupsSection(locale: Locale, view: DiscussionView): CardElement[] {
  const { discussion, proposal, summaries } = view;
  const elements: CardElement[] = [
    textBlock(t(locale, 'teams.discussion.announced.heading'), {
      weight: 'Bolder',
      separator: true,
    }),
  ];
  const lines = (proposal?.groups ?? []).map((group) => {
    const topic = topicOf(discussion, group.topic);
    const summary = summaries.find((candidate) => candidate.groupKey === group.key);
    const state = t(
      locale,
      summary === undefined
        ? 'teams.discussion.announced.waiting'
        : 'teams.discussion.announced.submitted',
    );
    const names = group.members.map((memberId) => nameOf(view, memberId)).join(', ');
    return `- **${t(locale, 'discussion.present.group', { key: group.key })}** (${topic?.title ?? group.topic}) — ${state}: ${names}`;
  });
  if (lines.length > 0) elements.push(textBlock(clipText(lines.join('\n'), 12_000)));
  elements.push(
    textBlock(
      discussion.status === 'compiled'
        ? t(locale, 'teams.discussion.status.phase.compiled')
        : t(locale, 'teams.discussion.announced.due', {
            due: whenText(locale, discussion.summariesDue),
          }),
      { isSubtle: true },
    ),
  );
  return elements;
}

function cardAt(
  locale: Locale,
  view: DiscussionView,
  options: SignUpCardOptions,
  questionsMax: number,
): AdaptiveCard {
  const { discussion } = view;
  const title = t(locale, 'discussion.present.headline', { title: discussion.title });
  const body: CardElement[] = [];
  if (options.notice)
    body.push(
      textBlock(options.notice.text, {
        color: options.notice.tone === 'good' ? 'Good' : 'Attention',
        weight: 'Bolder',
      }),
    );
  body.push(textBlock(clipText(title, 300), { size: 'Medium', weight: 'Bolder' }));
  const facts = [
    ...(discussion.itemNumber === undefined
      ? []
      : [t(locale, 'teams.discussion.item_line', { item: discussion.itemNumber })]),
    t(locale, 'teams.discussion.signup.facts', {
      deadline: whenText(locale, discussion.signUpDeadline),
      window: windowText(locale, discussion),
    }),
  ];
  body.push(textBlock(facts.join(' · '), { isSubtle: true, spacing: 'None' }));
  const actions: ExecuteAction[] = [];
  if (discussion.status === 'cancelled') {
    body.push(textBlock(t(locale, 'discussion.present.cancelled_line'), { color: 'Warning' }));
  } else if (discussion.status === 'sign_up') {
    const section = signUpSection(locale, view, options, questionsMax);
    body.push(...section.elements);
    actions.push(...section.actions);
    const manager = options.viewer === undefined || options.viewer.mayManage;
    if (manager) {
      if (options.viewer === undefined)
        body.push(
          textBlock(t(locale, 'teams.discussion.signup.for_secretariat'), {
            isSubtle: true,
            size: 'Small',
          }),
        );
      const data = { discussionId: discussion.id };
      body.push(
        actionSet([
          view.proposal === undefined
            ? execute(
                t(locale, 'discussion.chat.button_form'),
                discussionVerbNames.formGroups,
                data,
                {
                  associatedInputs: 'none',
                },
              )
            : execute(
                t(locale, 'discussion.chat.button_show_proposal'),
                discussionVerbNames.showProposal,
                data,
                { associatedInputs: 'none' },
              ),
        ]),
      );
    }
  } else {
    body.push(...groupsSection(locale, view));
  }
  const refresh =
    discussion.status === 'sign_up' && (options.refreshUserIds ?? []).length > 0
      ? {
          action: execute(
            t(locale, 'teams.discussion.signup.show_mine'),
            discussionVerbNames.refresh,
            { discussionId: discussion.id },
            { associatedInputs: 'none' },
          ),
          userIds: (options.refreshUserIds ?? []).slice(0, REFRESH_USER_LIMIT),
        }
      : undefined;
  return adaptiveCard(body, {
    actions,
    ...(refresh ? { refresh } : {}),
    fallbackText: title,
  });
}

/**
 * The discussion's card in the council's channel: in sign-up, each topic
 * with its questions, how many chose it and its button, "Intet ønske" and
 * the two roles; once announced, the groups and which have sent their
 * summary. With a viewer it is that person's own view (their choice; the
 * secretariat's buttons only for those who may). Measured: the questions'
 * hidden whole text is cut until the card fits.
 */
export function signUpCard(
  locale: Locale,
  view: DiscussionView,
  options: SignUpCardOptions = {},
): AdaptiveCard {
  let questionsMax = 6_000;
  let card = cardAt(locale, view, options, questionsMax);
  while (cardBytes(card) > discussionCardMaxBytes && questionsMax > 400) {
    questionsMax = Math.max(400, Math.floor(questionsMax / 2));
    card = cardAt(locale, view, options, questionsMax);
  }
  return card;
}
