import { format } from 'date-fns';
import { da as danish, enGB } from 'date-fns/locale';
import type { Locale } from '../../../domain/council/council.ts';

/** A council-local 'YYYY-MM-DD' as the minutes write it: "28. september 2023". */
export function localDate(locale: Locale, local: string): string {
  const [year, month, day] = local.slice(0, 10).split('-').map(Number) as [number, number, number];
  const date = new Date(year, month - 1, day);
  return locale === 'da'
    ? format(date, 'd. MMMM yyyy', { locale: danish })
    : format(date, 'd MMMM yyyy', { locale: enGB });
}

/** "13.00" / "13:00" from a council-local 'YYYY-MM-DDTHH:mm'. */
export const localTime = (locale: Locale, local: string): string => {
  const time = local.slice(11, 16);
  return locale === 'da' ? time.replace(':', '.') : time;
};

/** "28. september 2023, kl. 13.00" / "28 September 2023 at 13:00". */
export const localWhen = (locale: Locale, local: string): string =>
  locale === 'da'
    ? `${localDate(locale, local)}, kl. ${localTime(locale, local)}`
    : `${localDate(locale, local)} at ${localTime(locale, local)}`;
