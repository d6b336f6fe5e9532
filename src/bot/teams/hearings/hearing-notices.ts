import { MessageFactory } from '@microsoft/agents-hosting';
import type { HearingView } from '../../../app/hearings/view-hearing.ts';
import { formatDeadline, t } from '../../../i18n/hearings/index.ts';
import { hearingNoticePlans } from '../../present/hearings/hearing-notice-plans.ts';
import { cardActivity, type TeamsKit } from '../handlers/teams-kit.ts';
import type { TeamsNoticeParts } from '../sender/teams-chat-adapter.ts';
import { reminderCard, reminderText } from './reminder-card.ts';
import { resultCard } from './result-card.ts';
import { hearingCardFor } from './hearing-view.ts';

function followUp(key: string, view: HearingView) {
  const locale = view.council.locale;
  const title = view.hearing.title;
  switch (key) {
    case 'result':
      return cardActivity(resultCard(view));
    case 'cancelled':
      return MessageFactory.text(t(locale, 'hearing.cancelled', { title }));
    case 'deadline': {
      const when = formatDeadline(locale, view.hearing.deadline, view.council.timeZone);
      return MessageFactory.text(t(locale, 'hearing.deadline_moved', { title, when }));
    }
    default:
      throw new Error(`no Teams follow-up "${key}"`);
  }
}

/**
 * A hearing's notices in Teams: its card in the council's conversation (with
 * refresh for those who get their own view), the result, withdrawal and moved
 * deadline after it, reminders 1:1 or as an @mention.
 */
export function teamsHearingNotices(kit: TeamsKit): TeamsNoticeParts<HearingView> {
  return {
    plans: hearingNoticePlans(kit.deps.useCases),
    render: {
      subject: async (view) => cardActivity(await hearingCardFor(kit, view)),
      followUp,
      direct: (view) => ({ card: cardActivity(reminderCard(view)), text: reminderText(view) }),
    },
  };
}
