import type Holidays from 'date-holidays';
import type { PublicHolidays } from '../app/ports.ts';
import type { Locale } from '../domain/council/council.ts';
import type { HolidayNames } from '../domain/council/working-days.ts';

/**
 * Denmark's public holidays (helligdage) from date-holidays, type 'public'
 * only: Juleaftensdag, Grundlovsdag and 1. maj are observances there, not
 * days off by law. The library takes about a quarter of a second to load,
 * so it is loaded on first use: a CLI command that never asks pays nothing.
 */
export function danishHolidays(): PublicHolidays {
  let library: Promise<Holidays> | undefined;
  const years = new Map<string, HolidayNames>();
  const load = () =>
    (library ??= import('date-holidays').then(
      ({ default: Library }) => new Library('DK', { types: ['public'] }),
    ));

  async function namesOfYear(year: number, locale: Locale): Promise<HolidayNames> {
    const key = `${year}:${locale}`;
    let names = years.get(key);
    if (names === undefined) {
      const holidays = (await load()).getHolidays(year, locale);
      // `date` is the local calendar date, "2027-03-25 00:00:00".
      names = new Map(holidays.map((holiday) => [holiday.date.slice(0, 10), holiday.name]));
      years.set(key, names);
    }
    return names;
  }

  return {
    async namesIn(wanted, locale) {
      const all = await Promise.all(wanted.map((year) => namesOfYear(year, locale)));
      return new Map(all.flatMap((names) => [...names]));
    },
  };
}
