import type { Params } from '../messages.ts';

/**
 * Danish for hearings: modes, answers, the hearing's messages and cards on
 * Slack and Teams, reminders, closing, and the CLI's hearing commands.
 * Wording follows the councils' own minutes: høring, frist, Indstilling, vedtaget, inhabilitet.
 */
export const da = {
  // errors: the codes of src/domain/hearings/errors.ts
  'error.not_allowed_to_open': 'Kun sekretariatet og formandskabet kan sende sager i høring.',
  'error.not_allowed_to_manage':
    'Kun sekretariatet og formandskabet kan ændre eller lukke en høring.',
  'error.not_allowed_to_remind':
    'Kun sekretariatet og formandskabet kan sende påmindelser om en høring.',
  'error.agenda_item_needed_with_meeting':
    'Angiv, hvilket punkt på mødets dagsorden høringen hører til (fx 2.1).',
  'error.agenda_item_not_on_meeting': (p: Params) =>
    `${p['title']} har intet punkt ${p['item']} på dagsordenen. Tjek punktets nummer på dagsordenen.`,
  'cli.hint.agenda_item_not_on_meeting': 'Se mødets dagsorden med «meeting show MØDE».',
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

  // what is wrong with one field
  'problem.invalid_agenda_item': 'skal være et punktnummer som 0.1.1.',

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
  'field.rules.quorum': 'Beslutningsdygtighed',
  'field.rules.majority': 'Flertal',
  'field.format': 'Filformat',

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

  // a deadline on a weekend or a public holiday is accepted, with a note
  'deadline.note.saturday': 'Fristen ligger på en lørdag.',
  'deadline.note.sunday': 'Fristen ligger på en søndag.',
  'deadline.note.holiday': (p: Params) => `Fristen ligger på en helligdag (${p['name']}).`,

  // what every surface says about a hearing
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
  'recusal.recorded': 'Din inhabilitet er registreret, og din plads indgår ikke i høringen.',
  'rules.heading': 'Regler',
  'hearing.new': 'Ny høring',
  'open_form.title_placeholder': 'Fx Udkast til beskæftigelsesplan 2027',
  'open_form.proposal_placeholder':
    'Indstillingen, som rådet tager stilling til: «Formandskabet indstiller, at …»',
  'open_form.time_hint': (p: Params) =>
    `Rådets tid (${p['zone']}). Fristen skal ligge mindst 10 minutter ude.`,
  'open_form.rule.close_all': 'Luk, så snart alle har svaret',
  'open_form.submit': 'Send i høring',
  'opened.heading': 'Høring sendt',
  'hearing.outcome': (p: Params) => `Resultat: ${p['outcome']}`,
  'mine.empty': 'Du har ingen åbne høringer lige nu.',
  'result.heading': (p: Params) => `Resultat af høringen «${p['title']}»`,
  'result.voters': (p: Params) => `${p['choice']}: ${p['names']}`,
  'result.no_answer': (p: Params) => `Ikke svaret: ${p['names']}`,
  'reminder.answer_here': 'Svar direkte her:',

  // managing an open hearing: the secretariat's and the chair group's section
  'manage.heading': 'Sekretariat og formandskab',
  'manage.unanswered': (p: Params) => `Mangler svar fra: ${p['names']}`,
  'manage.all_answered': 'Alle pladser har svaret.',
  'manage.remind_now': 'Påmind nu',
  'manage.close_now': 'Luk høringen nu',
  'manage.close_title': 'Luk høringen nu?',
  'manage.close_question': (p: Params) => `Vil du lukke høringen «${p['title']}» før fristen?`,
  'manage.close_confirm': 'Ja, luk høringen',
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

  // help
  'help.command.new': 'ny høring — sender en sag i høring (sekretariat og formandskab)',
  'help.command.mine': 'mine høringer — dine åbne høringer og dine svar',

  // command line (src/bot/cli): the secretariat types flags, so errors name them
  'cli.deadline.missing': (p: Params) =>
    `Angiv fristen med --deadline, fx «${p['iso']}», «+7d 12:00», «fredag 12:00» eller «i morgen 12:00».`,
  'cli.deadline.invalid': (p: Params) =>
    `--deadline «${p['text']}» kan ikke læses som en frist. Skriv fx «${p['iso']}», «+7d 12:00», «fredag 12:00» eller «i morgen 12:00».`,
  'cli.help.hearings': `  npm run cli -- hearing list [--council ID]                      vis åbne høringer
  npm run cli -- hearing open --as ID --title T --proposal P --deadline "+7d 12:00"  
        [--mode vote|silence|comments] [--agenda-item 0.1.1 [--meeting MØDE]] [--quorum 0.5]
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
  "i morgen 12:00", "i dag 16:00"                 i morgen / i dag`,
  'cli.missing.--deadline':
    'Angiv fristen med --deadline. Se hvordan fristen kan skrives med «npm run cli -- help».',
  'cli.missing.--title': 'Angiv sagens titel med --title, fx --title "Årshjul 2027".',
  'cli.missing.--proposal':
    'Angiv indstillingen med --proposal "…", eller læs den fra en fil med --proposal-file FIL.',
  'cli.missing.HØRING':
    'Angiv høringens id efter kommandoen. Se id’erne med «npm run cli -- hearing list».',
  'cli.arg.hearing': 'HØRING',
  'cli.arg.answer': 'svaret',
  'cli.unknown_choice': (p: Params) =>
    `Svaret «${p['word']}» kendes ikke her. Skriv ${p['words']}.`,
  'cli.missing_choice': (p: Params) => `Angiv dit svar efter høringens id: ${p['words']}.`,
  'cli.word.for': 'for',
  'cli.word.against': 'imod',
  'cli.word.abstain': 'undlader',
  'cli.word.objection': 'indsigelse',
  'cli.word.comment': 'kommentar',
  'cli.error.comment_required':
    'Skriv dit høringssvar efter --reason, fx --reason "Vi foreslår …".',
  'cli.error.reason_required':
    'Skriv en begrundelse efter --reason — den er påkrævet for dette svar, fx --reason "For dyrt.".',
  'cli.error.hearing_not_found':
    'Høringen findes ikke. Tjek id’et, eller se de åbne høringer med «npm run cli -- hearing list».',
  'cli.no_open_hearings': 'Ingen åbne høringer.',
  'cli.show.outcome': 'Resultat',
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
  'teams.form.intro': (p: Params) =>
    `Sendes i høring i ${p['council']}. Felter med * skal udfyldes.`,
  'teams.form.agenda_placeholder': 'Fx 0.1.1 (kan udelades)',
  'teams.form.ballot': 'Stemmer',
  'teams.form.results': 'Resultat',
  'teams.form.quorum.half': 'Halvdelen af pladserne skal svare',
  'teams.form.quorum.two_thirds': 'To tredjedele af pladserne skal svare',
  'teams.form.quorum.all': 'Alle pladser skal svare',
  'teams.form.quorum.none': 'Intet krav',
  'teams.form.rule.reason_against': 'Begrundelse påkrævet ved Imod',
  'teams.form.fix': 'Ret de markerede felter, og send igen. Intet er oprettet endnu.',
  'teams.opened.body': (p: Params) =>
    `«${p['title']}» er sendt i høring med frist ${p['when']}. Kortet med knapperne kommer i rådets kanal om et øjeblik.`,
  'teams.opened.no_channel':
    'Rådet har endnu ingen kanal i Teams: installér Rådsbot i rådets kanal, eller skriv «@Rådsbot tilknyt <råd-id>» dér. Imens kan medlemmerne svare via «mine høringer».',
  'teams.card.reason_placeholder': 'Skriv din begrundelse her',
  'teams.card.reason_required': (p: Params) => `Påkrævet ved ${p['choices']}.`,
  'teams.card.how_to':
    'Du kan ændre dit svar indtil fristen. Skriv «mine høringer» til Rådsbot for at se dine høringer.',
  'teams.card.show_mine': 'Vis mit svar',
  'teams.card.refresh': 'Opdatér',
  'teams.card.closed_done': (p: Params) => `Høringen er lukket: ${p['outcome']}.`,
  'teams.mine.heading': 'Dine åbne høringer',
  'teams.mine.more': (p: Params) => `… og ${p['count']} høringer mere.`,

  // Slack surface (src/bot/slack): what only chat with buttons and modals needs
  'slack.not_on_roster_home':
    'Du er ikke registreret i rådet — kontakt sekretariatet. Når du står på medlemslisten med din Slack-bruger, ser du dine høringer her.',
  'slack.hearing.how_to':
    'Du kan ændre dit svar indtil fristen. Se dine høringer under Rådsbots fane «Hjem» eller med /raad mine.',
  'slack.button.reason': 'Begrund …',
  'slack.open_modal.agenda_placeholder': 'Fx 0.1.1',
  'slack.open_modal.channel': 'Kanal',
  'slack.open_modal.channel_hint':
    'Høringen sendes hertil, og kanalen huskes som rådets kanal. Rådsbot skal være inviteret i kanalen (/invite @Rådsbot).',
  'slack.open_modal.channel_required': 'Vælg den kanal, høringen skal sendes til.',
  'slack.open_modal.rule.reason_against': 'Begrundelse påkrævet ved Imod',
  'slack.opened.body': (p: Params) =>
    `«${p['title']}» er sendt i høring i <#${p['channel']}> med frist ${p['when']}. Beskeden med knapperne kommer om et øjeblik.`,
  'slack.reason_modal.title': 'Begrund dit svar',
  'slack.reason_modal.submit': 'Send svar',
  'slack.reason_modal.required': 'Begrundelsen er påkrævet for dette svar.',
  'slack.reason_modal.optional': 'Begrundelsen vises sammen med din stemme.',
  'slack.home.title': 'Dine høringer',
  'slack.home.intro': (p: Params) => `Åbne høringer i ${p['council']}.`,
  'slack.home.empty':
    'Der er ingen åbne høringer lige nu. Når sekretariatet sender en sag i høring, kommer den her og i rådets kanal.',
  'slack.home.deadlines': 'Kommende frister',
  'slack.home.deadline_line': (p: Params) => `${p['when']} — ${p['title']}`,
  'slack.home.more': (p: Params) =>
    `… og ${p['count']} høringer mere. Skriv /raad mine for at se dem alle.`,
  'slack.home.footer': 'Skriv /raad hjaelp for at se alt, hvad Rådsbot kan.',
  'slack.help.hoering': '/hoering [titel] — send en sag i høring (sekretariat og formandskab)',
  'slack.help.new': '/raad ny — det samme som /hoering',
  'slack.help.mine': '/raad mine — dine åbne høringer med dine svar og knapperne',
  'slack.help.shortcut':
    'Beskedgenvejen «Send i høring» (⋮ på en besked) laver et udkast til en høring ud fra beskeden.',
  'slack.help.home':
    'Under fanen «Hjem» hos Rådsbot ser du dine åbne høringer og kommende frister.',
} as const;
