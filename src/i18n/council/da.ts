import type { Params } from '../messages.ts';

/**
 * Danish for the council capability: roster, seats, afbud (absence) and which
 * Slack workspace or Teams conversation belongs to which council.
 */
export const da = {
  // errors: the codes of src/domain/council/errors.ts
  'error.not_on_roster': 'Du er ikke registreret i rådet — kontakt sekretariatet.',
  'error.no_voting_right': 'Du har ikke stemmeret i rådet. Du kan følge høringen, men ikke stemme.',
  'error.seat_held_by_substitute':
    'Du har meldt afbud, så din suppleant har stemmeretten i denne høring. Kontakt sekretariatet, hvis du vil trække afbuddet tilbage.',
  'error.substitute_not_active': 'Du kan kun stemme som suppleant, når dit medlem har meldt afbud.',
  'error.recused': 'Du har erklæret dig inhabil i denne sag og deltager derfor ikke i høringen.',
  'error.not_allowed_to_bind': (p: Params) =>
    `Kun sekretariatet og formandskabet i ${p['council']} kan knytte en samtale til rådet.`,
  'error.bound_to_other_council': (p: Params) =>
    `Denne samtale hører til ${p['council']}. Kun sekretariatet eller formandskabet i ${p['council']} kan flytte den til et andet råd.`,
  'error.member_not_found': 'Medlemmet findes ikke i rådets medlemsliste.',
  'error.council_not_found': 'Rådet findes ikke. Indlæs først en medlemsliste (roster import).',
  'error.absence_period_invalid':
    'Perioden for afbud er ugyldig: «til» skal være samme dag eller senere end «fra», og ikke i fortiden.',
  'error.roster_invalid': 'Medlemslisten har fejl og er ikke indlæst.',

  // what is wrong with one field
  'problem.invalid_slack_team': 'skal være et Slack team-id (begynder med T).',
  'problem.invalid_slack_user': 'skal være et Slack bruger-id (begynder med U eller W).',
  'problem.invalid_time_zone': 'skal være en tidszone som Europe/Copenhagen.',
  'problem.invalid_yaml': 'filen er ikke gyldig YAML.',
  'problem.invalid_csv': 'filen er ikke gyldig CSV (tjek kolonner og anførselstegn).',
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
  'field.memberId': 'Medlem',
  'field.from': 'Fra',
  'field.to': 'Til',
  'field.text': 'Fil',

  // afbud (absence), on every surface
  'absence.recorded_hearing': (p: Params) =>
    `Afbud registreret for høringen «${p['title']}». Din suppleant har nu stemmeretten.`,
  'absence.recorded_period': (p: Params) =>
    `Afbud registreret fra ${p['from']} til ${p['to']}. Din suppleant har stemmeretten i perioden.`,
  'absence.recorded_hearing_alone': (p: Params) =>
    `Afbud registreret for høringen «${p['title']}». Du har ingen suppleant, så ingen stemmer for din plads i høringen.`,
  'absence.recorded_period_alone': (p: Params) =>
    `Afbud registreret fra ${p['from']} til ${p['to']}. Du har ingen suppleant, så ingen stemmer for din plads i perioden.`,
  'absence.hint':
    'Din suppleant får stemmeretten, mens du har afbud. Vælg én høring eller en periode.',
  'absence.hearing': 'Til én høring',
  'absence.hearing_placeholder': 'Vælg høring',
  'absence.no_hearings': 'Der er ingen åbne høringer lige nu — meld afbud for en periode.',
  'absence.choose': 'Vælg en høring eller både «Fra» og «Til».',
  'absence.submit': 'Meld afbud',

  // help
  'help.command.absence': 'afbud — meld afbud, så din suppleant kan stemme',

  // command line (src/bot/cli): the secretariat types flags, so errors name them
  'cli.help.council': `  npm run cli -- roster import FIL [--council ID] [--name NAVN]   indlæs medlemslisten (YAML eller CSV)
  npm run cli -- roster show [--council ID]                       vis medlemslisten
  npm run cli -- council list                                     vis rådene
  npm run cli -- workspace bind slack|teams ID [--council ID] [--force]  knyt et Slack-arbejdsområde/Teams-lejer til rådet`,
  'cli.choose_council': (p: Params) =>
    `Vælg rådet med --council, fx --council ${p['first']} (råd: ${p['ids']}).`,
  'cli.no_council_yet':
    'Der er ikke indlæst noget råd endnu. Indlæs medlemslisten med «npm run cli -- roster import FIL».',
  'cli.missing.--as':
    'Angiv, hvem du handler som: --as og et id fra medlemslisten, fx --as sekretariat. Se id’erne med «npm run cli -- roster show».',
  'cli.missing.FIL': 'Angiv filen efter kommandoen: en medlemsliste i YAML eller CSV.',
  'cli.missing.workspace': (p: Params) =>
    `Angiv ${p['platform'] === 'slack' ? 'Slack-arbejdsområdets team-id (begynder med T)' : 'Teams-lejerens tenant-id'} efter «workspace bind ${p['platform']}».`,
  'cli.arg.file': 'FIL',
  'cli.error.absence_period_invalid':
    'Perioden for afbud er ugyldig: --to skal være samme dag som --from eller senere, og ikke i fortiden.',
  'cli.error.council_not_found':
    'Rådet findes ikke. Se rådene med «npm run cli -- council list», eller indlæs et med «npm run cli -- roster import FIL».',
  'cli.error.not_on_roster':
    'Id’et efter --as står ikke på rådets medlemsliste. Se id’erne med «npm run cli -- roster show».',
  'cli.error.member_not_found':
    'Id’et efter --as står ikke på rådets medlemsliste. Se id’erne med «npm run cli -- roster show».',
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
  'teams.bind.kept': (p: Params) => `Intet er ændret: samtalen hører stadig til ${p['from']}.`,
  'teams.welcome.channel': (p: Params) =>
    `Hej! Jeg er Rådsbot for ${p['council']}. Nye høringer kommer her i kanalen. Skriv «@Rådsbot hjælp» for at se, hvad jeg kan.`,
  'teams.welcome.personal': (p: Params) =>
    `Hej ${p['name']}! Jeg er Rådsbot. Her får du påmindelser om høringer, og med «mine høringer» ser og besvarer du dine åbne høringer. Skriv «hjælp» for mere.`,
  'teams.help.bind':
    'tilknyt <råd-id> — knytter denne kanal eller chat til rådet (sekretariat og formandskab)',
  'teams.absence.heading': 'Meld afbud',
  'teams.absence.period': 'Eller for en periode',

  // Slack surface (src/bot/slack): what only chat with buttons and modals needs
  'slack.not_bound': (p: Params) =>
    `Dette Slack-arbejdsområde (${p['teamId']}) er ikke knyttet til et råd i Rådsbot endnu. Bed sekretariatet om at knytte det til rådet; derefter virker /hoering og /raad her.`,
  'slack.absence_modal.done_title': 'Afbud registreret',
  'slack.help.absence':
    '/raad afbud — meld afbud til en høring eller for en periode, så din suppleant kan stemme',
} as const;
