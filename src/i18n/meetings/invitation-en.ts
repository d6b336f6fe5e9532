import type { Params } from '../messages.ts';

/** English for the meeting's calendar invitation and its agenda as a document behind a link. */
export const invitationEn = {
  'meeting.invitation.file_name': (p: Params) => `Meeting invitation ${p['title']} ${p['date']}`,
  'meeting.invitation.link': 'Add to calendar (.ics)',
  'meeting.agenda.document_title': (p: Params) => `Agenda of ${p['title']}`,
  'meeting.agenda.file_name': (p: Params) => `Agenda ${p['title']} ${p['date']}`,
  'meeting.agenda.link': 'The whole agenda (Word)',
} as const;
