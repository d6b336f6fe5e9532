import { discussionNoticePlans } from '../../present/discussions/discussion-notice-plans.ts';
import { groupReplyOf } from '../../present/discussions/discussion-notice-plans.ts';
import type {
  DiscussionDmState,
  DiscussionMessageState,
  OpsamlingState,
} from '../../present/discussions/discussion-states.ts';
import { cardActivity, type TeamsKit } from '../handlers/teams-kit.ts';
import type { TeamsDirectMessage, TeamsNoticeParts } from '../sender/teams-chat-adapter.ts';
import {
  groupDmCard,
  groupDmText,
  groupThreadCard,
  proposalReadyCard,
  proposalReadyText,
  signUpReminderCard,
  signUpReminderText,
  summaryReminderCard,
  summaryReminderText,
} from './group-cards.ts';
import { opsamlingCard } from './opsamling-card.ts';
import { signUpCard } from './sign-up-card.ts';

const noFollowUp = (key: string) => {
  throw new Error(`no Teams follow-up "${key}" for a group discussion`);
};
const noDirect = () => {
  throw new Error('no Teams direct message for this discussion notice');
};

/** A discussion's direct message: its card for the personal chat, and the @mention's text. */
function directMessage(state: DiscussionDmState): TeamsDirectMessage {
  const locale = state.council.locale;
  const { view } = state;
  switch (state.kind) {
    case 'discussion_sign_up_reminder':
      return {
        card: cardActivity(signUpReminderCard(locale, view, state.notice.invitation === true)),
        text: signUpReminderText(locale, view, state.notice.invitation === true),
      };
    case 'discussion_proposal_ready':
      return {
        card: cardActivity(proposalReadyCard(locale, view)),
        text: proposalReadyText(locale, view),
      };
    case 'discussion_group_to_member':
      return {
        card: cardActivity(groupDmCard(locale, view, state.group, state.member.id)),
        text: groupDmText(locale, view, state.group),
      };
    case 'discussion_summary_reminder':
      return {
        card: cardActivity(
          summaryReminderCard(locale, view, state.group.key, state.notice.reminderKey),
        ),
        text: summaryReminderText(locale, view, state.group.key, state.notice.reminderKey),
      };
  }
}

/**
 * Group discussions in Teams: the discussion's card in the council's channel
 * (each viewer's own view by refresh) with one reply per group in its thread
 * once announced; the opsamling as a card of its own; and the members'
 * direct messages (their group, the reminders, the proposal for the secretary).
 */
export function teamsDiscussionNotices(kit: TeamsKit): TeamsNoticeParts<unknown>[] {
  const plans = discussionNoticePlans(kit.deps.useCases);
  const message: TeamsNoticeParts<DiscussionMessageState> = {
    plans: plans.message,
    render: {
      subject: async (state) => {
        const audience = await kit.audience.of(state.council.id);
        return cardActivity(
          signUpCard(state.council.locale, state.view, { refreshUserIds: audience.userIds }),
        );
      },
      threadReply: (key, state) =>
        cardActivity(
          groupThreadCard(state.council.locale, state.view, groupReplyOf(state, key).group),
        ),
      followUp: noFollowUp,
      direct: noDirect,
    },
  };
  const opsamling: TeamsNoticeParts<OpsamlingState> = {
    plans: plans.opsamling,
    render: {
      subject: (state) => cardActivity(opsamlingCard(state.council.locale, state.view)),
      followUp: noFollowUp,
      direct: noDirect,
    },
  };
  const direct: TeamsNoticeParts<DiscussionDmState> = {
    plans: plans.direct,
    render: {
      subject() {
        throw new Error('a discussion direct message has no channel card');
      },
      followUp: noFollowUp,
      direct: directMessage,
    },
  };
  return [message, opsamling, direct] as TeamsNoticeParts<unknown>[];
}
