import type { Params } from '../messages.ts';

/** Danish for the meeting's calendar invitation and its agenda as a document behind a link. */
export const invitationDa = {
  'meeting.invitation.file_name': (p: Params) => `Mødeindkaldelse ${p['title']} ${p['date']}`,
  'meeting.invitation.link': 'Tilføj til kalender (.ics)',
  'meeting.agenda.document_title': (p: Params) => `Dagsorden til ${p['title']}`,
  'meeting.agenda.file_name': (p: Params) => `Dagsorden ${p['title']} ${p['date']}`,
  'meeting.agenda.link': 'Hele dagsordenen (Word)',
} as const;
