import type { Params } from '../messages.ts';

const plural = (count: unknown, one: string, many: string) =>
  Number(count) === 1 ? one : many.replace('#', String(count));

/**
 * Danish for group discussions in Teams: the set-up card, the sign-up card
 * in the council's channel, the proposal, the groups' messages, the summary
 * card, "grupper" and the opsamling.
 */
export const teamsDiscussionsDa = {
  'teams.discussion.help.setup':
    'gruppedrøftelse [titel] — sæt en gruppedrøftelse op (sekretariat og formandskab)',
  'teams.discussion.help.status':
    'grupper — de åbne gruppedrøftelser, hvor langt de er, og «Ret opsætning» (sekretariat og formandskab)',
  'teams.discussion.not_allowed':
    'Kun sekretariatet og formandskabet kan sætte gruppedrøftelser op og styre dem.',
  'teams.discussion.show_more': 'Vis hele teksten',
  'teams.discussion.cut_note':
    'Forkortet her: hele teksten er gemt og står i opsamlingen og referatet.',
  'teams.discussion.when': (p: Params) => `${p['date']}, kl. ${p['time']}`,

  'teams.discussion.ordstyrer_line': (p: Params) => `Ordstyrer: ${p['name']}`,
  'teams.discussion.referent_line': (p: Params) => `Referent: ${p['name']}`,
  'teams.discussion.room_line': (p: Params) => `Rum: ${p['link']}`,
  'teams.discussion.no_room': 'Intet rum er angivet: sekretariatet sender linket.',
  'teams.discussion.item_line': (p: Params) => `Til punkt ${p['item']}`,

  // the set-up card

  'teams.discussion.setup.intro': (p: Params) =>
    `Emnerne, grupperne og tiderne for en gruppedrøftelse i ${p['council']}. Tider er rådets tid (${p['zone']}).`,
  'teams.discussion.setup.from_item': (p: Params) =>
    `Gruppedrøftelsen knyttes til punkt ${p['item']} på dagsordenen til ${p['meeting']}.`,
  'teams.discussion.setup.fix': 'Ret felterne markeret med rødt og send igen.',
  'teams.discussion.setup.topic_heading': (p: Params) => `Emne ${p['key']}`,
  'teams.discussion.setup.topic_optional': 'kan stå tomt',
  'teams.discussion.setup.questions_placeholder': 'Ét spørgsmål pr. linje',

  'teams.discussion.setup.sizing.size': 'Antal deltagere pr. gruppe',
  'teams.discussion.setup.rooms_placeholder':
    'Ét link til alle grupper, eller ét pr. gruppe (ét pr. linje)',
  'teams.discussion.setup.submit': 'Opret gruppedrøftelse',
  'teams.discussion.setup.done_heading': 'Gruppedrøftelsen er oprettet',
  'teams.discussion.setup.done': (p: Params) =>
    `«${p['title']}» er oprettet, og tilmeldingen er åben til ${p['deadline']}. Tilmeldingskortet kommer i rådets kanal.`,
  'teams.discussion.setup.no_channel':
    'Rådet har endnu ingen kanal i Teams: installer Rådsbot i rådets kanal, så kommer tilmeldingskortet dér.',
  // the labels the set-up card names a field by
  'teams.discussion.field.title': 'Titel på drøftelsen',
  'teams.discussion.field.topicTitle': (p: Params) => `Emne ${p['key']}, titel`,
  'teams.discussion.field.topicQuestions': (p: Params) => `Emne ${p['key']}, spørgsmål`,
  'teams.discussion.field.sizing': 'Gruppernes størrelse',

  'teams.discussion.field.signUpDate': 'Tilmeldingsfrist, dato',
  'teams.discussion.field.signUpTime': 'Tilmeldingsfrist, klokkeslæt',
  'teams.discussion.field.windowDate': 'Drøftelsen, dato',
  'teams.discussion.field.windowStart': 'Drøftelsen, start',
  'teams.discussion.field.windowEnd': 'Drøftelsen, slut',
  'teams.discussion.field.dueDate': 'Opsamlinger senest, dato',
  'teams.discussion.field.dueTime': 'Opsamlinger senest, klokkeslæt',
  'teams.discussion.field.rooms': 'Links til rummene',
  'teams.discussion.field.answer': (p: Params) => `Spørgsmål ${p['number']}`,
  'teams.discussion.field.notes': 'Øvrige noter',

  'teams.discussion.field.roleGroup': 'Gruppen',

  'teams.discussion.field.deadlineDate': 'Frist, dato',
  'teams.discussion.field.deadlineTime': 'Frist, klokkeslæt',
  'teams.discussion.field.problem': (p: Params) => `${p['label']}: ${p['problem']}`,
  'teams.discussion.problem.number': 'skal være et helt tal på mindst 1.',

  // the sign-up card

  'teams.discussion.signup.facts': (p: Params) =>
    `Tilmelding senest ${p['deadline']} · Drøftelsen ${p['window']}`,
  'teams.discussion.signup.how':
    'Vælg det emne, du helst vil drøfte. Du kan skifte indtil fristen.',
  'teams.discussion.signup.counts': (p: Params) =>
    `${plural(p['chosen'], 'Én har valgt emne', '# har valgt emne')} · ${plural(p['none'], 'én uden ønske', '# uden ønske')} · ${plural(p['waiting'], 'én mangler at svare', '# mangler at svare')}`,
  'teams.discussion.signup.topic_count': (p: Params) =>
    plural(p['count'], 'én har valgt det', '# har valgt det'),

  'teams.discussion.signup.withdraw_role': 'Ingen rolle',
  'teams.discussion.signup.mine': (p: Params) => `Dit valg: ${p['choice']}.`,
  'teams.discussion.signup.mine_none': 'Du har ikke valgt endnu.',
  'teams.discussion.signup.mine_no_preference': 'intet ønske — du sættes, hvor der er brug for dig',
  'teams.discussion.signup.mine_role': (p: Params) => ` Du har meldt dig som ${p['role']}.`,
  'teams.discussion.signup.not_participant':
    'Du er ikke med i denne gruppedrøftelse (har du meldt afbud, er din suppleant inviteret).',
  'teams.discussion.signup.closed': 'Tilmeldingen er lukket.',
  'teams.discussion.signup.proposal_waiting':
    'Tilmeldingen er lukket. Sekretariatet ser på grupperne og sender dem snart ud.',
  'teams.discussion.signup.for_secretariat': 'Til sekretariatet:',

  'teams.discussion.signup.show_mine': 'Vis mit valg',
  'teams.discussion.announced.heading': 'Grupperne er sendt ud',
  'teams.discussion.announced.submitted': 'opsamling modtaget',
  'teams.discussion.announced.waiting': 'venter på opsamling',
  'teams.discussion.announced.due': (p: Params) => `Opsamlingerne senest ${p['due']}.`,

  // the proposal

  'teams.discussion.proposal.none':
    'Der er ingen grupper endnu. Tryk «Dan grupper», når tilmeldingen er slut (eller før).',
  'teams.discussion.proposal.formed': (p: Params) => `Dannet ${p['when']} af ${p['by']}.`,
  'teams.discussion.proposal.by_deadline': 'fristen',

  'teams.discussion.proposal.manual': 'flyttet i hånden',
  'teams.discussion.proposal.move_heading': 'Flyt deltager',

  'teams.discussion.proposal.role_heading': 'Skift rolle',

  'teams.discussion.proposal.reform_note': 'Dan igen beholder alt, der er flyttet i hånden.',
  'teams.discussion.proposal.announce': 'Udsend grupperne',
  'teams.discussion.proposal.moved': (p: Params) =>
    `${p['name']} er flyttet til gruppe ${p['group']}.`,
  'teams.discussion.proposal.role_set': (p: Params) =>
    `${p['name']} er nu ${p['role']} i gruppe ${p['group']}.`,
  'teams.discussion.proposal.reformed':
    'Grupperne er dannet igen; det flyttede i hånden er beholdt.',
  'teams.discussion.proposal.formed_now': 'Grupperne er dannet.',
  'teams.discussion.announce.confirm_title': 'Udsend grupperne?',
  'teams.discussion.announce.confirm_text': (p: Params) =>
    `Hver deltager får sin gruppe, sit emne, rummet, spørgsmålene og de andre i gruppen i en direkte besked, og hver af de ${p['groups']} grupper får en besked i tråden. Det kan ikke trækkes tilbage.`,
  'teams.discussion.announce.confirm': 'Ja, udsend',
  'teams.discussion.announce.done': (p: Params) =>
    `Grupperne til «${p['title']}» er sendt ud: hver deltager får en direkte besked.`,
  'teams.discussion.confirm.cancelled': 'Intet er ændret.',

  // a group's messages
  'teams.discussion.group.heading': (p: Params) =>
    `Din gruppe i «${p['title']}»: gruppe ${p['group']}`,
  'teams.discussion.group.thread_heading': (p: Params) => `Gruppe ${p['group']} — ${p['topic']}`,
  'teams.discussion.group.questions': 'Spørgsmål til drøftelsen',
  'teams.discussion.group.members': 'Deltagere',
  'teams.discussion.group.window': (p: Params) => `Drøftelsen: ${p['window']}`,
  'teams.discussion.group.you_write': (p: Params) =>
    `Du skriver gruppens opsamling, senest ${p['due']}.`,

  'teams.discussion.group.text': (p: Params) =>
    `Du er i gruppe ${p['group']} i «${p['title']}» (${p['topic']}).`,
  'teams.discussion.group.summary_in': (p: Params) =>
    `Opsamlingen er modtaget (revision ${p['revision']}).`,

  // reminders
  'teams.discussion.reminder.sign_up': (p: Params) =>
    `Husk at vælge emne til gruppedrøftelsen «${p['title']}» senest ${p['deadline']}.`,
  'teams.discussion.reminder.proposal': (p: Params) =>
    `Tilmeldingen til «${p['title']}» er slut, og grupperne er dannet. Se forslaget, og udsend grupperne.`,
  'teams.discussion.reminder.summary_before': (p: Params) =>
    `Husk gruppe ${p['group']}s opsamling fra «${p['title']}» senest ${p['due']}.`,
  'teams.discussion.reminder.summary_due': (p: Params) =>
    `Fristen for gruppe ${p['group']}s opsamling fra «${p['title']}» er nået (${p['due']}), og opsamlingen er sendt til rådet uden den. Vil gruppen stadig bidrage, så skriv til sekretariatet.`,

  // the summary card
  'teams.discussion.summary.heading': (p: Params) => `Opsamling fra gruppe ${p['group']}`,
  'teams.discussion.summary.intro': (p: Params) =>
    `«${p['title']}», ${p['topic']}. Ét svar pr. spørgsmål; du kan rette indtil ${p['due']}.`,
  'teams.discussion.summary.revision': (p: Params) =>
    `Sendt ${p['revision'] === 1 ? 'én gang' : `${p['revision']} gange`}, sidst af ${p['by']}.`,
  'teams.discussion.summary.cut':
    'Teksten er for lang til kortet og er forkortet her. Lader du feltet stå, beholdes hele den gemte tekst.',
  'teams.discussion.summary.submit': 'Send opsamling',
  'teams.discussion.summary.saved': (p: Params) =>
    p['revision'] === 1
      ? `Gruppe ${p['group']}s opsamling er modtaget. Du kan rette den indtil ${p['due']}.`
      : `Gruppe ${p['group']}s opsamling er rettet (revision ${p['revision']}).`,
  'teams.discussion.summary.all_in': 'Alle grupper har sendt: opsamlingen er sendt til rådet.',
  'teams.discussion.summary.reloaded':
    'Dine ændringer er ikke gemt. Felterne viser din tekst; send igen for at gemme den over den nye version.',

  // "grupper"

  'teams.discussion.status.none': 'Der er ingen åbne gruppedrøftelser.',
  'teams.discussion.status.phase.sign_up': (p: Params) =>
    `Tilmelding til ${p['deadline']} · ${plural(p['signed'], 'én har svaret', '# har svaret')}`,
  'teams.discussion.status.phase.proposal':
    'Tilmeldingen er slut: forslaget venter på at blive sendt ud.',
  'teams.discussion.status.phase.announced': (p: Params) =>
    `Grupperne er sendt ud · ${p['submitted']} af ${p['groups']} opsamlinger modtaget · senest ${p['due']}`,
  'teams.discussion.status.phase.compiled': 'Opsamlingen er sendt til rådet.',

  'teams.discussion.compile.confirm_text': (p: Params) =>
    `Opsamlingen sendes til rådets kanal med de ${p['submitted']} af ${p['groups']} grupper, der har sendt. De øvrige står som manglende; de kan stadig sende indtil ${p['due']}.`,
  'teams.discussion.compile.confirm': 'Ja, saml op',
  'teams.discussion.compile.done': (p: Params) =>
    `Opsamlingen fra «${p['title']}» er sendt til rådets kanal.`,

  // the opsamling
  'teams.discussion.opsamling.heading': 'Opsamling fra gruppedrøftelser',
  'teams.discussion.opsamling.missing': (p: Params) => `Ingen opsamling fra: ${p['groups']}.`,

  'teams.discussion.opsamling.in_hearing':
    'Opsamlingen er sendt i høring til kommentering og supplering.',
  'teams.discussion.comments.heading': 'Send opsamlingen i høring til kommentering og supplering',
  'teams.discussion.comments.intro':
    'Rådet kan kommentere og supplere opsamlingen indtil fristen. Teksten er hentet fra opsamlingen; ret den gerne.',
  'teams.discussion.comments.submit': 'Send i høring',
  'teams.discussion.comments.done':
    'Opsamlingen er sendt i høring til kommentering og supplering. Høringen kommer i rådets kanal.',
} as const;
