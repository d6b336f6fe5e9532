import { localDateOf } from '../../src/domain/council/council-time.ts';
import { addLocalDays } from '../../src/domain/council/working-days.ts';

/**
 * The instants tests start at. None is "today": each is chosen for a case
 * the calendar makes hard, so a test that passes here passes on any day.
 */
export const instants = {
  /** Saturday 2 January 2027, 10:00 in Copenhagen: a week ahead is a Saturday too. */
  saturdayMorning: '2027-01-02T09:00:00.000Z',
  /** Wednesday 24 March 2027, 10:00: Easter and summer time (Sunday 28 March) lie ahead. */
  beforeEasterAndSummerTime: '2027-03-24T09:00:00.000Z',
  /** Wednesday 27 October 2027, 10:00: winter time (Sunday 31 October) lies ahead. */
  beforeWinterTime: '2027-10-27T08:00:00.000Z',
} as const;

/** Where every harness's clock starts unless a test says otherwise (a weekend, on purpose). */
export const HARNESS_START = instants.saturdayMorning;

/** The council-local date `days` after an instant's date (calendar days, DST-proof). */
export const localDateInDays = (
  days: number,
  from: Date | string = HARNESS_START,
  timeZone = 'Europe/Copenhagen',
): string => addLocalDays(localDateOf(new Date(from), timeZone), days);
