/**
 * Danish, the default language. Wording follows the councils' own minutes:
 * høring, frist, Indstilling, vedtaget, afbud, inhabilitet, suppleant.
 */
type Params = Readonly<Record<string, string | number>>;

export const da = {
  // errors (codes from src/domain/errors.ts)
  'error.not_on_roster': 'Du er ikke registreret i rådet — kontakt sekretariatet.',
  'error.not_allowed_to_open': 'Kun sekretariatet og formandskabet kan sende sager i høring.',
  'error.not_allowed_to_manage': 'Kun sekretariatet og formandskabet kan ændre eller lukke en høring.',
  'error.no_voting_right': 'Du har ikke stemmeret i rådet. Du kan følge høringen, men ikke stemme.',
  'error.seat_held_by_substitute':
    'Du har meldt afbud, så din suppleant har stemmeretten i denne høring. Kontakt sekretariatet, hvis du vil trække afbuddet tilbage.',
  'error.substitute_not_active':
    'Du kan kun stemme som suppleant, når dit medlem har meldt afbud.',
  'error.recused': 'Du har erklæret dig inhabil i denne sag og deltager derfor ikke i høringen.',
  'error.hearing_not_found': 'Høringen findes ikke. Tjek nummeret, eller se dine åbne høringer med «mine høringer».',
  'error.hearing_not_open': 'Høringen er ikke åben længere — den er lukket eller trukket tilbage.',
  'error.deadline_passed': 'Fristen for høringen er overskredet, så der kan ikke længere stemmes.',
  'error.deadline_in_past': (p: Params) =>
    `Fristen skal ligge mindst ${p['minutes']} minutter ude i fremtiden. Vælg en senere dato eller tid.`,
  'error.deadline_too_far': (p: Params) =>
    `Fristen må højst ligge ${p['days']} dage ude i fremtiden. Vælg en tidligere dato.`,
  'error.deadline_unchanged': 'Den nye frist er den samme som den gamle.',
  'error.choice_not_in_mode': 'Det svar passer ikke til denne type høring.',
  'error.reason_required': 'Skriv en begrundelse — den er påkrævet for dette svar.',
  'error.comment_required': 'Skriv dit høringssvar i tekstfeltet.',
  'error.no_ballot_to_withdraw': 'Du har ikke afgivet et svar, der kan trækkes tilbage.',
  'error.already_recused': 'Din inhabilitet i denne sag er allerede registreret.',
  'error.member_not_found': 'Medlemmet findes ikke i rådets medlemsliste.',
  'error.council_not_found': 'Rådet findes ikke. Indlæs først en medlemsliste (roster import).',
  'error.absence_period_invalid': 'Perioden for afbud er ugyldig: «til» skal være samme dag eller senere end «fra», og ikke i fortiden.',
  'error.roster_invalid': 'Medlemslisten har fejl og er ikke indlæst.',
  'error.invalid_input': (p: Params) => `${p['field']}: ${p['problem']}`,
  'error.store_unavailable': 'Rådsbot kan ikke nå sin database lige nu. Prøv igen om lidt — intet er gået tabt.',
  'error.unexpected': 'Noget gik galt hos Rådsbot. Prøv igen; sker det igen, så kontakt sekretariatet.',

  // what is wrong with one field
  'problem.required': 'skal udfyldes.',
  'problem.too_long': (p: Params) => `må højst være ${p['limit']} tegn.`,
  'problem.too_small': (p: Params) => `skal være mindst ${p['limit']}.`,
  'problem.too_big': (p: Params) => `må højst være ${p['limit']}.`,
  'problem.invalid_option': (p: Params) => `vælg en af: ${p['options']}.`,
  'problem.invalid_date': 'skal være en gyldig dato (ÅÅÅÅ-MM-DD), fx 2026-11-28.',
  'problem.invalid_time': 'skal være et klokkeslæt (TT:MM), fx 12:00.',
  'problem.invalid_agenda_item': 'skal være et punktnummer som 0.1.1.',
  'problem.invalid_slack_team': 'skal være et Slack team-id (begynder med T).',
  'problem.invalid_slack_user': 'skal være et Slack bruger-id (begynder med U eller W).',
  'problem.invalid_time_zone': 'skal være en tidszone som Europe/Copenhagen.',
  'problem.invalid_yaml': 'filen er ikke gyldig YAML.',
  'problem.invalid_csv': 'filen er ikke gyldig CSV (tjek kolonner og anførselstegn).',
  'problem.invalid': 'er ugyldig.',
  'problem.duplicate_id': (p: Params) => `id «${p['id']}» er brugt to gange.`,
  'problem.substitute_without_member': 'en suppleant skal have «substituteFor» (det medlem, suppleanten træder ind for).',
  'problem.substitute_for_unknown': (p: Params) => `«${p['id']}» findes ikke i listen.`,
  'problem.substitute_for_non_seat': (p: Params) => `«${p['id']}» har ikke en plads med stemmeret.`,
  'problem.second_substitute': (p: Params) => `«${p['id']}» har allerede suppleanten «${p['other']}».`,
  'problem.substitute_for_on_non_substitute': 'kun en suppleant kan have «substituteFor».',
  'problem.identity_taken': (p: Params) => `chat-identiteten tilhører allerede «${p['other']}».`,
  'roster.problem_line': (p: Params) => `Linje ${p['line']}, felt «${p['field']}»: ${p['problem']}`,

  // field names, as the forms label them
  'field.title': 'Titel',
  'field.proposal': 'Indstilling',
  'field.agendaItem': 'Dagsordenspunkt',
  'field.mode': 'Type',
  'field.deadlineDate': 'Fristdato',
  'field.deadlineTime': 'Fristtidspunkt',
  'field.deadline': 'Frist',
  'field.reason': 'Begrundelse',
  'field.choice': 'Svar',
  'field.hearingId': 'Høring',
  'field.councilId': 'Råd',
  'field.actorId': 'Bruger',
  'field.memberId': 'Medlem',
  'field.from': 'Fra',
  'field.to': 'Til',
  'field.rules.quorum': 'Beslutningsdygtighed',
  'field.rules.majority': 'Flertal',
  'field.format': 'Filformat',
  'field.text': 'Fil',

  // hearing vocabulary
  'mode.vote': 'Afstemning',
  'mode.silence': 'Stiltiende godkendelse',
  'mode.comments': 'Høringssvar',
  'choice.for': 'For',
  'choice.against': 'Imod',
  'choice.abstain': 'Undlader at stemme',
  'choice.objection': 'Indsigelse',
  'choice.comment': 'Høringssvar',
  'state.draft': 'Kladde',
  'state.open': 'Åben',
  'state.closed': 'Lukket',
  'state.cancelled': 'Trukket tilbage',
  'outcome.adopted': 'Vedtaget',
  'outcome.rejected': 'Forkastet',
  'outcome.no_quorum': 'Ikke beslutningsdygtig',
  'outcome.noted': 'Taget til efterretning',
  'majority.simple': 'Simpelt flertal',
  'majority.absolute': 'Absolut flertal',
  'majority.two_thirds': 'To tredjedeles flertal',
  'ballot.named': 'Navngivne stemmer',
  'ballot.secret': 'Hemmelig afstemning',
  'results.live': 'Stemmer vises løbende',
  'results.after_close': 'Resultat vises efter fristen',

  // hearing messages
  'hearing.deadline': (p: Params) => `Frist: ${p['when']}`,
  'hearing.agenda_item': (p: Params) => `Dagsordenspunkt ${p['item']}`,
  'hearing.counts': (p: Params) =>
    `For: ${p['for']} · Imod: ${p['against']} · Undlader: ${p['abstain']} — ${p['responded']} af ${p['eligible']} har svaret`,
  'hearing.counts_silence': (p: Params) =>
    `Indsigelser: ${p['objections']} — ${p['responded']} af ${p['eligible']} har svaret`,
  'hearing.counts_comments': (p: Params) => `${p['comments']} høringssvar fra ${p['eligible']} pladser`,
  'hearing.counts_hidden': (p: Params) => `${p['responded']} af ${p['eligible']} har svaret. Resultatet vises efter fristen.`,
  'hearing.your_ballot': (p: Params) => `Du har stemt ${p['choice']} — du kan ændre indtil fristen.`,
  'hearing.your_ballot_substitute': (p: Params) =>
    `Du har stemt ${p['choice']} som suppleant for ${p['member']} — du kan ændre indtil fristen.`,
  'hearing.your_objection': 'Du har gjort indsigelse — du kan trække den tilbage indtil fristen.',
  'hearing.your_comment': 'Dit høringssvar er modtaget — du kan ændre det indtil fristen.',
  'hearing.not_answered': 'Du har ikke svaret endnu.',
  'hearing.silence_explainer': 'Forslaget er vedtaget, medmindre der gøres indsigelse inden fristen.',
  'hearing.opened': (p: Params) => `Ny høring: ${p['title']}`,
  'hearing.closed': (p: Params) => `Høringen «${p['title']}» er afsluttet: ${p['outcome']}.`,
  'hearing.cancelled': (p: Params) => `Høringen «${p['title']}» er trukket tilbage.`,
  'hearing.deadline_moved': (p: Params) => `Fristen for «${p['title']}» er flyttet til ${p['when']}.`,
  'hearing.reminder': (p: Params) =>
    `Påmindelse: Du har endnu ikke svaret på høringen «${p['title']}». Fristen er ${p['when']}.`,
  'hearing.reminder_substitute': (p: Params) =>
    `Påmindelse: Du holder ${p['member']}s plads, som har meldt afbud. Høringen «${p['title']}» mangler svar; fristen er ${p['when']}.`,
  'hearing.recused': (p: Params) => `${p['name']} har erklæret sig inhabil.`,
  'hearing.closed_by.deadline': 'Lukket ved fristens udløb.',
  'hearing.closed_by.all_responded': 'Lukket før tid: alle pladser har svaret.',
  'hearing.closed_by.member': (p: Params) => `Lukket af ${p['name']}.`,
  'ballot.recorded': (p: Params) => `Din stemme er registreret: ${p['choice']}.`,
  'ballot.changed': (p: Params) => `Din stemme er ændret fra ${p['from']} til ${p['to']}.`,
  'ballot.withdrawn': 'Dit svar er trukket tilbage.',
  'absence.recorded_hearing': (p: Params) => `Afbud registreret for høringen «${p['title']}». Din suppleant har nu stemmeretten.`,
  'absence.recorded_period': (p: Params) => `Afbud registreret fra ${p['from']} til ${p['to']}. Din suppleant har stemmeretten i perioden.`,
  'recusal.recorded': 'Din inhabilitet er registreret, og din plads indgår ikke i høringen.',

  // help
  'help.title': 'Rådsbot — hjælp',
  'help.intro': 'Rådsbot samler rådets høringer ét sted. Du kan skrive:',
  'help.command.help': 'hjælp — viser denne hjælp',
  'help.command.new': 'ny høring — sender en sag i høring (sekretariat og formandskab)',
  'help.command.mine': 'mine høringer — dine åbne høringer og dine svar',
  'help.command.absence': 'afbud — meld afbud, så din suppleant kan stemme',
  'help.unknown': (p: Params) => `Jeg forstod ikke «${p['text']}».`,
} as const;

export type MessageKey = keyof typeof da;
