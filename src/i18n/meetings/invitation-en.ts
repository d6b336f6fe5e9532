import type { Params } from '../messages.ts';

/** English for the meeting's calendar invitation behind a link. */
export const invitationEn = {
  'meeting.invitation.file_name': (p: Params) => `Meeting invitation ${p['title']} ${p['date']}`,
  'meeting.invitation.link': 'Add to calendar (.ics)',
} as const;
