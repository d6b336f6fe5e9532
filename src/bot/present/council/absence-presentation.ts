import type { RegisteredAbsence } from '../../../app/council/register-absence.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { t } from '../../../i18n/council/index.ts';

/**
 * "Afbud registreret …", said back to the member on every surface: that their
 * substitute now holds the seat, or, for a member without one, that nobody does.
 */
export function absenceRecordedText(
  locale: Locale,
  absence: Pick<RegisteredAbsence, 'substituteName'>,
  what: { readonly title: string } | { readonly from: string; readonly to: string },
): string {
  const alone = absence.substituteName === undefined;
  return 'title' in what
    ? t(locale, alone ? 'absence.recorded_hearing_alone' : 'absence.recorded_hearing', {
        title: what.title,
      })
    : t(locale, alone ? 'absence.recorded_period_alone' : 'absence.recorded_period', {
        from: what.from,
        to: what.to,
      });
}
