import type { Params } from '../messages.ts';

/** Danish for a meeting's agenda in Slack: the overview in the council's channel and each item in its thread. */
export const slackDa = {
  'slack.meeting.agenda.heading': (p: Params) => `Dagsorden: ${p['title']}`,
  'slack.meeting.agenda.when': (p: Params) => `${p['date']}, kl. ${p['from']}–${p['to']}`,
  'slack.meeting.agenda.afbud': (p: Params) => `Afbud senest ${p['date']} kl. ${p['time']}`,
  'slack.meeting.agenda.no_items': 'Dagsordenen har endnu ingen punkter.',
  'slack.meeting.agenda.more_items': (p: Params) =>
    Number(p['count']) === 1 ? '… og ét punkt mere.' : `… og ${p['count']} punkter mere.`,
  'slack.meeting.agenda.in_thread': 'Hvert punkt står i tråden under denne besked.',
  'slack.meeting.agenda.cancelled': 'Mødet er aflyst.',
  'slack.meeting.agenda.text': (p: Params) => `Dagsordenen til ${p['title']} ${p['when']}`,
  'slack.meeting.item.presenters': (p: Params) => `Oplæg: ${p['names']}`,
  'slack.meeting.item.shortened': 'Forkortet her. Hele punktet står i dagsordenen.',
  'slack.meeting.item.sagsfremstilling': 'Sagsfremstillingen står i dagsordenen.',
} as const;
