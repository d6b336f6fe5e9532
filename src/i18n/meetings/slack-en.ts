import type { Translation } from '../messages.ts';
import type { slackDa } from './slack-da.ts';

/** English for a meeting's agenda in Slack: the overview in the council's channel and each item in its thread. */
export const slackEn = {
  'slack.meeting.agenda.heading': (p) => `Agenda: ${p['title']}`,
  'slack.meeting.agenda.when': (p) => `${p['date']}, ${p['from']}–${p['to']}`,
  'slack.meeting.agenda.afbud': (p) => `Send afbud by ${p['date']} at ${p['time']}`,
  'slack.meeting.agenda.no_items': 'The agenda has no items yet.',
  'slack.meeting.agenda.more_items': (p) =>
    Number(p['count']) === 1 ? '… and one more item.' : `… and ${p['count']} more items.`,
  'slack.meeting.agenda.in_thread': 'Each item follows in the thread under this message.',
  'slack.meeting.agenda.cancelled': 'The meeting is cancelled.',
  'slack.meeting.agenda.text': (p) => `The agenda of ${p['title']} ${p['when']}`,
  'slack.meeting.item.presenters': (p) => `Presentation: ${p['names']}`,
  'slack.meeting.item.shortened': 'Shortened here. The whole item is in the agenda document.',
  'slack.meeting.item.sagsfremstilling':
    'The case presentation (Sagsfremstilling) is in the agenda document.',
} satisfies Translation<typeof slackDa>;
