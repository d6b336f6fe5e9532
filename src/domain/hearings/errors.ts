/** The failures of hearings: who may open and manage one, deadlines, answers. */
export const hearingErrorCodes = [
  // who may do what
  'not_allowed_to_open',
  'not_allowed_to_manage',
  'not_allowed_to_remind',
  // hearings
  'hearing_not_found',
  'hearing_not_open',
  'deadline_passed',
  'deadline_in_past',
  'deadline_too_far',
  'deadline_unchanged',
  'choice_not_in_mode',
  'reason_required',
  'comment_required',
  'no_ballot_to_withdraw',
  'already_recused',
  // a hearing on a meeting's agenda
  'agenda_item_needed_with_meeting',
  'agenda_item_not_on_meeting',
] as const;

declare module '../errors.ts' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging
  interface ErrorCodes extends Record<(typeof hearingErrorCodes)[number], true> {}
}
