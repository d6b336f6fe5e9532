import type { Params } from '../messages.ts';
import { filesDa } from './files-da.ts';
import { linksDa } from './links-da.ts';
import { remindersDa } from './reminders-da.ts';
import { slackDa } from './slack-da.ts';
import { publishChatDa } from './publish-chat-da.ts';
import { invitationDa } from './invitation-da.ts';
import { slackItemsDa } from './slack-items-da.ts';
import { teamsAgendaDa } from './teams-agenda-da.ts';
import { minutesChatDa } from './minutes-chat-da.ts';
import { fixesChatDa } from './fixes-chat-da.ts';
import { decisionsDa } from './decisions-da.ts';
import { attendanceDa } from './attendance-da.ts';
import { homeDa } from './home-da.ts';
import { importChatDa } from './import-chat-da.ts';
import { afbudChatDa } from './afbud-chat-da.ts';
import { groupDiscussionDa } from './group-discussion-da.ts';

/**
 * Danish for meetings: importing an agenda or minutes (dagsorden, referat).
 * The minutes' own words (Sagen kort, Indstilling, Beslutning …) are the UI.
 */
export const da = {
  ...decisionsDa,
  ...attendanceDa,
  ...homeDa,
  ...importChatDa,
  ...afbudChatDa,
  ...groupDiscussionDa,
  // errors: the codes of src/domain/meetings/errors.ts
  'error.agenda_text_empty': 'Filen er tom: der er ingen dagsorden eller noget referat at læse.',
  'error.meeting_status_invalid': 'Mødet kan ikke skifte til den status fra den, det har nu.',

  // command line
  'cli.help.meetings': `  npm run cli -- meeting create --title T --start "ÅÅÅÅ-MM-DD TT:MM" --end TT:MM --as ID
        [--place STED] [--link URL] [--afbud-deadline "ÅÅÅÅ-MM-DD TT:MM"]   sæt et møde i kalenderen
  npm run cli -- meeting list [--council ID]                      møderne, de kommende først
  npm run cli -- meeting show MØDE                                mødet og dets nummererede punkter
  npm run cli -- meeting import FIL [--meeting MØDE] --as ID      gem en dagsorden eller et referat (.txt, .md, .docx, .pdf) i mødet, eller som et nyt møde
  npm run cli -- meeting import FIL --dry-run [--json]            vis, hvad en dagsorden eller et referat (.txt, .md, .docx, .pdf) giver, uden at gemme noget
  npm run cli -- meeting move MØDE --start "ÅÅÅÅ-MM-DD TT:MM" [--end TT:MM] [--afbud-deadline "ÅÅÅÅ-MM-DD TT:MM"] --as ID
                                                                  flyt mødet; påmindelserne flytter med
  npm run cli -- meeting publish MØDE --as ID                     udsend dagsordenen: rådet får besked, og påmindelserne planlægges
  npm run cli -- meeting invitation MØDE [--out FIL.ics]          mødet som kalenderinvitation (Outlook m.fl.)
  npm run cli -- meeting afbud MØDE --as ID [--reason TEKST] [--for MEDLEM] [--withdraw]  meld afbud til mødet (suppleanten får pladsen), eller træk det tilbage
  npm run cli -- meeting coming MØDE --as ID                      sig, at du kommer (trækker et afbud tilbage)
  npm run cli -- meeting attendance MØDE                          hvem kommer, hvem har meldt afbud, hvilken suppleant har hvilken plads
  npm run cli -- meeting attendance MØDE --add NAVN --organisation ORG [--note TEKST] [--presenter] --as ID   tilføj en gæst eller oplægsholder
  npm run cli -- meeting attendance MØDE --remove NAVN --as ID    fjern en gæst eller oplægsholder
  npm run cli -- meeting decide MØDE PUNKT --as ID                vis udkastet til punktets beslutning (fra en afsluttet høring) og revisionen
  npm run cli -- meeting decide MØDE PUNKT --text "…" [--revision N] --as ID   skriv eller ret beslutningen (--from-hearing: høringens resultat)
  npm run cli -- meeting noted MØDE PUNKT --as ID                 «Taget til efterretning» på et O-punkt
  npm run cli -- meeting decisions MØDE [PUNKT]                   hvem der skrev og ændrede beslutningerne, og hvornår
  npm run cli -- meeting followup list [--meeting MØDE] [--all]   opfølgningsarket: punkterne fra B-punkternes beslutninger
  npm run cli -- meeting followup set MØDE/PUNKT [--owner NAVN] [--due ÅÅÅÅ-MM-DD] [--status open|in-progress|done] --as ID
                                                                  ret ejer, frist eller status for et punkt på opfølgningsarket
  npm run cli -- meeting minutes MØDE|FIL [--format md] [--out FIL]  referatet som Markdown af et gemt møde, eller af en dagsorden eller et referat (.txt, .md, .docx, .pdf)
  npm run cli -- meeting minutes MØDE|FIL --format docx --out FIL.docx  referatet som Word-dokument med overskrifter og indholdsfortegnelse
  npm run cli -- meeting minutes MØDE --url [--format docx|md] [--valid 7d]  et link til referatet, der udløber (højst 30d); Word er standard
  npm run cli -- meeting approve MØDE --send --deadline "ÅÅÅÅ-MM-DD TT:MM" [--ended TT:MM] --as ID   send referatet til godkendelse (--ended: da mødet sluttede)
  npm run cli -- meeting approve MØDE --as ID [--comment TEKST]   godkend referatet (som deltager), evt. med en bemærkning
  npm run cli -- meeting approve MØDE --close --yes --as ID       markér referatet som godkendt (kan ikke fortrydes)
  npm run cli -- meeting approvals MØDE                           hvem har godkendt referatet, og hvem mangler
  npm run cli -- meeting cancel MØDE --as ID --yes                aflys mødet (kan ikke fortrydes)`,
  'cli.meeting.missing_file':
    'Angiv filen efter «meeting import»: en dagsorden eller et referat som tekst (.txt), Markdown (.md), Word (.docx) eller PDF.',
  'cli.meeting.unknown_format': (p: Params) =>
    `${p['path']} er hverken tekst, Markdown, Word (.docx) eller PDF. Gem dokumentet i et af de formater, og prøv igen.`,

  // stored meetings: create, list, show, import into a meeting, cancel
  'error.meeting_not_found': 'Mødet findes ikke. Tjek mødets nummer, fx m0001.',
  'cli.hint.meeting_not_found': 'Se møderne med «meeting list».',
  'error.meeting_changed_meanwhile':
    'Mødet blev ændret af en anden, mens du arbejdede (fx er referatet sendt til godkendelse). Se mødet igen, og prøv igen. Intet er gemt.',
  'cli.hint.meeting_changed_meanwhile': 'Se mødet med «meeting show MØDE».',
  'error.meeting_minutes_locked': (p: Params) =>
    p['status'] === 'minutes_approved'
      ? 'Referatet af mødet er godkendt, så dagsordenen kan ikke længere erstattes. Intet er ændret.'
      : 'Referatet af mødet er sendt til godkendelse, så dagsordenen kan ikke længere erstattes. Intet er ændret.',
  'error.agenda_import_without_items': (p: Params) =>
    `Filen gav ingen dagsordenspunkter, så mødets ${p['count']} punkter er ikke erstattet. Tjek, at filen er mødets dagsorden med nummererede punkter. Intet er ændret.`,
  'cli.hint.agenda_import_without_items': 'Se med --dry-run, hvad filen giver.',
  'error.agenda_import_drops_decisions': (p: Params) =>
    `Punkt ${p['items']} har en registreret beslutning, men findes ikke i filen; beslutningerne hører til punkternes numre. Ret filen, eller flyt beslutningerne først. Intet er ændret.`,
  'error.meeting_ended_before_start':
    'Mødet kan ikke være sluttet, før det begyndte. Angiv klokkeslættet, det sluttede, fx 15.45.',
  'cli.meeting.other_council': (p: Params) =>
    `Bemærk: filen nævner «${p['file']}», men mødet hører til ${p['council']}. Er det den rigtige fil?`,
  'error.meeting_time_skipped': (p: Params) =>
    `${String(p['time']).replace('T', ' kl. ')} findes ikke: uret springer en time frem til sommertid den nat. Vælg et andet tidspunkt.`,
  'error.meeting_cancelled': 'Mødet er aflyst og kan ikke ændres.',
  'error.meeting_end_before_start': 'Mødet skal slutte efter, at det begynder.',
  'error.meeting_time_missing': (p: Params) =>
    `Filen siger ikke, ${p['part'] === 'title' ? 'hvilket møde det er' : p['part'] === 'start' ? 'hvornår mødet begynder' : 'hvornår mødet slutter'}. Opret mødet først, og gem så filen i det. Intet er gemt.`,
  'cli.hint.meeting_time_missing':
    'Opret mødet med «meeting create», og importér filen med --meeting ID.',
  'error.not_allowed_to_manage_meetings':
    'Kun sekretariatet og formandskabet styrer møderne: opretter, flytter, importerer og aflyser dem og registrerer beslutninger.',
  'problem.invalid_date_time':
    'skal være en dato og et klokkeslæt (ÅÅÅÅ-MM-DD TT:MM), fx 2026-12-03 13:00.',
  'problem.invalid_link': 'skal være et link, der begynder med https://.',
  'cli.meeting.missing_title': 'Angiv mødets titel med --title, fx --title "Rådsmøde".',
  'cli.meeting.missing_start':
    'Angiv, hvornår mødet begynder, med --start "ÅÅÅÅ-MM-DD TT:MM", fx --start "2026-12-03 13:00".',
  'cli.meeting.missing_end': 'Angiv, hvornår mødet slutter, med --end TT:MM, fx --end 16:00.',
  'cli.meeting.missing_id': (p: Params) =>
    `Angiv mødets id efter «meeting ${p['command']}», fx m0001. Se dem med «meeting list».`,
  'cli.meeting.created': (p: Params) => `Mødet «${p['title']}» er oprettet [${p['id']}].`,
  'cli.meeting.imported_new': (p: Params) => `Gemt som et nyt møde: «${p['title']}» [${p['id']}].`,
  'cli.meeting.imported_into': (p: Params) => `Gemt i mødet «${p['title']}» [${p['id']}].`,
  'cli.meeting.cancel_needs_yes': (p: Params) =>
    `Aflys «${p['title']}» ${p['date']}? Det kan ikke fortrydes. Gentag kommandoen med --yes for at aflyse. Intet er ændret.`,
  'cli.meeting.cancelled': (p: Params) => `Mødet «${p['title']}» ${p['date']} er aflyst.`,
  'cli.meeting.none': 'Der er ingen møder endnu. Opret et med «meeting create».',
  'meeting.when': (p: Params) => `${p['date']} kl. ${p['from']}–${p['to']}`,
  'meeting.status.planned': 'planlagt',
  'meeting.status.agenda_published': 'dagsorden udsendt',
  'meeting.status.held': 'afholdt',
  'meeting.status.minutes_sent': 'referat sendt til godkendelse',
  'meeting.status.minutes_approved': 'referat godkendt',
  'meeting.status.cancelled': 'aflyst',
  'meeting.show.status': (p: Params) => `Status: ${p['status']}`,
  'meeting.show.cancelled_by': (p: Params) => `Aflyst af ${p['by']} ${p['date']} kl. ${p['time']}`,
  'meeting.show.afbud_deadline': (p: Params) => `Frist for afbud: ${p['date']} kl. ${p['time']}`,
  'meeting.show.no_items':
    'Dagsorden: ingen punkter endnu. Importér dem med «meeting import FIL --meeting ID».',

  // the preview of an import, as the secretariat reads it before anything is stored
  'meeting.preview.title': (p: Params) => `Møde: ${p['title']}`,
  'meeting.preview.council': (p: Params) => `Råd: ${p['council']}`,
  'meeting.preview.when': (p: Params) => `Tid: ${p['date']} kl. ${p['from']}–${p['to']}`,
  'meeting.preview.date': (p: Params) => `Dato: ${p['date']}`,
  'meeting.preview.ended': (p: Params) => `Mødet sluttede kl. ${p['time']}`,
  'meeting.preview.place': (p: Params) => `Sted: ${p['place']}`,
  'meeting.preview.online': (p: Params) => `Online: ${p['link']}`,
  'meeting.preview.unknown': 'ikke angivet',
  'meeting.preview.items': (p: Params) =>
    Number(p['count']) === 1 ? 'Dagsorden: 1 punkt' : `Dagsorden: ${p['count']} punkter`,
  'meeting.preview.attachments': (p: Params) => `${p['count']} bilag`,
  'meeting.preview.presenters': (p: Params) => `oplæg ved ${p['names']}`,
  'meeting.preview.attendance': (p: Params) =>
    Number(p['count']) === 1
      ? 'På mødet deltog 1 person:'
      : `På mødet deltog ${p['count']} personer:`,
  'meeting.preview.unplaced': (p: Params) =>
    Number(p['count']) === 1
      ? 'Én linje kunne ikke placeres — tjek den:'
      : `${p['count']} linjer kunne ikke placeres — tjek dem:`,
  'meeting.preview.unplaced_line': (p: Params) => `linje ${p['line']}: ${p['text']}`,
  'meeting.preview.all_placed': 'Alle linjer er placeret.',
  'meeting.preview.nothing_stored': 'Intet er gemt (--dry-run).',
  'meeting.field.sagen_kort': 'Sagen kort',
  'meeting.field.anledning': 'Anledning',
  'meeting.field.indstilling': 'Indstilling',
  'meeting.field.beslutning': 'Beslutning',
  'meeting.field.sagsfremstilling': 'Sagsfremstilling',
  // the generated referat (Markdown): the minutes' own words
  'meeting.minutes.document_title': (p: Params) => `Referat af ${p['title']}`,
  'meeting.minutes.untitled': 'Referat',
  'meeting.minutes.when': (p: Params) => `den ${p['date']}, kl. ${p['from']} til ${p['to']}`,
  'meeting.minutes.starts': (p: Params) => `den ${p['date']}, kl. ${p['from']}`,
  'meeting.minutes.date': (p: Params) => `den ${p['date']}`,
  'meeting.minutes.contents': 'Dagsordenspunkter',
  'meeting.minutes.presentation': 'Oplæg',
  'meeting.minutes.presenters': 'Oplægsholdere',
  'meeting.minutes.attachments': 'Bilag',
  'meeting.minutes.no_attachments': 'Ingen bilag til punktet.',
  'meeting.minutes.attended': 'På mødet deltog:',
  'meeting.minutes.from_organisation': (p: Params) => `Fra ${p['organisation']}:`,
  'meeting.minutes.group': (p: Params) => `${p['group']}:`,
  'cli.meeting.minutes.missing_file':
    'Angiv mødet eller filen efter «meeting minutes»: et gemt møde, eller en dagsorden eller et referat som tekst (.txt), Markdown (.md), Word (.docx) eller PDF.',
  'cli.meeting.minutes.format': (p: Params) =>
    `Referatet kan laves som Markdown (--format md) eller Word (--format docx), ikke som ${p['format']}.`,
  'cli.meeting.minutes.unplaced': (p: Params) =>
    Number(p['count']) === 1
      ? `Én linje i filen kunne ikke placeres og er ikke med i referatet. Se den med: npm run cli -- meeting import ${p['path']} --dry-run`
      : `${p['count']} linjer i filen kunne ikke placeres og er ikke med i referatet. Se dem med: npm run cli -- meeting import ${p['path']} --dry-run`,
  'cli.meeting.minutes.written': (p: Params) => `Referatet er skrevet til ${p['path']}.`,
  'cli.meeting.minutes.cannot_write': (p: Params) => `Kan ikke skrive til filen ${p['path']}.`,
  ...filesDa,
  ...linksDa,
  ...remindersDa,
  ...slackDa,
  ...publishChatDa,
  ...invitationDa,
  ...slackItemsDa,
  ...teamsAgendaDa,
  ...minutesChatDa,
  ...fixesChatDa,
} as const;
