import type { Params } from '../messages.ts';

/** Danish for the referat in chat: the summary in the channel, its buttons, forms and answers. */
export const minutesChatDa = {
  'minutes.chat.heading': (p: Params) => `Referat til godkendelse: ${p['title']}`,
  'minutes.chat.heading_approved': (p: Params) => `Referat godkendt: ${p['title']}`,
  'minutes.chat.deadline': (p: Params) => `Godkend senest ${p['deadline']}.`,
  'minutes.chat.count': (p: Params) => `${p['approved']} af ${p['total']} har godkendt referatet.`,
  'minutes.chat.approved_by_deadline': (p: Params) =>
    `Referatet er godkendt: fristen ${p['deadline']} er nået.`,
  'minutes.chat.approved_by_hand': 'Referatet er godkendt af sekretariatet.',
  'minutes.chat.approved_followup': (p: Params) =>
    `Referatet er godkendt. ${p['approved']} af ${p['total']} godkendte det.`,
  'minutes.chat.decision': (p: Params) => `Beslutning: ${p['text']}`,
  'minutes.chat.no_decision': 'Ingen beslutning skrevet.',
  'minutes.chat.more_items': (p: Params) =>
    Number(p['count']) === 1
      ? '… og ét punkt mere: se hele referatet.'
      : `… og ${p['count']} punkter mere: se hele referatet.`,
  'minutes.chat.files': (p: Params) => `Hele referatet: ${p['word']} · ${p['markdown']}`,
  'minutes.chat.word': 'Word-dokument',
  'minutes.chat.markdown': 'Markdown',
  'minutes.chat.links_until': (p: Params) => `Linkene virker til ${p['until']}.`,
  'minutes.chat.text': (p: Params) => `Referatet af ${p['title']} til godkendelse`,
  'minutes.chat.approve': 'Godkend referat',
  'minutes.chat.remark': 'Bemærkning til referatet',
  'minutes.chat.close': 'Luk godkendelse',

  'minutes.chat.you_approved': (p: Params) =>
    `Du har godkendt referatet af ${p['title']} kl. ${p['at']}.`,
  'minutes.chat.already_approved': (p: Params) =>
    `Du har allerede godkendt referatet af ${p['title']} kl. ${p['at']}.`,
  'minutes.chat.your_remark': (p: Params) => `Din bemærkning: ${p['comment']}`,
  'minutes.chat.remark_kept':
    'Din første godkendelse står ved magt, og bemærkningen er ikke gemt. Skriv til sekretariatet, hvis du vil tilføje noget.',

  'minutes.chat.form_title': 'Generér referat',
  'minutes.chat.form_submit': 'Send til godkendelse',
  'minutes.chat.form_intro': (p: Params) =>
    `Referatet af ${p['title']} lægges i rådets kanal, og de, der deltog, kan godkende det med ét klik. Ved fristen er referatet godkendt.`,
  'minutes.chat.deadline_date': 'Frist for godkendelse (dato)',
  'minutes.chat.deadline_time': 'Frist for godkendelse (klokkeslæt)',
  'minutes.chat.sent': (p: Params) =>
    `Referatet af ${p['title']} er sendt til godkendelse hos ${p['count']} deltagere. Fristen er ${p['deadline']}.`,
  'minutes.chat.deadline_missing': 'Vælg dato og klokkeslæt for fristen.',

  'minutes.chat.remark_title': 'Bemærkning',
  'minutes.chat.remark_label': 'Din bemærkning til referatet',
  'minutes.chat.remark_hint': 'Du godkender referatet med bemærkningen.',
  'minutes.chat.remark_submit': 'Godkend med bemærkning',
  'minutes.chat.remark_missing': 'Skriv din bemærkning.',

  'minutes.chat.close_title': 'Luk godkendelsen',
  'minutes.chat.close_confirm': (p: Params) =>
    `Markér referatet af ${p['title']} som godkendt nu? ${p['approved']} af ${p['total']} har godkendt. Det kan ikke fortrydes.`,
  'minutes.chat.close_submit': 'Ja, luk godkendelsen',
  'minutes.chat.closed': (p: Params) => `Referatet af ${p['title']} er godkendt.`,

  'minutes.chat.status_title': (p: Params) =>
    `Godkendelse af referatet: ${p['title']} (${p['status']})`,
  'minutes.chat.status_line': (p: Params) =>
    p['comment'] ? `${p['name']}, ${p['at']}: «${p['comment']}»` : `${p['name']}, ${p['at']}`,
  'minutes.chat.status_waiting': (p: Params) => `Mangler (${p['count']}): ${p['names']}`,
  'minutes.chat.no_meeting':
    'Der er intet møde at vælge. Skriv mødets id efter kommandoen, fx «referat m-1».',
  'minutes.chat.bad_meeting': 'Mødets id kan kun have bogstaver, tal og bindestreg.',
  'help.minutes.referat': '«referat [møde]»: send referatet til godkendelse (sekretariatet)',
  'help.minutes.godkendelser':
    '«godkendelser [møde]»: hvem har godkendt referatet, og hvem mangler',
  'slack.help.minutes':
    '/raad referat [møde] — send referatet til godkendelse (sekretariatet og formandskabet)',
  'slack.help.minutes_approvals':
    '/raad godkendelser [møde] — hvem har godkendt referatet, og hvem mangler',
} as const;
