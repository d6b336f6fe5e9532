/**
 * Every expected failure, as a code. The domain never speaks sentences:
 * src/i18n turns a code into Danish or English text.
 *
 * Here are the codes every capability shares. A capability declares its own
 * in src/domain/<capability>/errors.ts by adding them to `ErrorCodes`
 * (declaration merging), so `fail('hearing_not_found')` is type-checked
 * without this file knowing hearings.
 */
export const sharedErrorCodes = ['invalid_input', 'store_unavailable', 'outcome_unknown'] as const;

/** The codes of every capability; each capability's errors.ts adds its own. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by declaration merging
export interface ErrorCodes extends Record<(typeof sharedErrorCodes)[number], true> {}

export type ErrorCode = keyof ErrorCodes;

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
