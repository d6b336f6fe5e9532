import { format } from 'date-fns';
import { da as danish, enGB } from 'date-fns/locale';
import type { Council, Locale } from '../../../domain/council/council.ts';
import { inZone } from '../../../domain/council/council-time.ts';
import { t } from '../../../i18n/discussions/index.ts';

/**
 * A discussion's times as people read them, in the council's zone and in
 * the meetings' wording: "torsdag 3. december 2026 kl. 12.00".
 */

const dateOf = (local: string) => local.split('T')[0] ?? local;
const timeOf = (local: string) => local.split('T')[1] ?? '';

/** "13.00" in Danish, "13:00" in English. */
export const clockText = (locale: Locale, time: string): string =>
  locale === 'da' ? time.replace(':', '.') : time;

/** "3. december 2026" / "3 December 2026". */
export function dateText(locale: Locale, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(year, month - 1, day);
  return locale === 'da'
    ? format(date, 'd. MMMM yyyy', { locale: danish })
    : format(date, 'd MMMM yyyy', { locale: enGB });
}

/** "torsdag" / "Thursday". */
function weekdayText(locale: Locale, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  return format(new Date(year, month - 1, day), 'EEEE', {
    locale: locale === 'da' ? danish : enGB,
  });
}

/** A council-local 'YYYY-MM-DDTHH:mm' with its weekday (a deadline): "torsdag 3. december 2026 kl. 12.00". */
export const localTimeText = (locale: Locale, local: string): string =>
  t(locale, 'discussion.present.moment', {
    weekday: weekdayText(locale, dateOf(local)),
    date: dateText(locale, dateOf(local)),
    time: clockText(locale, timeOf(local)),
  });

/** From–to in council time: "3. december 2026 kl. 10.00–12.00", or both in full across days. */
export function spanText(locale: Locale, from: string, to: string): string {
  if (dateOf(from) === dateOf(to))
    return t(locale, 'discussion.present.span_same_day', {
      date: dateText(locale, dateOf(from)),
      from: clockText(locale, timeOf(from)),
      to: clockText(locale, timeOf(to)),
    });
  return t(locale, 'discussion.present.span', {
    from: localTimeText(locale, from),
    to: localTimeText(locale, to),
  });
}

/** An ISO instant (when something happened) as council time. */
export const instantText = (council: Council, iso: string): string =>
  localTimeText(
    council.locale,
    format(inZone(new Date(iso), council.timeZone), "yyyy-MM-dd'T'HH:mm"),
  );
