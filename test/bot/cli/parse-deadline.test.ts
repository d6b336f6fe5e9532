import { describe, expect, it } from 'vitest';
import { parseDeadline, readDeadlineOption } from '../../../src/bot/cli/parse-deadline.ts';
import { instantOfLocal } from '../../../src/domain/council/council-time.ts';
import { instants } from '../../fakes/test-instants.ts';

const timeZone = 'Europe/Copenhagen';
/** Wednesday 24 March 2027, 10:00 in Copenhagen; summer time begins on Sunday the 28th. */
const wednesday = new Date(instants.beforeEasterAndSummerTime);

/** The instant a --deadline means, typed at `now`. */
function instantOf(text: string, now = wednesday): string | undefined {
  const local = parseDeadline(text, now, timeZone);
  return local && instantOfLocal(local.date, local.time, timeZone)?.toISOString();
}

describe('--deadline as a secretary types it', () => {
  it('takes an ISO date with a time, with a space or a T, and noon without one', () => {
    expect(parseDeadline('2027-01-08 12:00', wednesday, timeZone)).toEqual({
      date: '2027-01-08',
      time: '12:00',
    });
    expect(parseDeadline('2027-01-08T12:00', wednesday, timeZone)?.time).toBe('12:00');
    expect(parseDeadline('2027-01-08', wednesday, timeZone)?.time).toBe('12:00');
    expect(parseDeadline(' 2027-01-08  kl. 9.30 ', wednesday, timeZone)?.time).toBe('09:30');
  });

  it('"+7d 12:00" is a week ahead at noon on the clocks of Copenhagen, across the change to summer time', () => {
    expect(instantOf('+7d 12:00')).toBe('2027-03-31T10:00:00.000Z');
    expect(instantOf('+7d')).toBe('2027-03-31T10:00:00.000Z');
    // Three days ahead is still winter time.
    expect(instantOf('+3d 12:00')).toBe('2027-03-27T11:00:00.000Z');
    expect(instantOf('+2u 12:00')).toBe(instantOf('+14d 12:00'));
    expect(instantOf('+2w 12:00')).toBe('2027-04-07T10:00:00.000Z');
  });

  it('"+7d 12:00" across the change to winter time', () => {
    expect(instantOf('+7d 12:00', new Date(instants.beforeWinterTime))).toBe(
      '2027-11-03T11:00:00.000Z',
    );
  });

  it('a weekday name, Danish or English, is the next such day after today', () => {
    expect(instantOf('fredag 12:00')).toBe('2027-03-26T11:00:00.000Z');
    expect(instantOf('friday 12:00')).toBe('2027-03-26T11:00:00.000Z');
    expect(instantOf('Fredag kl. 14')).toBe('2027-03-26T13:00:00.000Z');
    // Sunday the 28th: the first day of summer time.
    expect(instantOf('søndag 12:00')).toBe('2027-03-28T10:00:00.000Z');
    expect(instantOf('soendag 12:00')).toBe('2027-03-28T10:00:00.000Z');
    expect(instantOf('lørdag 12:00')).toBe('2027-03-27T11:00:00.000Z');
    // Typed on a Wednesday, "onsdag" is next week's, never today's.
    expect(instantOf('onsdag 12:00')).toBe('2027-03-31T10:00:00.000Z');
    expect(instantOf('wednesday')).toBe('2027-03-31T10:00:00.000Z');
  });

  it('"i morgen" and "tomorrow" are the next day in Copenhagen, whatever the date in UTC', () => {
    expect(instantOf('i morgen 12:00')).toBe('2027-03-25T11:00:00.000Z');
    expect(instantOf('tomorrow 12:00')).toBe('2027-03-25T11:00:00.000Z');
    // 00:30 on Sunday in Copenhagen is 23:30 on Saturday in UTC.
    const justAfterMidnight = instantOfLocal('2027-03-28', '00:30', timeZone)!;
    expect(instantOf('i morgen 12:00', justAfterMidnight)).toBe('2027-03-29T10:00:00.000Z');
    expect(instantOf('i dag 16:00')).toBe('2027-03-24T15:00:00.000Z');
    expect(instantOf('today 16:00')).toBe('2027-03-24T15:00:00.000Z');
  });

  it('anything else is not read as a deadline', () => {
    for (const text of [
      '10-01-2030 12:00',
      'fredag 25:00',
      'næste uge',
      '+7x',
      '',
      'fredag 12:00:00',
    ])
      expect(parseDeadline(text, wednesday, timeZone), text).toBeUndefined();
  });
});

describe('a --deadline that cannot be read', () => {
  it('is answered with examples counted from today, in the council language', () => {
    expect(readDeadlineOption('10-01-2030', wednesday, { timeZone, locale: 'da' })).toEqual({
      error:
        '--deadline «10-01-2030» kan ikke læses som en frist. Skriv fx «2027-03-31 12:00», «+7d 12:00», «fredag 12:00» eller «i morgen 12:00».',
    });
    expect(readDeadlineOption(undefined, wednesday, { timeZone, locale: 'en' })).toEqual({
      error:
        'Give the deadline with --deadline, e.g. "2027-03-31 12:00", "+7d 12:00", "friday 12:00" or "tomorrow 12:00".',
    });
  });
});
