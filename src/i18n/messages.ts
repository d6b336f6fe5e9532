import { format } from 'date-fns';
import { da as daLocale, enGB } from 'date-fns/locale';
import type { Locale } from '../domain/council/council.ts';
import { inZone } from '../domain/council/council-time.ts';
import type { Failure } from '../domain/errors.ts';
import { da, type MessageKey } from './da.ts';
import { en } from './en.ts';

export type { MessageKey };
type Params = Readonly<Record<string, string | number>>;
type Entry = string | ((params: Params) => string);

const catalogs: Record<Locale, Record<MessageKey, Entry>> = { da, en };

/** Text for a code, in the council's language. */
export function t(locale: Locale, key: MessageKey, params: Params = {}): string {
  const entry = catalogs[locale][key];
  return typeof entry === 'function' ? entry(params) : entry;
}

const isKey = (key: string): key is MessageKey => key in da;

/**
 * A failure as one sentence a member can act on. For a bad field it names the
 * field as the form labels it and says what is wrong: "Fristdato: skal være en
 * gyldig dato (ÅÅÅÅ-MM-DD), fx …" (an example counted from today).
 */
export function describeFailure(
  locale: Locale,
  failure: Pick<Failure, 'code' | 'field' | 'params'>,
): string {
  if (failure.code !== 'invalid_input') return t(locale, `error.${failure.code}`, failure.params);
  return `${fieldLabel(locale, failure.field ?? 'input')}: ${describeProblem(locale, failure.params ?? {})}`;
}

export function fieldLabel(locale: Locale, field: string): string {
  const key = `field.${field}`;
  return isKey(key) ? t(locale, key) : field;
}

export function describeProblem(locale: Locale, params: Params): string {
  const key = `problem.${String(params['problem'] ?? 'invalid')}`;
  return t(locale, isKey(key) ? key : 'problem.invalid', params);
}

/** "fredag 28. november kl. 12.00" / "Friday 28 November at 12:00", in the council's zone. */
export function formatDeadline(locale: Locale, instant: Date | string, timeZone: string): string {
  const local = inZone(new Date(instant), timeZone);
  return locale === 'da'
    ? format(local, "EEEE d. MMMM 'kl.' HH.mm", { locale: daLocale })
    : format(local, "EEEE d MMMM 'at' HH:mm", { locale: enGB });
}

/** "10.42" / "10:42": a time of day in the council's zone. */
export function formatTimeOfDay(locale: Locale, instant: Date | string, timeZone: string): string {
  return format(inZone(new Date(instant), timeZone), locale === 'da' ? 'HH.mm' : 'HH:mm');
}

/** "28.11.2026" / "28/11/2026" */
export function formatDate(locale: Locale, isoDate: string): string {
  const [year, month, day] = isoDate.split('-');
  return locale === 'da' ? `${day}.${month}.${year}` : `${day}/${month}/${year}`;
}

/** "29. nov. kl. 10.42" / "29 Nov at 10:42": a moment in a record, in the council's zone. */
export function formatMoment(locale: Locale, instant: Date | string, timeZone: string): string {
  const local = inZone(new Date(instant), timeZone);
  return locale === 'da'
    ? format(local, "d. MMM 'kl.' HH.mm", { locale: daLocale })
    : format(local, "d MMM 'at' HH:mm", { locale: enGB });
}

/** "2026-11-29 10:42:05": council-local time as spreadsheets read it, in exported files. */
export const formatLocalStamp = (instant: Date | string, timeZone: string): string =>
  format(inZone(new Date(instant), timeZone), 'yyyy-MM-dd HH:mm:ss');
