import type { Params } from '../messages.ts';

/** Danish for the meeting's calendar invitation behind a link. */
export const invitationDa = {
  'meeting.invitation.file_name': (p: Params) => `Mødeindkaldelse ${p['title']} ${p['date']}`,
  'meeting.invitation.link': 'Tilføj til kalender (.ics)',
} as const;
