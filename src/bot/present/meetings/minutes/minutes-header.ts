import { format } from 'date-fns';
import { da as danish, enGB } from 'date-fns/locale';
import type { Locale } from '../../../../domain/council/council.ts';
import { t } from '../../../../i18n/meetings/index.ts';
import type { MinutesSource } from './minutes-source.ts';

/**
 * The top of the referat as the samples print it: the council, "Referat af
 * Rådsmøde", "den 28. september 2023, kl. 13.00 til 16.00", the place and
 * the online link.
 */
const dateOf = (local: string | undefined) => local?.split('T')[0];
const timeOf = (local: string | undefined) =>
  local?.includes('T') === true ? local.split('T')[1] : local;

/** "13.00" in Danish, "13:00" in English. */
export const clockTime = (locale: Locale, time: string): string =>
  locale === 'da' ? time.replace(':', '.') : time;

/** "28. september 2023" / "28 September 2023": the date as the minutes write it. */
export function longDate(locale: Locale, isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number) as [number, number, number];
  const date = new Date(year, month - 1, day);
  return locale === 'da'
    ? format(date, 'd. MMMM yyyy', { locale: danish })
    : format(date, 'd MMMM yyyy', { locale: enGB });
}

function whenLine(locale: Locale, meeting: MinutesSource['meeting']): string | undefined {
  const day = meeting.date ?? dateOf(meeting.start);
  if (day === undefined) return undefined;
  const date = longDate(locale, day);
  const from = timeOf(meeting.start);
  const to = timeOf(meeting.end);
  if (from === undefined) return t(locale, 'meeting.minutes.date', { date });
  if (to === undefined)
    return t(locale, 'meeting.minutes.starts', { date, from: clockTime(locale, from) });
  return t(locale, 'meeting.minutes.when', {
    date,
    from: clockTime(locale, from),
    to: clockTime(locale, to),
  });
}

/** "Referat af Rådsmøde", or "Dagsorden til Rådsmøde" for an agenda. */
export function documentTitleOf(
  locale: Locale,
  { meeting, document }: Pick<MinutesSource, 'meeting' | 'document'>,
): string {
  if (document === 'agenda')
    return meeting.title === undefined
      ? t(locale, 'meeting.next.agenda')
      : t(locale, 'meeting.agenda.document_title', { title: meeting.title });
  return meeting.title === undefined
    ? t(locale, 'meeting.minutes.untitled')
    : t(locale, 'meeting.minutes.document_title', { title: meeting.title });
}

export function headerLines(locale: Locale, source: MinutesSource): string[] {
  const { meeting } = source;
  const documentTitle = documentTitleOf(locale, source);
  const lines =
    meeting.council === undefined
      ? [`# ${documentTitle}`, '']
      : [`# ${meeting.council}`, '', `**${documentTitle}**`];
  const when = whenLine(locale, meeting);
  if (when !== undefined) lines.push(when);
  if (meeting.place !== undefined)
    lines.push(t(locale, 'meeting.preview.place', { place: meeting.place }));
  if (meeting.onlineLink !== undefined)
    lines.push(t(locale, 'meeting.preview.online', { link: meeting.onlineLink }));
  return lines.at(-1) === '' ? lines : [...lines, ''];
}

/** "Mødet sluttede kl. 16.15", when the minutes know it. */
export function endedLines(locale: Locale, { meeting }: MinutesSource): string[] {
  const time = timeOf(meeting.endedAt);
  return time === undefined
    ? []
    : [t(locale, 'meeting.preview.ended', { time: clockTime(locale, time) }), ''];
}
