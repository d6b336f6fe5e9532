/**
 * Every expected failure in the council's world, as a code. The domain never
 * speaks sentences: src/i18n turns a code into Danish or English text.
 */
export const errorCodes = [
  // who may do what
  'not_on_roster',
  'not_allowed_to_open',
  'not_allowed_to_manage',
  'not_allowed_to_remind',
  'no_voting_right',
  'seat_held_by_substitute',
  'substitute_not_active',
  'recused',
  'not_allowed_to_bind',
  'bound_to_other_council',
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
  // roster and absence (afbud)
  'member_not_found',
  'council_not_found',
  'absence_period_invalid',
  'roster_invalid',
  // input and infrastructure
  'invalid_input',
  'store_unavailable',
  'outcome_unknown',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/** A failure names its code and, where one input is at fault, that field. */
export interface Failure {
  readonly ok: false;
  readonly code: ErrorCode;
  readonly field?: string;
  readonly params?: Readonly<Record<string, string | number>>;
}

export interface Success<T> {
  readonly ok: true;
  readonly value: T;
}

export type Result<T> = Success<T> | Failure;

export const succeed = <T>(value: T): Success<T> => ({ ok: true, value });

export const fail = (
  code: ErrorCode,
  field?: string,
  params?: Record<string, string | number>,
): Failure => ({
  ok: false,
  code,
  ...(field === undefined ? {} : { field }),
  ...(params === undefined ? {} : { params }),
});
