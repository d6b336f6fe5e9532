import type { ImportedMinutes } from '../../../app/meetings/agenda-import/imported-minutes.ts';
import type { AgendaItem } from '../../../domain/meetings/agenda-item.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { formatAgendaNumber } from '../../../domain/meetings/agenda-number.ts';
import { formatDate, t } from '../../../i18n/meetings/index.ts';

/**
 * What an import would give, as the secretariat reads it before storing
 * anything: the meeting, each item with its kinds and fields, who took part,
 * and every line that could not be placed.
 */
const clock = (locale: Locale, time: string | undefined) =>
  time === undefined
    ? t(locale, 'meeting.preview.unknown')
    : locale === 'da'
      ? time.replace(':', '.')
      : time;
const timeOf = (local: string | undefined) => local?.split('T')[1];

function meetingLines(locale: Locale, minutes: ImportedMinutes): string[] {
  const { meeting } = minutes;
  const unknown = t(locale, 'meeting.preview.unknown');
  const lines = [t(locale, 'meeting.preview.title', { title: meeting.title ?? unknown })];
  if (meeting.council !== undefined)
    lines.push(t(locale, 'meeting.preview.council', { council: meeting.council }));
  if (meeting.date !== undefined) {
    const date = formatDate(locale, meeting.date);
    lines.push(
      meeting.start === undefined || meeting.end === undefined
        ? t(locale, 'meeting.preview.date', { date })
        : t(locale, 'meeting.preview.when', {
            date,
            from: clock(locale, timeOf(meeting.start) ?? ''),
            to: clock(locale, timeOf(meeting.end) ?? ''),
          }),
    );
  }
  if (meeting.place !== undefined)
    lines.push(t(locale, 'meeting.preview.place', { place: meeting.place }));
  if (meeting.onlineLink !== undefined)
    lines.push(t(locale, 'meeting.preview.online', { link: meeting.onlineLink }));
  return lines;
}

function itemLines(locale: Locale, item: AgendaItem): string[] {
  const marks = [...(item.presentation ? ['Oplæg'] : []), ...item.kinds].join('+');
  const heading = `  ${formatAgendaNumber(item.number).padEnd(7)} ${item.title}${marks === '' ? '' : ` (${marks})`}`;
  const { fields } = item;
  const named = [
    fields.sagenKort === undefined
      ? undefined
      : t(
          locale,
          fields.sagenKort.label === 'Sagen kort'
            ? 'meeting.field.sagen_kort'
            : 'meeting.field.anledning',
        ),
    fields.indstilling === undefined ? undefined : t(locale, 'meeting.field.indstilling'),
    fields.beslutning === undefined ? undefined : t(locale, 'meeting.field.beslutning'),
    fields.sagsfremstilling === undefined ? undefined : t(locale, 'meeting.field.sagsfremstilling'),
    fields.bilag.length === 0
      ? undefined
      : t(locale, 'meeting.preview.attachments', { count: fields.bilag.length }),
    ...fields.other.map((field) => field.label),
    item.presenters.length === 0
      ? undefined
      : t(locale, 'meeting.preview.presenters', { names: item.presenters.join(', ') }),
  ].filter((name) => name !== undefined);
  return named.length === 0 ? [heading] : [heading, `          ${named.join(' · ')}`];
}

/** `closing` is the last line: by default that nothing was stored (the dry run). */
export function importPreview(
  locale: Locale,
  minutes: ImportedMinutes,
  closing: string = t(locale, 'meeting.preview.nothing_stored'),
): string {
  const lines = [...meetingLines(locale, minutes), ''];
  lines.push(t(locale, 'meeting.preview.items', { count: minutes.items.length }));
  for (const item of minutes.items) lines.push(...itemLines(locale, item));
  const endedAt = timeOf(minutes.meeting.endedAt) ?? minutes.meeting.endedAt;
  if (endedAt !== undefined)
    lines.push('', t(locale, 'meeting.preview.ended', { time: clock(locale, endedAt) }));
  const people = minutes.attendance.reduce((count, group) => count + group.people.length, 0);
  if (people > 0) {
    lines.push('', t(locale, 'meeting.preview.attendance', { count: people }));
    for (const group of minutes.attendance)
      lines.push(
        `  ${group.organisation}: ${group.people
          .map((person) =>
            person.note === undefined ? person.name : `${person.name} (${person.note})`,
          )
          .join(', ')}`,
      );
  }
  lines.push('');
  if (minutes.unplaced.length === 0) lines.push(t(locale, 'meeting.preview.all_placed'));
  else {
    lines.push(t(locale, 'meeting.preview.unplaced', { count: minutes.unplaced.length }));
    for (const { line, text } of minutes.unplaced)
      lines.push(`  ${t(locale, 'meeting.preview.unplaced_line', { line, text })}`);
  }
  lines.push(closing);
  return lines.join('\n');
}
