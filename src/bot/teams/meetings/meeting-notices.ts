import {
  meetingNoticePlans,
  type PublishedAgendaView,
} from '../../present/meetings/meeting-notice-plans.ts';
import { cardActivity, type TeamsKit } from '../handlers/teams-kit.ts';
import type { TeamsNoticeParts } from '../sender/teams-chat-adapter.ts';
import { agendaItemCardOf } from './agenda-item-card.ts';
import { agendaOverviewCard } from './agenda-overview-card.ts';

/**
 * A meeting's published agenda in Teams: the overview card in the council's
 * channel, updated in place when the agenda is published again, and one card
 * per item in its thread, each updated in place when the item changes (an
 * edit, a recorded Beslutning). Nothing of it goes to a member directly.
 */
export function teamsAgendaNotices(kit: TeamsKit): TeamsNoticeParts<PublishedAgendaView> {
  return {
    plans: meetingNoticePlans(kit.deps.useCases),
    render: {
      subject: (view) => cardActivity(agendaOverviewCard(view)),
      threadReply: (key, view) => cardActivity(agendaItemCardOf(key, view)),
      followUp(key) {
        throw new Error(`no Teams follow-up "${key}" for a published agenda`);
      },
      direct() {
        throw new Error('no Teams direct message for a published agenda');
      },
    },
  };
}
