/** The afbud modal's ids, as Slack sends them back to us. */
export const absenceCallbackId = 'register_absence';

/** Block ids of the afbud modal's inputs; they equal the use case's field names. */
export const absenceBlocks = {
  hearing: 'hearingId',
  from: 'from',
  to: 'to',
  meeting: 'meetingId',
} as const;
