import type { Params } from '../messages.ts';

/**
 * Danish for a member's next meeting (App Home, "næste møde"), the
 * follow-up sheet in chat and the secretariat's fremmøde in chat.
 */
export const homeDa = {
  'error.follow_up_not_owner':
    'Kun den ansvarlige for punktet (eller sekretariatet) kan markere det som udført.',

  // the next meeting
  'meeting.next.heading': 'Næste møde',
  'meeting.next.title': (p: Params) => `${p['title']}`,
  'meeting.next.when': (p: Params) => `${p['date']} kl. ${p['from']}–${p['to']}`,
  'meeting.next.online': 'Deltag online',
  'meeting.next.afbud_deadline': (p: Params) => `Frist for afbud: ${p['date']} kl. ${p['time']}`,
  'meeting.next.agenda': 'Dagsorden',
  'meeting.next.agenda_not_published': 'Dagsordenen er ikke udsendt endnu.',
  'meeting.next.no_items': 'Der er endnu ingen punkter på dagsordenen.',
  'meeting.next.more_items': (p: Params) =>
    Number(p['count']) === 1
      ? '… og ét punkt mere på dagsordenen.'
      : `… og ${p['count']} punkter mere på dagsordenen.`,
  'meeting.next.none':
    'Der er ikke planlagt noget møde endnu. Når sekretariatet sætter det næste møde i kalenderen, står det her.',
  'meeting.next.status.coming': 'Du har meldt, at du kommer.',
  'meeting.next.status.unanswered':
    'Du har ikke svaret endnu. Kan du ikke komme, så meld afbud, så din suppleant kan tage din plads.',
  'meeting.next.status.afbud_substitute': (p: Params) =>
    `Du har meldt afbud${p['reason'] ? ` (${p['reason']})` : ''}. Din suppleant ${p['substitute']} har din plads.`,
  'meeting.next.status.afbud_empty': (p: Params) =>
    `Du har meldt afbud${p['reason'] ? ` (${p['reason']})` : ''}. Du har ingen suppleant, så pladsen står tom.`,
  'meeting.next.status.holds_seat': (p: Params) =>
    `Du har ${p['member']}s plads på mødet, fordi ${p['member']} har meldt afbud.`,
  'meeting.next.status.standby':
    'Du er suppleant: dit medlem har ikke meldt afbud, så pladsen er medlemmets.',
  'meeting.next.status.not_invited':
    'Du er ikke indkaldt som deltager; sekretariatet står for mødet.',
  'meeting.next.begun': 'Mødet er i gang.',
  'meeting.next.afbud': 'Afbud',
  'meeting.next.withdraw_afbud': 'Træk afbud tilbage',
  'meeting.next.minutes_heading': 'Referater til godkendelse',
  'meeting.next.minutes_line': (p: Params) =>
    `Referatet af ${p['title']} ${p['date']} venter på din godkendelse${p['deadline'] ? ` (frist ${p['deadline']})` : ''}.`,
  'meeting.next.more_minutes': (p: Params) =>
    Number(p['count']) === 1 ? '… og ét referat mere.' : `… og ${p['count']} referater mere.`,
  'meeting.next.text': (p: Params) => `Næste møde: ${p['title']} ${p['when']}`,

  // the follow-up sheet in chat
  'meeting.chat.show_more': 'Vis mere',
  'meeting.followup_chat.heading': 'Opfølgning',
  'meeting.followup_chat.none': 'Der er ingen åbne opfølgningspunkter.',
  'meeting.followup_chat.meeting': (p: Params) => `${p['title']}, ${p['date']}`,
  'meeting.followup_chat.point': (p: Params) => `${p['item']} ${p['title']}`,
  'meeting.followup_chat.facts': (p: Params) =>
    `Ansvarlig: ${p['owner']} · Frist: ${p['due']} · Status: ${p['status']} · ${p['id']}`,
  'meeting.followup_chat.not_set': 'ingen',
  'meeting.followup_chat.mark_done': 'Markér som udført',
  'meeting.followup_chat.marked': (p: Params) =>
    `Punkt ${p['item']} fra ${p['title']} er markeret som udført.`,
  'meeting.followup_chat.more': (p: Params) =>
    `… og ${p['count']} punkter mere. Sekretariatet har hele opfølgningsarket.`,
  'meeting.followup_chat.text': 'Opfølgningsarket',

  // the secretariat's fremmøde in chat
  'meeting.attendance_chat.heading': 'Fremmøde',
  'meeting.attendance_chat.only_secretariat':
    'Kun sekretariatet og formandskabet kan se fremmødet og tilføje gæster.',
  'meeting.attendance_chat.no_meeting':
    'Der er ikke planlagt noget møde. Skriv mødets id efter kommandoen for at se et bestemt møde, fx «fremmøde m0001».',
  'meeting.attendance_chat.add_guest': 'Tilføj gæst',
  'meeting.attendance_chat.guest_form_title': 'Gæst eller oplæg',
  'meeting.attendance_chat.guest_name': 'Navn',
  'meeting.attendance_chat.guest_organisation': 'Organisation eller gruppe',
  'meeting.attendance_chat.guest_note': 'Note (fx bagland)',
  'meeting.attendance_chat.guest_presenter': 'Oplægsholder',
  'meeting.attendance_chat.guest_item': 'Oplæg under punkt',
  'meeting.attendance_chat.under_item': (p: Params) => `under punkt ${p['item']}`,
  'meeting.attendance_chat.save': 'Tilføj',
  'meeting.attendance_chat.field_missing': (p: Params) => `Udfyld feltet «${p['field']}».`,
  'meeting.attendance_chat.guest_added': (p: Params) =>
    `${p['name']} er tilføjet til ${p['title']} (${p['group']}).`,

  // help
  'slack.help.next_meeting':
    '/raad naeste — dit næste møde, din status og afbud (også i fanen «Hjem»)',
  'slack.help.follow_up':
    '/raad opfoelgning — de åbne opfølgningspunkter; markér dine egne som udført',
  'slack.help.attendance':
    '/raad fremmoede [MØDE] — hvem kommer, afbud og suppleanter; tilføj gæster (sekretariat og formandskab)',
  'help.command.next_meeting': 'næste møde — dit næste møde, din status og afbud',
  'help.command.follow_up': 'opfølgning — de åbne opfølgningspunkter; markér dine egne som udført',
  'help.command.attendance':
    'fremmøde [MØDE] — hvem kommer, afbud og suppleanter; tilføj gæster (sekretariat)',
} as const;
