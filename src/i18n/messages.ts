import { format } from 'date-fns';
import { da as daLocale, enGB } from 'date-fns/locale';
import type { Locale } from '../domain/council/council.ts';
import { inZone } from '../domain/council/council-time.ts';
import type { Failure } from '../domain/errors.ts';

/**
 * The catalog runtime. It knows no capability: each capability's catalog
 * (src/i18n/<capability>/index.ts) registers itself here through
 * `translatorFor`, which also gives that capability a `t` typed to its keys.
 * describeFailure, fieldLabel and describeProblem look in everything
 * registered, so they can say any capability's error, field or problem.
 */

export type Params = Readonly<Record<string, string | number>>;
export type Entry = string | ((params: Params) => string);

/** Another language's catalog: exactly the Danish keys, each a text or a text from params. */
export type Translation<Danish> = { readonly [Key in keyof Danish]: Entry };

/** One capability's texts in every language; Danish (the default) names the keys. */
export interface Catalog<
  Danish extends Readonly<Record<string, Entry>> = Readonly<Record<string, Entry>>,
> {
  readonly da: Danish;
  readonly en: Translation<Danish>;
}

/** The keys of one catalog, or of each of a union of catalogs. */
export type KeyOf<Of extends Catalog> = Of extends Catalog ? keyof Of['da'] & string : never;

/** Text for a key, in the council's language. */
export type Translate<Key extends string> = (locale: Locale, key: Key, params?: Params) => string;

const registered: Record<Locale, Map<string, Entry>> = { da: new Map(), en: new Map() };
const registeredCatalogs = new Set<Catalog>();

function register(catalog: Catalog): void {
  if (registeredCatalogs.has(catalog)) return;
  for (const locale of ['da', 'en'] as const) {
    for (const [key, entry] of Object.entries(catalog[locale])) {
      // One text for one thing: a key in two catalogs would make one of them win silently.
      if (registered[locale].has(key)) throw new Error(`Message key ${key} is in two catalogs`);
      registered[locale].set(key, entry);
    }
  }
  registeredCatalogs.add(catalog);
}

/**
 * A capability's `t`: registers the catalogs it is given (shared, council and
 * its own) and is typed to exactly their keys.
 */
export function translatorFor<const Catalogs extends readonly Catalog[]>(
  ...catalogs: Catalogs
): Translate<KeyOf<Catalogs[number]>> {
  catalogs.forEach(register);
  return textOf;
}

/**
 * A key of some capability's catalog, as a capability names it to shared code
 * (its help lines, a form's heading). The capability's own MessageKey checks
 * it where it is written; shared code shows it with textFor.
 */
export type TextKey = string;

/** The text of a key a capability named to shared code (see TextKey). */
export const textFor = (locale: Locale, key: TextKey, params: Params = {}): string =>
  textOf(locale, key, params);

/** Whether any registered catalog has this key (for keys built from a code or a flag). */
export const hasText = (key: string): boolean => registered.da.has(key);

function textOf(locale: Locale, key: string, params: Params = {}): string {
  const entry = registered[locale].get(key);
  if (entry === undefined)
    throw new Error(`No ${locale} text for ${key}: is its catalog registered?`);
  return typeof entry === 'function' ? entry(params) : entry;
}

/**
 * A failure as one sentence a member can act on. For a bad field it names the
 * field as the form labels it and says what is wrong: "Fristdato: skal være en
 * gyldig dato (ÅÅÅÅ-MM-DD), fx …" (an example counted from today).
 */
export function describeFailure(
  locale: Locale,
  failure: Pick<Failure, 'code' | 'field' | 'params'>,
): string {
  if (failure.code !== 'invalid_input')
    return textOf(locale, `error.${failure.code}`, failure.params);
  return `${fieldLabel(locale, failure.field ?? 'input')}: ${describeProblem(locale, failure.params ?? {})}`;
}

export function fieldLabel(locale: Locale, field: string): string {
  const key = `field.${field}`;
  return hasText(key) ? textOf(locale, key) : field;
}

export function describeProblem(locale: Locale, params: Params): string {
  const key = `problem.${String(params['problem'] ?? 'invalid')}`;
  return textOf(locale, hasText(key) ? key : 'problem.invalid', params);
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
