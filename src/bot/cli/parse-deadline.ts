import type { Locale } from '../../domain/council/council.ts';
import { localDateOf } from '../../domain/council/council-time.ts';
import {
  addLocalDays,
  DEFAULT_DEADLINE_TIME,
  DEFAULT_NOTICE_DAYS,
} from '../../domain/council/working-days.ts';
import { t } from '../../i18n/hearings/index.ts';

/** A deadline as the council's clocks show it: the use case turns it into an instant. */
export interface LocalDeadline {
  readonly date: string;
  readonly time: string;
}

/** Weekday names in both languages, with the ASCII spellings a keyboard without æøå gives. */
const weekdays: Record<string, number> = {
  søndag: 0, soendag: 0, sondag: 0, sunday: 0,
  mandag: 1, monday: 1,
  tirsdag: 2, tuesday: 2,
  onsdag: 3, wednesday: 3,
  torsdag: 4, thursday: 4,
  fredag: 5, friday: 5,
  lørdag: 6, loerdag: 6, lordag: 6, saturday: 6,
}; // prettier-ignore

const days: Record<string, number> = {
  'i dag': 0, idag: 0, today: 0,
  'i morgen': 1, imorgen: 1, tomorrow: 1,
  'i overmorgen': 2, iovermorgen: 2,
}; // prettier-ignore

/** "12:00", "12.00", "kl. 12", "kl 9.30", "at 12:00"; none given → 12:00. */
function timeOf(text: string | undefined): string | undefined {
  if (text === undefined || text === '') return DEFAULT_DEADLINE_TIME;
  const match = /^(?:kl\.?\s*|at\s+)?(\d{1,2})(?:[:.](\d{2}))?$/.exec(text);
  if (!match) return undefined;
  const [hours, minutes] = [Number(match[1]), Number(match[2] ?? '0')];
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * `--deadline` in the forms a secretary types, council-local:
 *   YYYY-MM-DD 12:00 · YYYY-MM-DDT12:00 · YYYY-MM-DD (noon)
 *   +7d 12:00 · +7d (noon) · +2u / +2w (weeks)
 *   fredag 12:00 · friday 12:00 (the next Friday after today)
 *   i morgen 12:00 · tomorrow 12:00 · i dag 16:00 · today 16:00
 * Anything else is undefined; the use case still checks that it lies ahead.
 */
export function parseDeadline(
  text: string,
  now: Date,
  timeZone: string,
): LocalDeadline | undefined {
  const words = text.trim().toLowerCase().replace(/\s+/g, ' ');
  const today = localDateOf(now, timeZone);

  // Lower-cased above, so the ISO "T" is a "t" here.
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[ t](.+))?$/.exec(words);
  if (iso) return withTime(iso[1]!, iso[2]);

  const relative = /^\+(\d{1,3}) ?(d|dage?|days?|u|uger?|w|weeks?)(?: (.+))?$/.exec(words);
  if (relative) {
    const perUnit = /^[uw]/.test(relative[2]!) ? 7 : 1;
    return withTime(addLocalDays(today, Number(relative[1]) * perUnit), relative[3]);
  }

  for (const [name, offset] of Object.entries(days)) {
    if (words === name || words.startsWith(`${name} `))
      return withTime(addLocalDays(today, offset), words.slice(name.length).trim());
  }

  // \p{L}: weekday names hold æ and ø, which \w does not match.
  const named = /^(?:på |on |next |næste )?(\p{L}+)(?: (.+))?$/u.exec(words);
  const weekday = named ? weekdays[named[1]!] : undefined;
  if (named && weekday !== undefined) {
    const todayWeekday = new Date(`${today}T00:00:00Z`).getUTCDay();
    // Strictly after today: "fredag" typed on a Friday means next week's.
    const ahead = ((weekday - todayWeekday + 6) % 7) + 1;
    return withTime(addLocalDays(today, ahead), named[2]);
  }
  return undefined;
}

function withTime(date: string, timeText: string | undefined): LocalDeadline | undefined {
  const time = timeOf(timeText?.trim());
  return time === undefined ? undefined : { date, time };
}

/** The ISO example for an error message: a week from today, so it works whenever it is read. */
export const isoExample = (now: Date, timeZone: string): string =>
  `${addLocalDays(localDateOf(now, timeZone), DEFAULT_NOTICE_DAYS)} ${DEFAULT_DEADLINE_TIME}`;

/** `--deadline` read for a council, or the sentence that says what to type instead. */
export function readDeadlineOption(
  text: string | undefined,
  now: Date,
  council: { readonly timeZone: string; readonly locale: Locale },
): LocalDeadline | { readonly error: string } {
  const iso = isoExample(now, council.timeZone);
  if (text === undefined || text.trim() === '')
    return { error: t(council.locale, 'cli.deadline.missing', { iso }) };
  return (
    parseDeadline(text, now, council.timeZone) ?? {
      error: t(council.locale, 'cli.deadline.invalid', { text, iso }),
    }
  );
}
