import type { Locale } from '../../../domain/council/council.ts';
import type { Failure } from '../../../domain/errors.ts';
import { describeFailure, describeProblem } from '../../../i18n/shared/index.ts';

/**
 * The text under a modal field. The field's label is already shown above
 * it, so a bad input says only what is wrong ("skal udfyldes.").
 */
export function inlineError(
  locale: Locale,
  failure: Pick<Failure, 'code' | 'field' | 'params'>,
): string {
  return failure.code === 'invalid_input' && failure.field !== undefined
    ? describeProblem(locale, failure.params ?? {})
    : describeFailure(locale, failure);
}
