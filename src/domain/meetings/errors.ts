/** The meetings' failures: importing an agenda or minutes, and a meeting's life. */
export const meetingErrorCodes = [
  // importing
  'agenda_format_later',
  'agenda_text_empty',
  // a meeting's life
  'meeting_status_invalid',
] as const;

declare module '../errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface ErrorCodes extends Record<(typeof meetingErrorCodes)[number], true> {}
}
