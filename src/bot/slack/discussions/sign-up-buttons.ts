import type { Locale } from '../../../domain/council/council.ts';
import type { Discussion } from '../../../domain/discussions/discussion.ts';
import { t } from '../../../i18n/discussions/index.ts';
import { topicText } from '../../present/discussions/discussion-texts.ts';
import { button, type Block, type Button } from '../blocks/block-kit.ts';
import { chooseTopicActionId, discussionActionIds } from './discussion-ids.ts';
import { discussionValue } from './discussion-values.ts';

/** Slack allows 25 elements in an actions block; "Intet ønske" takes one. */
const maxTopicButtons = 20;

/**
 * The sign-up's buttons: one per topic ("Emne A: <titel>"), "Intet ønske",
 * and the two roles to volunteer for. The same on the channel message and
 * in the reminder, so a click on either is answered alike.
 */
export function signUpButtons(locale: Locale, discussion: Discussion): Block[] {
  const d = discussion.id;
  const topics: Button[] = discussion.topics
    .slice(0, maxTopicButtons)
    .map((topic) =>
      button(
        topicText(locale, topic),
        chooseTopicActionId(topic.key),
        discussionValue({ discussionId: d, topic: topic.key }),
      ),
    );
  topics.push(
    button(
      t(locale, 'discussion.chat.button_no_preference'),
      discussionActionIds.noPreference,
      discussionValue({ discussionId: d }),
    ),
  );
  return [
    { type: 'actions', block_id: `discussion.${d}.topics`.slice(0, 255), elements: topics },
    {
      type: 'actions',
      block_id: `discussion.${d}.roles`.slice(0, 255),
      elements: (['ordstyrer', 'referent'] as const).map((role) =>
        button(
          t(
            locale,
            role === 'ordstyrer'
              ? 'discussion.chat.button_ordstyrer'
              : 'discussion.chat.button_referent',
          ),
          `${discussionActionIds.volunteer}.${role}`,
          discussionValue({ discussionId: d, role }),
        ),
      ),
    },
  ];
}
