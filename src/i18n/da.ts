/**
 * Danish, the default language. Wording follows the councils' own minutes:
 * høring, frist, Indstilling, vedtaget, afbud, inhabilitet, suppleant.
 */
type Params = Readonly<Record<string, string | number>>;

export const da = {
  // errors (codes from src/domain/errors.ts)
  'error.not_on_roster': 'Du er ikke registreret i rådet — kontakt sekretariatet.',
  'error.not_allowed_to_open': 'Kun sekretariatet og formandskabet kan sende sager i høring.',
  'error.not_allowed_to_manage':
    'Kun sekretariatet og formandskabet kan ændre eller lukke en høring.',
  'error.not_allowed_to_remind':
    'Kun sekretariatet og formandskabet kan sende påmindelser om en høring.',
  'error.no_voting_right': 'Du har ikke stemmeret i rådet. Du kan følge høringen, men ikke stemme.',
  'error.seat_held_by_substitute':
    'Du har meldt afbud, så din suppleant har stemmeretten i denne høring. Kontakt sekretariatet, hvis du vil trække afbuddet tilbage.',
  'error.substitute_not_active': 'Du kan kun stemme som suppleant, når dit medlem har meldt afbud.',
  'error.recused': 'Du har erklæret dig inhabil i denne sag og deltager derfor ikke i høringen.',
  'error.not_allowed_to_bind': (p: Params) =>
    `Kun sekretariatet og formandskabet i ${p['council']} kan knytte en samtale til rådet.`,
  'error.bound_to_other_council': (p: Params) =>
    `Denne samtale hører til ${p['council']}. Kun sekretariatet eller formandskabet i ${p['council']} kan flytte den til et andet råd.`,
  'error.hearing_not_found':
    'Høringen findes ikke. Tjek nummeret, eller se listen over dine åbne høringer.',
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
  'error.absence_period_invalid':
    'Perioden for afbud er ugyldig: «til» skal være samme dag eller senere end «fra», og ikke i fortiden.',
  'error.roster_invalid': 'Medlemslisten har fejl og er ikke indlæst.',
  'error.invalid_input': (p: Params) => `${p['field']}: ${p['problem']}`,
  'error.store_unavailable':
    'Rådsbot kan ikke nå sin database lige nu. Prøv igen om lidt — intet er gået tabt.',
  'error.outcome_unknown':
    'Forbindelsen til databasen blev afbrudt, mens dit svar blev gemt, så vi ved ikke, om det kom med. Se høringen om lidt, og prøv igen, hvis dit svar ikke står der.',
  'error.unexpected':
    'Noget gik galt hos Rådsbot. Prøv igen; sker det igen, så kontakt sekretariatet.',

  // what is wrong with one field
  'problem.required': 'skal udfyldes.',
  'problem.too_long': (p: Params) => `må højst være ${p['limit']} tegn.`,
  'problem.too_small': (p: Params) => `skal være mindst ${p['limit']}.`,
  'problem.too_big': (p: Params) => `må højst være ${p['limit']}.`,
  'problem.invalid_option': (p: Params) => `vælg en af: ${p['options']}.`,
  'problem.invalid_date': (p: Params) =>
    p['example'] === undefined
      ? 'skal være en gyldig dato (ÅÅÅÅ-MM-DD).'
      : `skal være en gyldig dato (ÅÅÅÅ-MM-DD), fx ${p['example']}.`,
  'problem.invalid_time': 'skal være et klokkeslæt (TT:MM), fx 12:00.',
  'problem.invalid_agenda_item': 'skal være et punktnummer som 0.1.1.',
  'problem.invalid_slack_team': 'skal være et Slack team-id (begynder med T).',
  'problem.invalid_slack_user': 'skal være et Slack bruger-id (begynder med U eller W).',
  'problem.invalid_time_zone': 'skal være en tidszone som Europe/Copenhagen.',
  'problem.invalid_yaml': 'filen er ikke gyldig YAML.',
  'problem.invalid_csv': 'filen er ikke gyldig CSV (tjek kolonner og anførselstegn).',

  // a deadline on a weekend or a public holiday is accepted, with a note
  'deadline.note.saturday': 'Fristen ligger på en lørdag.',
  'deadline.note.sunday': 'Fristen ligger på en søndag.',
  'deadline.note.holiday': (p: Params) => `Fristen ligger på en helligdag (${p['name']}).`,
  // the CLI's --deadline, in the forms a secretary types
  'cli.deadline.missing': (p: Params) =>
    `Angiv fristen med --deadline, fx «${p['iso']}», «+7d 12:00», «fredag 12:00» eller «i morgen 12:00».`,
  'cli.deadline.invalid': (p: Params) =>
    `--deadline «${p['text']}» kan ikke læses som en frist. Skriv fx «${p['iso']}», «+7d 12:00», «fredag 12:00» eller «i morgen 12:00».`,
  'problem.invalid': 'er ugyldig.',
  'problem.duplicate_id': (p: Params) => `id «${p['id']}» er brugt to gange.`,
  'problem.substitute_without_member':
    'en suppleant skal have «substituteFor» (det medlem, suppleanten træder ind for).',
  'problem.substitute_for_unknown': (p: Params) => `«${p['id']}» findes ikke i listen.`,
  'problem.substitute_for_non_seat': (p: Params) => `«${p['id']}» har ikke en plads med stemmeret.`,
  'problem.second_substitute': (p: Params) =>
    `«${p['id']}» har allerede suppleanten «${p['other']}».`,
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
  'hearing.counts_comments': (p: Params) =>
    `${p['comments']} høringssvar fra ${p['eligible']} pladser`,
  'hearing.counts_hidden': (p: Params) =>
    `${p['responded']} af ${p['eligible']} har svaret. Resultatet vises efter fristen.`,
  'hearing.your_ballot': (p: Params) =>
    `Du har stemt ${p['choice']} — du kan ændre indtil fristen.`,
  'hearing.seat_person': (p: Params) => `${p['name']} (${p['organisation']})`,
  'hearing.seat_person_substitute': (p: Params) =>
    `${p['name']} (${p['organisation']}, suppleant for ${p['member']})`,
  'hearing.your_ballot_substitute': (p: Params) =>
    `Du har stemt ${p['choice']} som suppleant for ${p['member']} — du kan ændre indtil fristen.`,
  'hearing.your_objection': 'Du har gjort indsigelse — du kan trække den tilbage indtil fristen.',
  'hearing.your_comment': 'Dit høringssvar er modtaget — du kan ændre det indtil fristen.',
  'hearing.not_answered': 'Du har ikke svaret endnu.',
  'hearing.not_answered_substitute': (p: Params) =>
    `Du har ikke svaret endnu. Du svarer som suppleant for ${p['member']}, som har meldt afbud.`,
  'hearing.your_ballot_changed': (p: Params) =>
    `Din stemme er ændret fra ${p['from']} til ${p['to']} — du kan ændre indtil fristen.`,
  'hearing.your_ballot_changed_substitute': (p: Params) =>
    `Din stemme som suppleant for ${p['member']} er ændret fra ${p['from']} til ${p['to']} — du kan ændre indtil fristen.`,
  'hearing.your_final_ballot': (p: Params) => `Du stemte ${p['choice']}.`,
  'hearing.your_final_ballot_substitute': (p: Params) =>
    `Du stemte ${p['choice']} som suppleant for ${p['member']}.`,
  'hearing.your_final_objection': 'Du gjorde indsigelse.',
  'hearing.your_final_comment': 'Du afgav høringssvar.',
  'hearing.stance_secretariat': 'Du følger høringen som sekretariat og stemmer ikke selv.',
  'hearing.silence_explainer':
    'Forslaget er vedtaget, medmindre der gøres indsigelse inden fristen.',
  'hearing.opened': (p: Params) => `Ny høring: ${p['title']}`,
  'hearing.closed': (p: Params) => `Høringen «${p['title']}» er lukket: ${p['outcome']}.`,
  'hearing.cancelled': (p: Params) => `Høringen «${p['title']}» er trukket tilbage.`,
  'hearing.deadline_moved': (p: Params) =>
    `Fristen for «${p['title']}» er flyttet til ${p['when']}.`,
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
  'ballot.checking':
    'Vi tjekker din stemme … Forbindelsen til databasen blev afbrudt, mens den blev gemt. Du får besked her om et øjeblik.',
  'ballot.not_recorded': 'Din stemme blev ikke registreret. Prøv igen.',
  'ballot.unverified':
    'Vi kan stadig ikke nå databasen og ved ikke, om din stemme kom med. Se høringen om lidt, og prøv igen, hvis dit svar ikke står der.',
  'ballot.withdrawn': 'Dit svar er trukket tilbage.',
  'absence.recorded_hearing': (p: Params) =>
    `Afbud registreret for høringen «${p['title']}». Din suppleant har nu stemmeretten.`,
  'absence.recorded_period': (p: Params) =>
    `Afbud registreret fra ${p['from']} til ${p['to']}. Din suppleant har stemmeretten i perioden.`,
  'absence.recorded_hearing_alone': (p: Params) =>
    `Afbud registreret for høringen «${p['title']}». Du har ingen suppleant, så ingen stemmer for din plads i høringen.`,
  'absence.recorded_period_alone': (p: Params) =>
    `Afbud registreret fra ${p['from']} til ${p['to']}. Du har ingen suppleant, så ingen stemmer for din plads i perioden.`,
  'recusal.recorded': 'Din inhabilitet er registreret, og din plads indgår ikke i høringen.',
  // managing an open hearing: the secretariat's and the chair group's section
  'manage.heading': 'Sekretariat og formandskab',
  'manage.unanswered': (p: Params) => `Mangler svar fra: ${p['names']}`,
  'manage.all_answered': 'Alle pladser har svaret.',
  'manage.remind_now': 'Påmind nu',
  'manage.close_now': 'Luk høringen nu',
  'manage.close_title': 'Luk høringen nu?',
  'manage.close_question': (p: Params) => `Vil du lukke høringen «${p['title']}» før fristen?`,
  'manage.close_confirm': 'Ja, luk høringen',
  'manage.close_cancel': 'Fortryd',
  'manage.close_cancelled': 'Høringen er ikke lukket. Den er stadig åben.',
  'manage.closed_title': 'Høringen er lukket',
  'manage.closed': (p: Params) => `Høringen «${p['title']}» er lukket: ${p['outcome']}.`,
  'manage.close_changed':
    'Der er kommet nye svar, siden du trykkede. Se, hvad en lukning fører til nu, og bekræft igen:',
  'manage.preview.responded': (p: Params) => `${p['responded']} af ${p['eligible']} har svaret.`,
  'manage.preview.no_quorum': 'Lukkes høringen nu, er den ikke beslutningsdygtig.',
  'manage.preview.outcome': (p: Params) =>
    `Lukkes høringen nu, bliver resultatet: ${p['outcome']}${p['counts'] ? ` (${p['counts']})` : ''}.`,
  'manage.preview.hidden':
    'Lukkes høringen nu, gøres den op med de svar, der er afgivet. Resultatet vises, når den er lukket.',
  'manage.preview.no_more_answers': 'De, der ikke har svaret, kan ikke svare bagefter.',
  'manage.preview.count.for': (p: Params) => `For ${p['count']}`,
  'manage.preview.count.against': (p: Params) => `Imod ${p['count']}`,
  'manage.preview.count.abstain': (p: Params) => `Undlader ${p['count']}`,
  'manage.preview.count.objections': (p: Params) =>
    p['count'] === 1 ? '1 indsigelse' : `${p['count']} indsigelser`,
  'manage.reminded': (p: Params) =>
    `Påmindelse sendt til ${p['count']}, der ikke har svaret: ${p['names']}.`,
  'manage.remind_all_answered': 'Alle pladser har svaret, så der er ingen at påminde.',
  'manage.remind_too_soon': (p: Params) =>
    `Der er allerede sendt en påmindelse kl. ${p['at']}. Du kan påminde igen fra kl. ${p['next']}.`,
  // command line (src/bot/cli): the secretariat types flags, so errors name them
  // `npm run cli -- help`
  'cli.help': `Rådsbot — kommandolinje for sekretariatet

  npm run cli -- roster import FIL [--council ID] [--name NAVN]   indlæs medlemslisten (YAML eller CSV)
  npm run cli -- roster show [--council ID]                       vis medlemslisten
  npm run cli -- council list                                     vis rådene
  npm run cli -- workspace bind slack|teams ID [--council ID] [--force]  knyt et Slack-arbejdsområde/Teams-lejer til rådet
  npm run cli -- hearing list [--council ID]                      vis åbne høringer
  npm run cli -- hearing open --as ID --title T --proposal P --deadline "+7d 12:00"  
        [--mode vote|silence|comments] [--agenda-item 0.1.1] [--quorum 0.5]
        [--majority simple|absolute|two_thirds] [--secret] [--results-after-close]
        [--reason-with-against] [--close-when-all-answered] [--draft] [--proposal-file FIL]
  npm run cli -- hearing publish HØRING --as ID                   send en kladde (--draft) i høring
  npm run cli -- hearing show HØRING [--as ID]                    resultat, pladser og log
  npm run cli -- hearing vote HØRING SVAR --as ID [--reason TEKST]
        SVAR: for, imod eller undlader; indsigelse ved stiltiende godkendelse; kommentar
        ved høringssvar (teksten i --reason). Engelske ord (against, abstain …) virker også.
  npm run cli -- hearing withdraw HØRING --as ID                  træk dit svar tilbage
  npm run cli -- hearing deadline HØRING --deadline "…" --as ID   flyt fristen
  npm run cli -- hearing remind HØRING --as ID                    påmind dem, der ikke har svaret
  npm run cli -- hearing close HØRING --as ID                     luk før fristen
  npm run cli -- hearing cancel HØRING --as ID                    træk høringen tilbage
  npm run cli -- hearing afbud HØRING --as ID                     meld afbud til én høring
  npm run cli -- hearing afbud --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD --as ID
  npm run cli -- hearing inhabil HØRING --as ID                   erklær dig inhabil
  npm run cli -- hearing export HØRING [--format csv|json] [--out FIL]
        én række pr. plads: medlem, hvem der svarede (medlem eller suppleant), svar,
        begrundelse, tidspunkt og ændringer; --audit giver loggen i stedet.
        CSV er UTF-8 med BOM og ; som skilletegn (åbner direkte i dansk Excel).
        Ved hemmelig afstemning står svarene ikke ud for navnene, men som en optælling.

--deadline forstår (rådets lokale tid; uden klokkeslæt bliver det kl. 12.00):
  "ÅÅÅÅ-MM-DD 12:00" eller "ÅÅÅÅ-MM-DDT12:00"     en dato
  "+7d 12:00", "+2u 12:00"                        om 7 dage / 2 uger
  "fredag 12:00" eller "friday 12:00"             næste fredag (aldrig i dag)
  "i morgen 12:00", "i dag 16:00"                 i morgen / i dag

Tider er rådets lokale tid. --council kan udelades, når der kun er ét råd.
Afslutningskoder: 0 udført, 1 afvist, 2 forkert input, 3 databasen kan ikke nås.`,
  'cli.unknown_command': (p: Params) => `Ukendt kommando: «${p['text']}».`,
  'cli.choose_council': (p: Params) =>
    `Vælg rådet med --council, fx --council ${p['first']} (råd: ${p['ids']}).`,
  'cli.no_council_yet':
    'Der er ikke indlæst noget råd endnu. Indlæs medlemslisten med «npm run cli -- roster import FIL».',
  'cli.unknown_option': (p: Params) =>
    `Ukendt flag: ${p['option']}. Se de flag, kommandoerne tager, i hjælpen nedenfor.`,
  'cli.option_needs_value': (p: Params) => `Skriv en værdi efter ${p['option']}.`,
  'cli.option_takes_no_value': (p: Params) =>
    `${p['option']} tager ingen værdi; skriv blot ${p['option']}.`,
  'cli.flag_problem': (p: Params) => `${p['flag']}: ${p['problem']}`,
  'cli.missing': (p: Params) => `Angiv ${p['flag']}.`,
  'cli.missing.--as':
    'Angiv, hvem du handler som: --as og et id fra medlemslisten, fx --as sekretariat. Se id’erne med «npm run cli -- roster show».',
  'cli.missing.--deadline':
    'Angiv fristen med --deadline. Se hvordan fristen kan skrives med «npm run cli -- help».',
  'cli.missing.--title': 'Angiv sagens titel med --title, fx --title "Årshjul 2027".',
  'cli.missing.--proposal':
    'Angiv indstillingen med --proposal "…", eller læs den fra en fil med --proposal-file FIL.',
  'cli.missing.HØRING':
    'Angiv høringens id efter kommandoen. Se id’erne med «npm run cli -- hearing list».',
  'cli.missing.FIL': 'Angiv filen efter kommandoen: en medlemsliste i YAML eller CSV.',
  'cli.missing.workspace': (p: Params) =>
    `Angiv ${p['platform'] === 'slack' ? 'Slack-arbejdsområdets team-id (begynder med T)' : 'Teams-lejerens tenant-id'} efter «workspace bind ${p['platform']}».`,
  'cli.arg.hearing': 'HØRING',
  'cli.arg.file': 'FIL',
  'cli.arg.answer': 'svaret',
  'cli.unknown_choice': (p: Params) =>
    `Svaret «${p['word']}» kendes ikke her. Skriv ${p['words']}.`,
  'cli.missing_choice': (p: Params) => `Angiv dit svar efter høringens id: ${p['words']}.`,
  'cli.or': 'eller',
  'cli.word.for': 'for',
  'cli.word.against': 'imod',
  'cli.word.abstain': 'undlader',
  'cli.word.objection': 'indsigelse',
  'cli.word.comment': 'kommentar',
  'cli.error.comment_required':
    'Skriv dit høringssvar efter --reason, fx --reason "Vi foreslår …".',
  'cli.error.reason_required':
    'Skriv en begrundelse efter --reason — den er påkrævet for dette svar, fx --reason "For dyrt.".',
  'cli.error.absence_period_invalid':
    'Perioden for afbud er ugyldig: --to skal være samme dag som --from eller senere, og ikke i fortiden.',
  'cli.error.hearing_not_found':
    'Høringen findes ikke. Tjek id’et, eller se de åbne høringer med «npm run cli -- hearing list».',
  'cli.error.council_not_found':
    'Rådet findes ikke. Se rådene med «npm run cli -- council list», eller indlæs et med «npm run cli -- roster import FIL».',
  'cli.error.not_on_roster':
    'Id’et efter --as står ikke på rådets medlemsliste. Se id’erne med «npm run cli -- roster show».',
  'cli.error.member_not_found':
    'Id’et efter --as står ikke på rådets medlemsliste. Se id’erne med «npm run cli -- roster show».',
  'cli.cannot_read': (p: Params) => `Kan ikke læse filen ${p['path']}.`,
  'cli.cannot_write': (p: Params) => `Kan ikke skrive filen ${p['path']}.`,
  'cli.roster_imported': (p: Params) =>
    `Medlemslisten for ${p['name']} (${p['id']}) er indlæst: ${p['count']} personer.`,
  'cli.workspace_usage':
    'Angiv slack eller teams og arbejdsområdets id, fx «workspace bind slack T0123».',
  'cli.workspace_bound.slack': (p: Params) =>
    `Slack-arbejdsområdet ${p['id']} er nu knyttet til ${p['council']}.`,
  'cli.workspace_bound.teams': (p: Params) =>
    `Teams-lejeren ${p['id']} er nu knyttet til ${p['council']}.`,
  'cli.workspace_held.slack': (p: Params) =>
    `Slack-arbejdsområdet ${p['id']} er knyttet til ${p['holder']}. Tilføj --force for at flytte det til ${p['council']}; medlemmerne af ${p['holder']} kan så ikke længere bruge Rådsbot derfra.`,
  'cli.workspace_held.teams': (p: Params) =>
    `Teams-lejeren ${p['id']} er knyttet til ${p['holder']}. Tilføj --force for at flytte den til ${p['council']}; medlemmerne af ${p['holder']} kan så ikke længere bruge Rådsbot derfra.`,
  'cli.workspace_moved.slack': (p: Params) =>
    `Slack-arbejdsområdet ${p['id']} er flyttet fra ${p['from']} til ${p['council']}.`,
  'cli.workspace_moved.teams': (p: Params) =>
    `Teams-lejeren ${p['id']} er flyttet fra ${p['from']} til ${p['council']}.`,
  'cli.no_open_hearings': 'Ingen åbne høringer.',
  'cli.show.outcome': 'Resultat',
  'cli.show.rules': 'Regler',
  'cli.show.seats': 'Pladser:',
  'cli.show.recused': 'inhabil',
  'cli.show.answered': 'har svaret',
  'cli.show.not_answered': 'ikke svaret',
  'cli.show.audit': 'Log:',
  'cli.audit.cast': (p: Params) => `${p['who']} stemte ${p['choice']}`,
  'cli.audit.abstain': (p: Params) => `${p['who']} undlod at stemme`,
  'cli.audit.cast_secret': (p: Params) => `${p['who']} afgav sin stemme`,
  'cli.audit.objection': (p: Params) => `${p['who']} gjorde indsigelse`,
  'cli.audit.comment': (p: Params) => `${p['who']} afgav høringssvar`,
  'cli.audit.change': (p: Params) => `${p['who']} ændrede til ${p['choice']}`,
  'cli.audit.change_secret': (p: Params) => `${p['who']} ændrede sin stemme`,
  'cli.audit.change_comment': (p: Params) => `${p['who']} ændrede sit høringssvar`,
  'cli.audit.withdraw': (p: Params) => `${p['who']} trak sin stemme tilbage`,
  'cli.audit.withdraw_answer': (p: Params) => `${p['who']} trak sit svar tilbage`,
  'cli.audit.recusal': (p: Params) => `${p['who']} erklærede sig inhabil`,
  'cli.export.written': (p: Params) => `${p['rows']} rækker skrevet til ${p['path']}.`,
  'cli.export.col.seat': 'Plads',
  'cli.export.col.member': 'Medlem',
  'cli.export.col.organisation': 'Organisation',
  'cli.export.col.answered_by': 'Svaret af',
  'cli.export.col.acting_as': 'Som',
  'cli.export.col.answer': 'Svar',
  'cli.export.col.reason': 'Begrundelse',
  'cli.export.col.answered_at': 'Tidspunkt',
  'cli.export.col.changes': 'Ændringer',
  'cli.export.col.last_change': 'Sidst ændret',
  'cli.export.col.count': 'Antal',
  'cli.export.col.time': 'Tidspunkt',
  'cli.export.col.event': 'Hændelse',
  'cli.export.col.by': 'Af',
  'cli.export.acting.member': 'medlem',
  'cli.export.acting.substitute': 'suppleant',
  'cli.export.answered_secret': 'har svaret (hemmelig afstemning)',
  'cli.export.event.cast': 'svar afgivet',
  'cli.export.event.change': 'svar ændret',
  'cli.export.event.withdraw': 'svar trukket tilbage',
  'cli.export.event.recusal': 'inhabil',
  // Teams surface (src/bot/teams): what only Teams' cards and chats need
  'teams.not_bound':
    'Denne samtale er ikke knyttet til et råd i Rådsbot endnu. Sekretariatet knytter den til rådet ved at skrive «tilknyt <råd-id>» til Rådsbot her.',
  'teams.bind.invite': (p: Params) =>
    `Hej, jeg er Rådsbot. Sekretariatet knytter denne samtale til rådet ved at skrive «@Rådsbot tilknyt <råd-id>». Råd i Rådsbot: ${p['councils']}.`,
  'teams.bind.no_councils':
    'Hej, jeg er Rådsbot. Der er ikke indlæst noget råd endnu; sekretariatet indlæser først rådets medlemsliste.',
  'teams.bind.done_channel': (p: Params) =>
    `Denne samtale er nu rådets kanal for ${p['council']}. Nye høringer kommer her. Skriv «@Rådsbot hjælp» for at se, hvad jeg kan.`,
  'teams.bind.done_personal': (p: Params) =>
    `Personlige chats med Rådsbot i denne organisation hører nu til ${p['council']}.`,
  'teams.bind.usage': 'Skriv «tilknyt <råd-id>», fx «tilknyt rar-vest».',
  'teams.bind.unknown_council': (p: Params) =>
    `Rådet «${p['id']}» findes ikke. Råd i Rådsbot: ${p['councils']}.`,
  'teams.bind.confirm_heading': 'Flyt til et andet råd?',
  'teams.bind.confirm_channel': (p: Params) =>
    `Denne samtale hører i dag til ${p['from']}. Flyttes den til ${p['council']}, kommer ${p['from']}s høringer ikke længere her, og ${p['council']}s høringer kommer i stedet.`,
  'teams.bind.confirm_personal': (p: Params) =>
    `De personlige chats i denne organisation hører i dag til ${p['from']}. Flyttes de til ${p['council']}, kan ${p['from']}s medlemmer ikke længere bruge Rådsbot i deres personlige chat.`,
  'teams.bind.confirm_move': (p: Params) => `Ja, flyt til ${p['council']}`,
  'teams.bind.keep': 'Fortryd',
  'teams.bind.kept': (p: Params) => `Intet er ændret: samtalen hører stadig til ${p['from']}.`,
  'teams.welcome.channel': (p: Params) =>
    `Hej! Jeg er Rådsbot for ${p['council']}. Nye høringer kommer her i kanalen. Skriv «@Rådsbot hjælp» for at se, hvad jeg kan.`,
  'teams.welcome.personal': (p: Params) =>
    `Hej ${p['name']}! Jeg er Rådsbot. Her får du påmindelser om høringer, og med «mine høringer» ser og besvarer du dine åbne høringer. Skriv «hjælp» for mere.`,
  'teams.help.bind':
    'tilknyt <råd-id> — knytter denne kanal eller chat til rådet (sekretariat og formandskab)',
  'teams.help.channel_hint':
    'I en kanal eller gruppechat nævner du @Rådsbot først, fx «@Rådsbot mine høringer».',
  'teams.form.heading': 'Ny høring',
  'teams.form.intro': (p: Params) =>
    `Sendes i høring i ${p['council']}. Felter med * skal udfyldes.`,
  'teams.form.title_placeholder': 'Fx Udkast til beskæftigelsesplan 2027',
  'teams.form.proposal_placeholder':
    'Indstillingen, som rådet tager stilling til: «Formandskabet indstiller, at …»',
  'teams.form.agenda_placeholder': 'Fx 0.1.1 (kan udelades)',
  'teams.form.time_hint': (p: Params) =>
    `Rådets tid (${p['zone']}). Fristen skal ligge mindst 10 minutter ude.`,
  'teams.form.rules': 'Regler',
  'teams.form.ballot': 'Stemmer',
  'teams.form.results': 'Resultat',
  'teams.form.quorum.half': 'Halvdelen af pladserne skal svare',
  'teams.form.quorum.two_thirds': 'To tredjedele af pladserne skal svare',
  'teams.form.quorum.all': 'Alle pladser skal svare',
  'teams.form.quorum.none': 'Intet krav',
  'teams.form.rule.reason_against': 'Begrundelse påkrævet ved Imod',
  'teams.form.rule.close_all': 'Luk, så snart alle har svaret',
  'teams.form.submit': 'Send i høring',
  'teams.form.fix': 'Ret de markerede felter, og send igen. Intet er oprettet endnu.',
  'teams.opened.heading': 'Høring sendt',
  'teams.opened.body': (p: Params) =>
    `«${p['title']}» er sendt i høring med frist ${p['when']}. Kortet med knapperne kommer i rådets kanal om et øjeblik.`,
  'teams.opened.no_channel':
    'Rådet har endnu ingen kanal i Teams: installér Rådsbot i rådets kanal, eller skriv «@Rådsbot tilknyt <råd-id>» dér. Imens kan medlemmerne svare via «mine høringer».',
  'teams.card.reason_placeholder': 'Skriv din begrundelse her',
  'teams.card.reason_required': (p: Params) => `Påkrævet ved ${p['choices']}.`,
  'teams.card.outcome': (p: Params) => `Resultat: ${p['outcome']}`,
  'teams.card.how_to':
    'Du kan ændre dit svar indtil fristen. Skriv «mine høringer» til Rådsbot for at se dine høringer.',
  'teams.card.show_mine': 'Vis mit svar',
  'teams.card.refresh': 'Opdatér',
  'teams.card.closed_done': (p: Params) => `Høringen er lukket: ${p['outcome']}.`,
  'teams.mine.heading': 'Dine åbne høringer',
  'teams.mine.empty': 'Du har ingen åbne høringer lige nu.',
  'teams.mine.more': (p: Params) => `… og ${p['count']} høringer mere.`,
  'teams.absence.heading': 'Meld afbud',
  'teams.absence.hint':
    'Din suppleant får stemmeretten, mens du har afbud. Vælg én høring eller en periode.',
  'teams.absence.hearing': 'Til én høring',
  'teams.absence.hearing_placeholder': 'Vælg høring',
  'teams.absence.no_hearings': 'Der er ingen åbne høringer lige nu — meld afbud for en periode.',
  'teams.absence.period': 'Eller for en periode',
  'teams.absence.choose': 'Vælg en høring eller både «Fra» og «Til».',
  'teams.absence.submit': 'Meld afbud',
  'teams.result.heading': (p: Params) => `Resultat af høringen «${p['title']}»`,
  'teams.result.voters': (p: Params) => `${p['choice']}: ${p['names']}`,
  'teams.result.no_answer': (p: Params) => `Ikke svaret: ${p['names']}`,
  'teams.reminder.open': 'Svar direkte her:',

  // help
  'help.title': 'Rådsbot — hjælp',
  'help.intro': 'Rådsbot samler rådets høringer ét sted. Du kan skrive:',
  'help.command.help': 'hjælp — viser denne hjælp',
  'help.command.new': 'ny høring — sender en sag i høring (sekretariat og formandskab)',
  'help.command.mine': 'mine høringer — dine åbne høringer og dine svar',
  'help.command.absence': 'afbud — meld afbud, så din suppleant kan stemme',
  'help.unknown': (p: Params) => `Jeg forstod ikke «${p['text']}».`,
  // Slack surface (src/bot/slack): what only chat with buttons and modals needs
  'slack.not_bound': (p: Params) =>
    `Dette Slack-arbejdsområde (${p['teamId']}) er ikke knyttet til et råd i Rådsbot endnu. Bed sekretariatet om at knytte det til rådet; derefter virker /hoering og /raad her.`,
  'slack.not_on_roster_home':
    'Du er ikke registreret i rådet — kontakt sekretariatet. Når du står på medlemslisten med din Slack-bruger, ser du dine høringer her.',
  'slack.hearing.how_to':
    'Du kan ændre dit svar indtil fristen. Se dine høringer under Rådsbots fane «Hjem» eller med /raad mine.',
  'slack.hearing.outcome': (p: Params) => `Resultat: ${p['outcome']}`,
  'slack.hearing.result_heading': (p: Params) => `Resultat af høringen «${p['title']}»`,
  'slack.hearing.voters': (p: Params) => `${p['choice']}: ${p['names']}`,
  'slack.hearing.no_answer': (p: Params) => `Ikke svaret: ${p['names']}`,
  'slack.button.reason': 'Begrund …',
  'slack.modal.cancel': 'Annullér',
  'slack.modal.close': 'Luk',
  'slack.open_modal.title': 'Ny høring',
  'slack.open_modal.submit': 'Send i høring',
  'slack.open_modal.title_placeholder': 'Fx Udkast til beskæftigelsesplan 2027',
  'slack.open_modal.proposal_hint':
    'Indstillingen, som rådet tager stilling til: «Formandskabet indstiller, at …»',
  'slack.open_modal.agenda_placeholder': 'Fx 0.1.1',
  'slack.open_modal.time_hint': (p: Params) =>
    `Rådets tid (${p['zone']}). Fristen skal ligge mindst 10 minutter ude.`,
  'slack.open_modal.channel': 'Kanal',
  'slack.open_modal.channel_hint':
    'Høringen sendes hertil, og kanalen huskes som rådets kanal. Rådsbot skal være inviteret i kanalen (/invite @Rådsbot).',
  'slack.open_modal.channel_required': 'Vælg den kanal, høringen skal sendes til.',
  'slack.open_modal.rules': 'Regler',
  'slack.open_modal.rule.reason_against': 'Begrundelse påkrævet ved Imod',
  'slack.open_modal.rule.close_all': 'Luk, så snart alle har svaret',
  'slack.opened.title': 'Høring sendt',
  'slack.opened.body': (p: Params) =>
    `«${p['title']}» er sendt i høring i <#${p['channel']}> med frist ${p['when']}. Beskeden med knapperne kommer om et øjeblik.`,
  'slack.reason_modal.title': 'Begrund dit svar',
  'slack.reason_modal.submit': 'Send svar',
  'slack.reason_modal.required': 'Begrundelsen er påkrævet for dette svar.',
  'slack.reason_modal.optional': 'Begrundelsen vises sammen med din stemme.',
  'slack.absence_modal.title': 'Meld afbud',
  'slack.absence_modal.submit': 'Meld afbud',
  'slack.absence_modal.hint':
    'Din suppleant får stemmeretten, mens du har afbud. Vælg én høring eller en periode.',
  'slack.absence_modal.hearing': 'Til én høring',
  'slack.absence_modal.hearing_placeholder': 'Vælg høring',
  'slack.absence_modal.no_hearings':
    'Der er ingen åbne høringer lige nu — meld afbud for en periode.',
  'slack.absence_modal.choose': 'Vælg en høring eller både «Fra» og «Til».',
  'slack.absence_modal.done_title': 'Afbud registreret',
  'slack.home.title': 'Dine høringer',
  'slack.home.intro': (p: Params) => `Åbne høringer i ${p['council']}.`,
  'slack.home.empty':
    'Der er ingen åbne høringer lige nu. Når sekretariatet sender en sag i høring, kommer den her og i rådets kanal.',
  'slack.home.deadlines': 'Kommende frister',
  'slack.home.deadline_line': (p: Params) => `${p['when']} — ${p['title']}`,
  'slack.home.more': (p: Params) =>
    `… og ${p['count']} høringer mere. Skriv /raad mine for at se dem alle.`,
  'slack.home.new_hearing': 'Ny høring',
  'slack.home.footer': 'Skriv /raad hjaelp for at se alt, hvad Rådsbot kan.',
  'slack.mine.empty': 'Du har ingen åbne høringer lige nu.',
  'slack.help.hoering': '/hoering [titel] — send en sag i høring (sekretariat og formandskab)',
  'slack.help.new': '/raad ny — det samme som /hoering',
  'slack.help.mine': '/raad mine — dine åbne høringer med dine svar og knapperne',
  'slack.help.absence':
    '/raad afbud — meld afbud til en høring eller for en periode, så din suppleant kan stemme',
  'slack.help.help': '/raad hjaelp — viser denne hjælp',
  'slack.help.shortcut':
    'Beskedgenvejen «Send i høring» (⋮ på en besked) laver et udkast til en høring ud fra beskeden.',
  'slack.help.home':
    'Under fanen «Hjem» hos Rådsbot ser du dine åbne høringer og kommende frister.',
  'slack.reminder.open': 'Svar direkte her:',
  // `npm run cli -- help`, one block per capability (the old 'cli.help' is this text joined)
  'cli.help.title': `Rådsbot — kommandolinje for sekretariatet`,
  'cli.help.council': `  npm run cli -- roster import FIL [--council ID] [--name NAVN]   indlæs medlemslisten (YAML eller CSV)
  npm run cli -- roster show [--council ID]                       vis medlemslisten
  npm run cli -- council list                                     vis rådene
  npm run cli -- workspace bind slack|teams ID [--council ID] [--force]  knyt et Slack-arbejdsområde/Teams-lejer til rådet`,
  'cli.help.hearings': `  npm run cli -- hearing list [--council ID]                      vis åbne høringer
  npm run cli -- hearing open --as ID --title T --proposal P --deadline "+7d 12:00"  
        [--mode vote|silence|comments] [--agenda-item 0.1.1] [--quorum 0.5]
        [--majority simple|absolute|two_thirds] [--secret] [--results-after-close]
        [--reason-with-against] [--close-when-all-answered] [--draft] [--proposal-file FIL]
  npm run cli -- hearing publish HØRING --as ID                   send en kladde (--draft) i høring
  npm run cli -- hearing show HØRING [--as ID]                    resultat, pladser og log
  npm run cli -- hearing vote HØRING SVAR --as ID [--reason TEKST]
        SVAR: for, imod eller undlader; indsigelse ved stiltiende godkendelse; kommentar
        ved høringssvar (teksten i --reason). Engelske ord (against, abstain …) virker også.
  npm run cli -- hearing withdraw HØRING --as ID                  træk dit svar tilbage
  npm run cli -- hearing deadline HØRING --deadline "…" --as ID   flyt fristen
  npm run cli -- hearing remind HØRING --as ID                    påmind dem, der ikke har svaret
  npm run cli -- hearing close HØRING --as ID                     luk før fristen
  npm run cli -- hearing cancel HØRING --as ID                    træk høringen tilbage
  npm run cli -- hearing afbud HØRING --as ID                     meld afbud til én høring
  npm run cli -- hearing afbud --from ÅÅÅÅ-MM-DD --to ÅÅÅÅ-MM-DD --as ID
  npm run cli -- hearing inhabil HØRING --as ID                   erklær dig inhabil
  npm run cli -- hearing export HØRING [--format csv|json] [--out FIL]
        én række pr. plads: medlem, hvem der svarede (medlem eller suppleant), svar,
        begrundelse, tidspunkt og ændringer; --audit giver loggen i stedet.
        CSV er UTF-8 med BOM og ; som skilletegn (åbner direkte i dansk Excel).
        Ved hemmelig afstemning står svarene ikke ud for navnene, men som en optælling.`,
  'cli.help.notes': `--deadline forstår (rådets lokale tid; uden klokkeslæt bliver det kl. 12.00):
  "ÅÅÅÅ-MM-DD 12:00" eller "ÅÅÅÅ-MM-DDT12:00"     en dato
  "+7d 12:00", "+2u 12:00"                        om 7 dage / 2 uger
  "fredag 12:00" eller "friday 12:00"             næste fredag (aldrig i dag)
  "i morgen 12:00", "i dag 16:00"                 i morgen / i dag

Tider er rådets lokale tid. --council kan udelades, når der kun er ét råd.
Afslutningskoder: 0 udført, 1 afvist, 2 forkert input, 3 databasen kan ikke nås.`,
} as const;

export type MessageKey = keyof typeof da;
