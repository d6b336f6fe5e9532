import type { Params } from '../messages.ts';

/**
 * Danish for meetings: importing an agenda or minutes (dagsorden, referat).
 * The minutes' own words (Sagen kort, Indstilling, Beslutning …) are the UI.
 */
export const da = {
  // errors: the codes of src/domain/meetings/errors.ts
  'error.agenda_format_later': (p: Params) =>
    `Rådsbot kan endnu ikke læse ${String(p['format']).toUpperCase()}-filer; det kommer i et senere trin. Gem dokumentet som tekst (.txt) eller Markdown (.md), og prøv igen.`,
  'error.agenda_text_empty': 'Filen er tom: der er ingen dagsorden eller noget referat at læse.',
  'error.meeting_status_invalid': 'Mødet kan ikke skifte til den status fra den, det har nu.',

  // command line
  'cli.help.meetings': `  npm run cli -- meeting import FIL --dry-run [--json]            vis, hvad en dagsorden eller et referat (.txt, .md) giver, uden at gemme noget
  npm run cli -- meeting minutes FIL [--format md] [--out FIL]    referatet som Markdown af en dagsorden eller et referat (.txt, .md); «meeting minutes MØDE» for et gemt møde kommer, når møder kan gemmes`,
  'cli.meeting.missing_file':
    'Angiv filen efter «meeting import»: en dagsorden eller et referat som tekst (.txt) eller Markdown (.md).',
  'cli.meeting.store_later':
    'Rådsbot kan endnu ikke gemme møder. Tilføj --dry-run for at se, hvad filen giver. Intet er ændret.',
  'cli.meeting.unknown_format': (p: Params) =>
    `${p['path']} er hverken tekst, Markdown, Word eller PDF. Gem dokumentet som tekst (.txt) eller Markdown (.md), og prøv igen.`,

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
    'Angiv filen efter «meeting minutes»: en dagsorden eller et referat som tekst (.txt) eller Markdown (.md).',
  'cli.meeting.minutes.format': (p: Params) =>
    `Referatet kan endnu kun laves som Markdown (--format md), ikke som ${p['format']}; Word (.docx) kommer i et senere trin.`,
  'cli.meeting.minutes.unplaced': (p: Params) =>
    Number(p['count']) === 1
      ? `Én linje i filen kunne ikke placeres og er ikke med i referatet. Se den med: npm run cli -- meeting import ${p['path']} --dry-run`
      : `${p['count']} linjer i filen kunne ikke placeres og er ikke med i referatet. Se dem med: npm run cli -- meeting import ${p['path']} --dry-run`,
  'cli.meeting.minutes.written': (p: Params) => `Referatet er skrevet til ${p['path']}.`,
  'cli.meeting.minutes.cannot_write': (p: Params) => `Kan ikke skrive til filen ${p['path']}.`,
} as const;
