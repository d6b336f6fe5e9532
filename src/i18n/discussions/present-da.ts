import type { Params } from '../messages.ts';

/**
 * Danish for what both chats show of a group discussion: its message in the
 * channel, the groups, the direct messages and the opsamling.
 */
export const presentDa = {
  'discussion.present.headline': (p: Params) => `Gruppedrøftelse: ${p['title']}`,
  'discussion.present.for_item': (p: Params) => `Til dagsordenens punkt ${p['item']}`,
  'discussion.present.status.sign_up': 'Tilmelding er åben',
  'discussion.present.status.announced': 'Grupperne er sat',
  'discussion.present.status.compiled': 'Opsamlingen er lagt i kanalen',
  'discussion.present.status.cancelled': 'Aflyst',
  'discussion.present.topic': (p: Params) => `Emne ${p['key']}: ${p['title']}`,
  'discussion.present.question': (p: Params) => `${p['number']}. ${p['text']}`,
  'discussion.present.group': (p: Params) => `Gruppe ${p['key']}`,
  'discussion.present.member': (p: Params) =>
    `${p['name']} (${p['organisation']})${p['marks'] ? ` – ${p['marks']}` : ''}`,
  'discussion.present.member_no_org': (p: Params) =>
    `${p['name']}${p['marks'] ? ` – ${p['marks']}` : ''}`,
  'discussion.present.role.ordstyrer': 'ordstyrer',
  'discussion.present.role.referent': 'referent',
  'discussion.present.role.writer': 'skriver opsamlingen',
  'discussion.present.members_line': (p: Params) => `Deltagere: ${p['names']}`,
  'discussion.present.roles_line': (p: Params) =>
    `Ordstyrer: ${p['ordstyrer']} · Referent: ${p['referent']}`,
  'discussion.present.room': (p: Params) => `Mødelokale: ${p['url']}`,
  'discussion.present.no_room': 'Intet virtuelt lokale angivet.',
  'discussion.present.sign_up_deadline': (p: Params) => `Tilmeldingsfrist: ${p['when']}`,
  'discussion.present.window': (p: Params) => `Drøftelsen: ${p['when']}`,
  'discussion.present.summaries_due': (p: Params) => `Opsamlinger afleveres senest ${p['when']}`,
  'discussion.present.moment': (p: Params) => `${p['weekday']} ${p['date']} kl. ${p['time']}`,
  'discussion.present.span_same_day': (p: Params) => `${p['date']} kl. ${p['from']}–${p['to']}`,
  'discussion.present.span': (p: Params) => `${p['from']} til ${p['to']}`,
  'discussion.present.topic_count': (p: Params) =>
    Number(p['count']) === 1 ? `1 tilmeldt` : `${p['count']} tilmeldt`,
  'discussion.present.volunteers': (p: Params) =>
    `${p['ordstyrer']} vil være ordstyrer, ${p['referent']} referent`,
  'discussion.present.undecided': (p: Params) =>
    Number(p['count']) === 1
      ? '1 har ikke valgt emne endnu og placeres, hvor grupperne har brug for det.'
      : `${p['count']} har ikke valgt emne endnu og placeres, hvor grupperne har brug for det.`,
  'discussion.present.summary_status': (p: Params) =>
    `${p['submitted']} af ${p['groups']} grupper har afleveret`,
  'discussion.present.submitted': 'opsamling afleveret',
  'discussion.present.not_submitted': 'mangler opsamling',
  'discussion.present.compiled_line': (p: Params) =>
    `Opsamlingen fra gruppedrøftelserne er lagt i kanalen (${p['when']}).`,
  'discussion.present.cancelled_line': 'Gruppedrøftelsen er aflyst.',
  'discussion.present.reason_fallback': (p: Params) => `${p['code']} ${p['params']}`.trim(),
  // direct messages
  'discussion.present.dm.sign_up_reminder': (p: Params) =>
    `Du har ikke valgt emne til gruppedrøftelsen «${p['title']}» endnu. Vælg inden ${p['when']}; ellers placeres du, hvor grupperne har brug for det.`,
  'discussion.present.dm.invitation': (p: Params) =>
    `Du er inviteret til gruppedrøftelsen «${p['title']}»: du er suppleant for et medlem, der har meldt afbud, og deltager i stedet. Vælg et emne inden ${p['when']}; ellers placeres du, hvor grupperne har brug for det.`,
  'discussion.present.dm.summary_takeover': (p: Params) =>
    `Referenten i gruppe ${p['key']} har meldt afbud, så du som ordstyrer skriver gruppens opsamling til «${p['title']}». Fristen er ${p['when']}.`,
  'discussion.present.dm.proposal_ready': (p: Params) =>
    `Grupperne til «${p['title']}» er dannet (${p['groups']} grupper, ${p['people']} deltagere). Se forslaget igennem, flyt folk eller ret roller, og meld grupperne ud.`,
  'discussion.present.dm.proposal_failed': (p: Params) =>
    `Tilmeldingen til «${p['title']}» er slut, men grupperne kunne ikke dannes af sig selv. Tryk «Se forslaget» og så «Dan grupper»: svaret siger hvorfor, og hvad der skal rettes.`,
  'discussion.present.dm.group': (p: Params) =>
    `Du er i gruppe ${p['key']} til gruppedrøftelsen «${p['title']}».`,
  'discussion.present.dm.your_role': (p: Params) => `Du er ${p['role']} i gruppen.`,
  'discussion.present.dm.you_write': (p: Params) =>
    `Du skriver gruppens opsamling: ét svar pr. spørgsmål og noter. Frist: ${p['when']}.`,
  'discussion.present.dm.summary_before': (p: Params) =>
    `Husk gruppe ${p['key']}s opsamling til «${p['title']}»: fristen er ${p['when']}.`,
  'discussion.present.dm.summary_due': (p: Params) =>
    `Fristen for gruppe ${p['key']}s opsamling til «${p['title']}» er nået (${p['when']}), og opsamlingen er sendt til rådet uden den. Vil gruppen stadig bidrage, så skriv til sekretariatet.`,
  // the opsamling
  'discussion.present.opsamling.heading': 'Opsamling fra gruppedrøftelser',
  'discussion.present.opsamling.answer_missing': '(intet svar)',
  'discussion.present.opsamling.notes': 'Noter',
  'discussion.present.opsamling.group_missing': (p: Params) =>
    `Gruppe ${p['key']} har ikke afleveret en opsamling.`,
  'discussion.present.opsamling.missing': (p: Params) => `Mangler opsamling: ${p['groups']}.`,
  'discussion.present.opsamling.compiled': (p: Params) => `Samlet ${p['when']}.`,
  'discussion.present.opsamling.cut': 'Hele opsamlingen står i kanalen og i referatet.',
} as const;
