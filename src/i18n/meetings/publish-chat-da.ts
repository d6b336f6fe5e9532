import type { Params } from '../messages.ts';

/** Danish for sending an agenda out from chat: the list of meetings, the confirmation, the answer. */
export const publishChatDa = {
  'publish.chat.heading': 'Offentliggør en dagsorden',
  'publish.chat.none':
    'Der er ingen kommende møder med punkter på dagsordenen. Del dagsordenen med mig i vores direkte chat, eller indsæt teksten med «dagsorden», så kan den offentliggøres bagefter.',
  'publish.chat.meeting_line': (p: Params) =>
    Number(p['count']) === 1
      ? `${p['title']} — ${p['when']} — ét punkt`
      : `${p['title']} — ${p['when']} — ${p['count']} punkter`,
  'publish.chat.status.planned': 'Ikke offentliggjort endnu.',
  'publish.chat.status.published':
    'Offentliggjort. Er dagsordenen rettet, opdaterer «Offentliggør igen» beskederne i kanalen.',
  'publish.chat.button': 'Offentliggør dagsorden',
  'publish.chat.button_again': 'Offentliggør igen',
  'publish.chat.confirm_title': 'Offentliggør dagsordenen?',
  'publish.chat.confirm_text': (p: Params) =>
    `Dagsordenen til ${p['title']} (${p['when']}) bliver sendt til rådets kanal med ét svar pr. punkt, og påmindelserne om mødet bliver planlagt. Den kan rettes og offentliggøres igen, men ikke trækkes tilbage.`,
  'publish.chat.confirm_again_text': (p: Params) =>
    `Beskederne om ${p['title']} i rådets kanal bliver opdateret med dagsordenen, som den er nu.`,
  'publish.chat.confirm': 'Ja, offentliggør',
  'publish.chat.cancelled': 'Intet er sendt.',
  'publish.chat.done': (p: Params) =>
    Number(p['reminders']) === 1
      ? `Dagsordenen til ${p['title']} er offentliggjort i rådets kanal. Én påmindelse er planlagt.`
      : `Dagsordenen til ${p['title']} er offentliggjort i rådets kanal. ${p['reminders']} påmindelser er planlagt.`,
  'publish.chat.done_again': (p: Params) =>
    `Dagsordenen til ${p['title']} er offentliggjort igen: beskederne i rådets kanal bliver opdateret.`,
  'publish.chat.help_slack':
    '/raad offentliggoer — send en dagsorden til rådets kanal (sekretariat og formandskab)',
  'publish.chat.help_teams':
    'offentliggør — send en dagsorden til rådets kanal (sekretariat og formandskab)',
} as const;
