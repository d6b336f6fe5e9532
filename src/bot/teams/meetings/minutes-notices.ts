import { MessageFactory } from '@microsoft/agents-hosting';
import {
  minutesNoticePlans,
  type MinutesView,
} from '../../present/meetings/minutes-notice-plans.ts';
import { approvedFollowUpText } from '../../present/meetings/minutes-summary.ts';
import { cardActivity, type TeamsKit } from '../handlers/teams-kit.ts';
import type { TeamsNoticeParts } from '../sender/teams-chat-adapter.ts';
import { minutesSummaryCard } from './minutes-cards.ts';

/**
 * The referat's notices in Teams: its summary card in the council's
 * conversation, kept current as members approve, and "Referatet er
 * godkendt" after it.
 */
export function teamsMinutesNotices(kit: TeamsKit): TeamsNoticeParts<MinutesView> {
  return {
    plans: minutesNoticePlans(kit.deps.useCases),
    render: {
      subject: (view) => cardActivity(minutesSummaryCard(view)),
      followUp: (_key, view) => MessageFactory.text(approvedFollowUpText(view)),
      direct() {
        throw new Error('no Teams direct message for the minutes');
      },
    },
  };
}
