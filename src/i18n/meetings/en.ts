import type { Translation } from '../messages.ts';
import type { da } from './da.ts';

/** English for meetings. Every Danish key must exist here (typechecked). */
export const en = {
  'error.agenda_format_later': (p) =>
    `Rådsbot cannot read ${String(p['format']).toUpperCase()} files yet; that comes in a later step. Save the document as text (.txt) or Markdown (.md) and try again.`,
  'error.agenda_text_empty': 'The file is empty: there is no agenda or minutes to read.',
  'error.meeting_status_invalid': 'The meeting cannot move to that status from the one it has.',

  'cli.help.meetings': `  npm run cli -- meeting import FILE --dry-run [--json]           show what an agenda or minutes (.txt, .md) give, storing nothing
  npm run cli -- meeting minutes FILE [--format md] [--out FILE]  the minutes as Markdown from an agenda or minutes (.txt, .md); "meeting minutes MEETING" for a stored meeting comes when meetings are stored`,
  'cli.meeting.missing_file':
    'Give the file after "meeting import": an agenda or minutes as text (.txt) or Markdown (.md).',
  'cli.meeting.store_later':
    'Rådsbot cannot store meetings yet. Add --dry-run to see what the file gives. Nothing was changed.',
  'cli.meeting.unknown_format': (p) =>
    `${p['path']} is neither text, Markdown, Word nor PDF. Save the document as text (.txt) or Markdown (.md) and try again.`,

  'meeting.preview.title': (p) => `Meeting: ${p['title']}`,
  'meeting.preview.council': (p) => `Council: ${p['council']}`,
  'meeting.preview.when': (p) => `Time: ${p['date']} ${p['from']}–${p['to']}`,
  'meeting.preview.date': (p) => `Date: ${p['date']}`,
  'meeting.preview.ended': (p) => `The meeting ended at ${p['time']}`,
  'meeting.preview.place': (p) => `Place: ${p['place']}`,
  'meeting.preview.online': (p) => `Online link: ${p['link']}`,
  'meeting.preview.unknown': 'not given',
  'meeting.preview.items': (p) =>
    Number(p['count']) === 1 ? 'Agenda: 1 item' : `Agenda: ${p['count']} items`,
  'meeting.preview.attachments': (p) =>
    Number(p['count']) === 1 ? '1 attachment' : `${p['count']} attachments`,
  'meeting.preview.presenters': (p) => `presented by ${p['names']}`,
  'meeting.preview.attendance': (p) =>
    Number(p['count']) === 1 ? '1 person took part:' : `${p['count']} people took part:`,
  'meeting.preview.unplaced': (p) =>
    Number(p['count']) === 1
      ? 'One line could not be placed — please check it:'
      : `${p['count']} lines could not be placed — please check them:`,
  'meeting.preview.unplaced_line': (p) => `line ${p['line']}: ${p['text']}`,
  'meeting.preview.all_placed': 'Every line was placed.',
  'meeting.preview.nothing_stored': 'Nothing was stored (--dry-run).',
  'meeting.field.sagen_kort': 'Case in brief (Sagen kort)',
  'meeting.field.anledning': 'Occasion (Anledning)',
  'meeting.field.indstilling': 'Recommendation (Indstilling)',
  'meeting.field.beslutning': 'Decision (Beslutning)',
  'meeting.field.sagsfremstilling': 'Case presentation (Sagsfremstilling)',
  'meeting.minutes.document_title': (p) => `Minutes of ${p['title']}`,
  'meeting.minutes.untitled': 'Minutes',
  'meeting.minutes.when': (p) => `${p['date']}, ${p['from']} to ${p['to']}`,
  'meeting.minutes.starts': (p) => `${p['date']}, ${p['from']}`,
  'meeting.minutes.date': (p) => `${p['date']}`,
  'meeting.minutes.contents': 'Agenda items',
  'meeting.minutes.presentation': 'Presentation',
  'meeting.minutes.presenters': 'Presenters',
  'meeting.minutes.attachments': 'Attachments (Bilag)',
  'meeting.minutes.no_attachments': 'No attachments to this item.',
  'meeting.minutes.attended': 'Present at the meeting:',
  'meeting.minutes.from_organisation': (p) => `From ${p['organisation']}:`,
  'meeting.minutes.group': (p) => `${p['group']}:`,
  'cli.meeting.minutes.missing_file':
    'Give the file after "meeting minutes": an agenda or minutes as text (.txt) or Markdown (.md).',
  'cli.meeting.minutes.format': (p) =>
    `The minutes can only be made as Markdown (--format md) for now, not as ${p['format']}; Word (.docx) comes in a later step.`,
  'cli.meeting.minutes.unplaced': (p) =>
    Number(p['count']) === 1
      ? `One line of the file could not be placed and is not in the minutes. See it with: npm run cli -- meeting import ${p['path']} --dry-run`
      : `${p['count']} lines of the file could not be placed and are not in the minutes. See them with: npm run cli -- meeting import ${p['path']} --dry-run`,
  'cli.meeting.minutes.written': (p) => `The minutes were written to ${p['path']}.`,
  'cli.meeting.minutes.cannot_write': (p) => `Cannot write to the file ${p['path']}.`,
} satisfies Translation<typeof da>;
