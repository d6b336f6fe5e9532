import type { Params, Translation } from '../messages.ts';
import type { linksDa } from './links-da.ts';

/** English for links to the referat. */
export const linksEn: Translation<typeof linksDa> = {
  'error.minutes_link_expired': 'The link to the minutes has expired. Ask for a new link.',
  'error.minutes_link_invalid': 'This link does not exist.',
  'field.validForMinutes': 'Validity',
  'meeting.minutes.file_name': (p: Params) => `Minutes ${p['title']} ${p['date']}`,
  'meeting.minutes.link_page_expired_title': 'The link has expired',
  'meeting.minutes.link_page_not_found_title': 'No such link',
  'cli.meeting.minutes.link': (p: Params) =>
    `Link to the minutes as ${p['format'] === 'md' ? 'Markdown' : 'Word'}, valid until ${p['until']}:\n${p['url']}`,
  'cli.meeting.minutes.link_valid': (p: Params) =>
    `--valid: say how long the link should work, e.g. 7d (days), 12h (hours) or 30m (minutes); at most ${p['max']} days. You wrote "${p['valid']}".`,
  'cli.meeting.minutes.link_needs_meeting':
    '--url gives a link to the minutes of a stored meeting: name the meeting (see "meeting list"), not a file.',
  'cli.meeting.minutes.link_or_out':
    'Choose either --url (a link to the minutes) or --out (the minutes as a file), not both.',
};
