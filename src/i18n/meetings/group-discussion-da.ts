import type { Params } from '../messages.ts';

/** Danish for the opsamling of a group discussion as the referat prints it under its item. */
export const groupDiscussionDa = {
  'error.group_discussion_meeting_closed': (p: Params) =>
    p['status'] === 'minutes_approved'
      ? 'Referatet af mødet er godkendt, så opsamlingen fra gruppedrøftelsen kan ikke længere komme med i det. Intet er ændret.'
      : 'Mødet tager ikke imod opsamlingen fra gruppedrøftelsen. Intet er ændret.',
  'meeting.minutes.group_discussion.heading': (p: Params) =>
    `Opsamling fra gruppedrøftelser: ${p['title']}`,
  'meeting.minutes.group_discussion.topic': (p: Params) => `Emne ${p['key']} – ${p['title']}`,
  'meeting.minutes.group_discussion.group': (p: Params) =>
    p['submitted'] === 'yes'
      ? `Gruppe ${p['key']}`
      : `Gruppe ${p['key']} – afleverede ingen opsamling`,
  'meeting.minutes.group_discussion.no_answer': 'Intet svar.',
  'meeting.minutes.group_discussion.notes': 'Øvrige noter',
  'meeting.minutes.group_discussion.missing': (p: Params) =>
    `Grupper uden opsamling: ${p['groups']}.`,
  /** The button on a D item that sets up a group discussion on it. */
  'meeting.item.start_discussion': 'Start gruppedrøftelse',
} as const;
