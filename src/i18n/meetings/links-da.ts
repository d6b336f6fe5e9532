import type { Params } from '../messages.ts';

/** Danish for links to the referat: made on the command line (later in chat), opened in a browser. */
export const linksDa = {
  'error.minutes_link_expired':
    'Linket til referatet er udløbet. Bed om et nyt link til referatet.',
  // Says nothing about why: a forged link learns nothing from the answer.
  'error.minutes_link_invalid': 'Linket findes ikke.',
  'field.validForMinutes': 'Gyldighed',
  'meeting.minutes.file_name': (p: Params) => `Referat ${p['title']} ${p['date']}`,
  'meeting.minutes.link_page_expired_title': 'Linket er udløbet',
  'meeting.minutes.link_page_not_found_title': 'Linket findes ikke',
  'cli.meeting.minutes.link': (p: Params) =>
    `Link til referatet som ${p['format'] === 'md' ? 'Markdown' : 'Word'}, gyldigt til ${p['until']}:\n${p['url']}`,
  'cli.meeting.minutes.link_valid': (p: Params) =>
    `--valid: skriv, hvor længe linket skal virke, fx 7d (dage), 12t (timer) eller 30m (minutter); højst ${p['max']} dage. Du skrev «${p['valid']}».`,
  'cli.meeting.minutes.link_needs_meeting':
    '--url giver et link til referatet af et gemt møde: angiv mødet (se «meeting list»), ikke en fil.',
  'cli.meeting.minutes.link_or_out':
    'Vælg enten --url (et link til referatet) eller --out (referatet som fil), ikke begge.',
} as const;
