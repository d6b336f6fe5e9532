import type { Params } from '../messages.ts';

/** Danish for afbud to a meeting, "kommer", fremmøde and the approval of the minutes. */
export const attendanceDa = {
  // errors
  'error.meeting_already_begun':
    'Mødet er begyndt (eller holdt), så afbud og tilmelding kan ikke længere ændres her. Giv sekretariatet besked direkte.',
  'error.afbud_by_substitute':
    'Som suppleant sender du ikke selv afbud: du deltager kun, når dit medlem har meldt afbud. Kan du ikke komme, så giv sekretariatet besked, så pladsen ikke står tom uden varsel.',
  'error.substitute_not_called':
    'Dit medlem har ikke meldt afbud til mødet, så pladsen er medlemmets. Du behøver ikke svare.',
  'error.not_invited':
    'Kun Rådets medlemmer og tilforordnede melder afbud eller kommer; sekretariatet står for mødet.',
  'error.no_meeting_afbud': 'Der er ikke meldt afbud til mødet, så der er intet at trække tilbage.',
  'error.guest_not_found':
    'Der er ingen gæst eller oplægsholder med det navn på mødet. Tjek navnet på mødets fremmødeliste.',
  'cli.hint.guest_not_found': 'Se gæster og oplægsholdere med «meeting attendance MØDE».',
  'error.meeting_not_begun':
    'Mødet er ikke begyndt endnu: referatet kan først sendes til godkendelse, når mødet er i gang eller holdt.',
  'error.minutes_deadline_invalid':
    'Fristen for godkendelse skal ligge efter nu, som ÅÅÅÅ-MM-DD TT:MM, fx 2026-12-10 12:00.',
  'error.minutes_already_sent': 'Referatet er allerede sendt til godkendelse.',
  'error.minutes_not_sent':
    'Referatet er ikke sendt til godkendelse endnu. Det kan godkendes, når sekretariatet har sendt det.',
  'cli.hint.minutes_not_sent': 'Sekretariatet sender det med «meeting approve MØDE --send».',
  'error.minutes_already_approved': 'Referatet er allerede godkendt og kan ikke ændres.',
  'error.not_a_participant':
    'Kun de, der deltog i mødet, godkender referatet. Mener du, du deltog, så giv sekretariatet besked.',

  // command line: afbud and "kommer"
  'cli.attendance.afbud_sent': (p: Params) =>
    `Afbud til «${p['title']}» ${p['when']} er registreret for ${p['name']}${p['reason'] ? ` (${p['reason']})` : ''}.`,
  'cli.attendance.afbud_repeat': (p: Params) =>
    `${p['name']} har allerede meldt afbud til «${p['title']}» ${p['when']}. Intet er ændret.`,
  'cli.attendance.seat_to_substitute': (p: Params) =>
    `Suppleant ${p['substitute']} har pladsen på mødet og i høringerne på dets dagsorden.`,
  'cli.attendance.seat_empty': 'Der er ingen suppleant, så pladsen står tom på mødet.',
  'cli.attendance.after_deadline': (p: Params) =>
    `Fristen for afbud (${p['deadline']}) er overskredet. Afbuddet er registreret, men giv også sekretariatet besked på telefon eller mail, hvis det har betydning for mødet.`,
  'cli.attendance.afbud_withdrawn': (p: Params) =>
    `Afbuddet til «${p['title']}» ${p['when']} er trukket tilbage: ${p['name']} har sin plads igen.`,
  'cli.attendance.coming': (p: Params) =>
    `Tak. ${p['name']} kommer til «${p['title']}» ${p['when']}.`,
  'cli.attendance.coming_withdrew_afbud': 'Afbuddet er trukket tilbage, og pladsen er din igen.',

  // command line: fremmøde
  'cli.attendance.title': (p: Params) => `Fremmøde til «${p['title']}» ${p['when']}`,
  'cli.attendance.coming_list': (p: Params) => `Kommer (${p['count']}): ${p['names']}`,
  'cli.attendance.unanswered_list': (p: Params) => `Har ikke svaret (${p['count']}): ${p['names']}`,
  'cli.attendance.afbud_list': (p: Params) => `Afbud (${p['count']}):`,
  'cli.attendance.afbud_line_substitute': (p: Params) =>
    `- ${p['name']}${p['reason'] ? ` (${p['reason']})` : ''} – suppleant ${p['substitute']} har pladsen`,
  'cli.attendance.afbud_line_empty': (p: Params) =>
    `- ${p['name']}${p['reason'] ? ` (${p['reason']})` : ''} – ingen suppleant, pladsen står tom`,
  'cli.attendance.nobody': 'ingen',
  'cli.attendance.imported':
    'Fremmødet nedenfor er fra det importerede referat; det bygges ikke om fra medlemslisten.',
  'cli.attendance.guest_added': (p: Params) => `Tilføjet til mødet: ${p['name']} (${p['group']}).`,
  'cli.attendance.guest_updated': (p: Params) =>
    `${p['name']} var allerede tilføjet; oplysningerne er opdateret (${p['group']}).`,
  'cli.attendance.guest_removed': (p: Params) => `Fjernet fra mødet: ${p['name']}.`,
  'cli.attendance.missing_organisation':
    'Angiv gæstens organisation eller gruppe med --organisation, fx --organisation FH eller --organisation "Baglande repræsentanter".',

  // command line: approving the minutes
  'cli.approval.sent': (p: Params) =>
    `Referatet af «${p['title']}» ${p['when']} er sendt til godkendelse hos ${p['count']} deltagere med frist ${p['deadline']}.`,
  'cli.approval.missing_deadline':
    'Angiv fristen for godkendelse med --deadline "ÅÅÅÅ-MM-DD TT:MM", fx --deadline "2026-12-10 12:00".',
  'cli.approval.approved': (p: Params) =>
    `Tak. ${p['name']} har godkendt referatet af «${p['title']}» ${p['at']}.`,
  'cli.approval.approved_repeat': (p: Params) =>
    `${p['name']} godkendte allerede referatet af «${p['title']}» ${p['at']}; den godkendelse gælder. Intet er ændret.`,
  'cli.approval.remark': (p: Params) => `Bemærkning: ${p['comment']}`,
  'cli.approval.status_title': (p: Params) =>
    `Godkendelse af referatet af «${p['title']}» ${p['when']}: ${p['status']}`,
  'cli.approval.deadline': (p: Params) => `Frist: ${p['deadline']}`,
  'cli.approval.approved_list': (p: Params) => `Har godkendt (${p['count']}):`,
  'cli.approval.approved_line': (p: Params) =>
    `- ${p['name']} ${p['at']}${p['comment'] ? ` – «${p['comment']}»` : ''}`,
  'cli.approval.waiting_list': (p: Params) => `Mangler (${p['count']}): ${p['names']}`,
  'cli.approval.close_needs_yes': (p: Params) =>
    `Markér referatet af «${p['title']}» ${p['when']} som godkendt? ${p['approved']} af ${p['total']} deltagere har godkendt. Det kan ikke fortrydes. Gentag kommandoen med --yes. Intet er ændret.`,
  'cli.approval.closed': (p: Params) => `Referatet af «${p['title']}» ${p['when']} er godkendt.`,
  'cli.approval.at': (p: Params) => `${p['date']} kl. ${p['time']}`,
} as const;
