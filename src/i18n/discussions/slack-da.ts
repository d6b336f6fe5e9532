import type { Params } from '../messages.ts';

const plural = (count: unknown, one: string, many: string) => (Number(count) === 1 ? one : many);

/**
 * Danish for group discussions in Slack: the set-up form, the sign-up
 * message and its buttons, the proposal, the groups' messages, the summary
 * form and the opsamling. Spread into da.ts.
 */
export const slackDiscussionsDa = {
  'slack.discussion.stale':
    'Knappen peger ikke på en gruppedrøftelse, Rådsbot kender. Brug knapperne i den seneste besked.',
  'slack.discussion.not_allowed':
    'Kun sekretariatet og formandskabet kan styre gruppedrøftelser. Spørg sekretariatet, hvis noget skal ændres.',
  'slack.discussion.help.set_up':
    '`/raad gruppedroeftelse` — sæt en gruppedrøftelse op (emner, spørgsmål, grupper, frister, rum)',
  'slack.discussion.help.status':
    '`/raad grupper` — gruppedrøftelserne: tilmeldinger, forslag, hvilke grupper har indsendt; «Ret opsætning» retter frister, rum og emner',

  // the set-up form
  'slack.discussion.setup.submit': 'Start tilmelding',
  'slack.discussion.setup.from_item': (p: Params) => `Til punkt ${p['item']} på dagsordenen.`,
  'slack.discussion.setup.title_field': 'Drøftelsens titel',
  'slack.discussion.setup.topic_title': (p: Params) => `Emne ${p['key']}: titel`,
  'slack.discussion.setup.topic_questions': (p: Params) =>
    `Emne ${p['key']}: spørgsmål til grupperne`,
  'slack.discussion.setup.questions_hint': 'Ét spørgsmål pr. linje.',
  'slack.discussion.setup.sizing_kind': 'Grupperne',
  'slack.discussion.setup.sizing_size': 'Ønsket størrelse pr. gruppe',
  'slack.discussion.setup.sign_up_date': 'Tilmelding senest (dato)',
  'slack.discussion.setup.sign_up_time': 'Tilmelding senest (klokkeslæt)',
  'slack.discussion.setup.window_date': 'Drøftelsen (dato)',
  'slack.discussion.setup.window_start': 'Drøftelsen starter',
  'slack.discussion.setup.window_end': 'Drøftelsen slutter',
  'slack.discussion.setup.due_date': 'Opsamlinger senest (dato)',
  'slack.discussion.setup.due_time': 'Opsamlinger senest (klokkeslæt)',
  'slack.discussion.setup.rooms': 'Links til virtuelle rum',
  'slack.discussion.setup.rooms_hint':
    'Én linje: samme rum for alle grupper. Flere linjer: ét rum pr. gruppe, i gruppernes rækkefølge.',
  'slack.discussion.setup.required': 'Skal udfyldes.',
  'slack.discussion.setup.bad_value': 'Er ikke gyldig.',
  'slack.discussion.setup.bad_number': 'Skal være et helt tal, mindst 1.',
  'slack.discussion.setup.done_title': 'Gruppedrøftelse startet',
  'slack.discussion.setup.done': (p: Params) =>
    `«${p['title']}» er startet. Tilmeldingen står i Rådets kanal og lukker ${p['deadline']}.`,

  // the sign-up message
  'slack.discussion.sign_up.intro':
    'Vælg det emne, du helst vil drøfte, og meld dig gerne som ordstyrer eller referent.',
  'slack.discussion.compile.confirm_text':
    'Opsamlingen sendes til Rådets kanal med de opsamlinger, der er kommet ind. Grupper, der mangler, står som manglende.',
  'slack.discussion.compile.confirm': 'Saml op',
  'slack.discussion.compile.done': 'Opsamlingen er sendt til Rådets kanal.',

  // answers to the sign-up buttons (only the clicker sees them)
  'slack.discussion.choice.topic': (p: Params) => `Du har valgt ${p['choice']}.`,
  'slack.discussion.choice.none':
    'Du har intet ønske: du bliver sat, hvor grupperne har brug for dig.',
  'slack.discussion.choice.role': (p: Params) => `Du har meldt dig som ${p['role']}.`,
  'slack.discussion.choice.no_role': 'Du har ikke meldt dig som ordstyrer eller referent.',
  'slack.discussion.choice.until': (p: Params) => `Du kan ændre det indtil ${p['deadline']}.`,
  'slack.discussion.sign_up_closed': 'Tilmeldingen er lukket.',

  // the proposal
  'slack.discussion.proposal.not_announced':
    'Forslaget er kun vist for dig. Intet er sendt til deltagerne, før du trykker «Udsend grupperne».',
  'slack.discussion.proposal.group': (p: Params) => `*${p['group']}* · Emne ${p['topic']}`,
  'slack.discussion.proposal.roles': (p: Params) =>
    `Ordstyrer: ${p['ordstyrer']} · Referent: ${p['referent']}`,
  'slack.discussion.proposal.manual': (p: Params) =>
    `${p['count']} ${plural(p['count'], 'ændring', 'ændringer')} i hånden bevares, når grupperne dannes igen.`,
  'slack.discussion.proposal.more_groups': (p: Params) =>
    `… og ${p['count']} ${plural(p['count'], 'gruppe', 'grupper')} mere.`,
  'slack.discussion.button.move': 'Flyt deltager',
  'slack.discussion.button.announce': 'Udsend grupperne',
  'slack.discussion.announce.confirm_title': 'Udsend grupperne?',
  'slack.discussion.announce.confirm_text':
    'Hver deltager får sin gruppe, sit rum og spørgsmålene i en direkte besked, og hver gruppe får en besked i tråden. Det kan ikke trækkes tilbage.',
  'slack.discussion.announce.confirm': 'Udsend',
  'slack.discussion.announce.done': 'Grupperne er udsendt til deltagerne.',
  'slack.discussion.role.submit': 'Gem',
  'slack.discussion.edit.done':
    'Forslaget er ændret. Ændringen bevares, hvis grupperne dannes igen.',

  // a group, in a direct message and in the thread

  // reminders

  // the summary form
  'slack.discussion.summary.modal_title': 'Opsamling',
  'slack.discussion.summary.submit': 'Indsend',
  'slack.discussion.summary.intro': (p: Params) =>
    `Gruppe ${p['group']} · Emne ${p['topic']}. Du kan rette opsamlingen indtil ${p['deadline']}.`,
  'slack.discussion.summary.notes': 'Øvrige noter fra gruppen',
  'slack.discussion.summary.kept_long':
    'Svaret er længere, end Slack kan vise her, så det er forkortet. Hele teksten er gemt: lader du feltet stå uændret, beholdes den.',
  'slack.discussion.summary.done': (p: Params) =>
    `Gruppe ${p['group']}s opsamling er gemt (version ${p['revision']}). Du kan rette den indtil ${p['deadline']}.`,
  'slack.discussion.summary.all_in':
    'Alle grupper har indsendt: opsamlingen er sendt til Rådets kanal.',
  'slack.discussion.summary.bad_form':
    'Formularen kan ikke læses. Luk den og tryk «Skriv opsamling» igen.',

  // status
  'slack.discussion.status.none': 'Rådet har ingen åbne gruppedrøftelser.',
  'slack.discussion.status.more': (p: Params) => `… og ${p['count']} mere.`,
  'slack.discussion.status.proposal': 'Forslag til grupper dannet, ikke udsendt.',

  // the opsamling
  'slack.discussion.opsamling.modal_title': 'Opsamlingen',
  'slack.discussion.opsamling.heading': 'Opsamling fra gruppedrøftelser',
  'slack.discussion.opsamling.cut': 'Forkortet her. «Vis mere» viser hele opsamlingen.',
  'slack.discussion.opsamling.cut_modal':
    'Forkortet her. Hele opsamlingen står i referatet under punktet.',
  'slack.discussion.opsamling.in_hearing':
    'Opsamlingen er sendt i høring til kommentering og supplering.',
  'slack.discussion.button.show_more': 'Vis hele opsamlingen',
  'slack.discussion.comments.modal_title': 'Høring om opsamlingen',
  'slack.discussion.comments.deadline_date': 'Frist (dato)',
  'slack.discussion.comments.deadline_time': 'Frist (klokkeslæt)',
  'slack.discussion.comments.submit': 'Send i høring',
} as const;
