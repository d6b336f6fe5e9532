import type { StagedAgendaImport } from '../../../app/meetings/pending-agenda-import.ts';
import type { Locale } from '../../../domain/council/council.ts';
import { formatAgendaNumber } from '../../../domain/meetings/agenda-number.ts';
import type { Meeting } from '../../../domain/meetings/meeting.ts';
import { formatDate, t } from '../../../i18n/meetings/index.ts';

/**
 * What the secretary sees before an agenda from chat is stored, the same on
 * both surfaces: where it came from, the meeting its header names, each item
 * with its number, kinds and presenters, and every line that could not be
 * placed. Plain text pieces; each surface escapes and lays them out.
 */
export interface ImportPreviewModel {
  readonly heading: string;
  readonly source: string;
  /** "Møde: …", "Tid: …", "Sted: …" as the header gave them. */
  readonly meetingLines: readonly string[];
  /** Whether the header says enough to make a new meeting of it. */
  readonly canMakeMeeting: boolean;
  /** "Gemmes som et nyt møde …" or what to do instead. */
  readonly target: string;
  readonly itemsHeading: string;
  readonly items: readonly PreviewItem[];
  /** "3 linjer kunne ikke placeres:" or "Alle linjer er placeret." */
  readonly unplacedHeading: string;
  readonly unplaced: readonly string[];
  readonly notStored: string;
}

export interface PreviewItem {
  readonly number: string;
  readonly title: string;
  /** "(Oplæg+D)", or '' */
  readonly marks: string;
  /** "oplæg ved …", or '' */
  readonly presenters: string;
}

const clock = (locale: Locale, local: string | undefined) => {
  const time = local?.split('T')[1] ?? '';
  return locale === 'da' ? time.replace(':', '.') : time;
};

/** "den 25.03.2027 kl. 10.00–13.00": when a meeting is, as the answers say it. */
export function meetingWhen(locale: Locale, meeting: Pick<Meeting, 'start' | 'end'>): string {
  return t(locale, 'new_meeting.when', {
    date: formatDate(locale, meeting.start.slice(0, 10)),
    from: clock(locale, meeting.start),
    to: clock(locale, meeting.end),
  });
}

/** A planned meeting as a choice: "Rådsmøde 25.03.2027". */
export const meetingChoice = (locale: Locale, meeting: Meeting): string =>
  `${meeting.title} ${formatDate(locale, meeting.start.slice(0, 10))}`;

export function importPreviewModel(locale: Locale, staged: StagedAgendaImport): ImportPreviewModel {
  const { minutes, pending } = staged;
  const { meeting } = minutes;
  const unknown = t(locale, 'meeting.preview.unknown');
  const meetingLines = [t(locale, 'meeting.preview.title', { title: meeting.title ?? unknown })];
  if (meeting.date !== undefined)
    meetingLines.push(
      meeting.start === undefined || meeting.end === undefined
        ? t(locale, 'meeting.preview.date', { date: formatDate(locale, meeting.date) })
        : t(locale, 'meeting.preview.when', {
            date: formatDate(locale, meeting.date),
            from: clock(locale, meeting.start),
            to: clock(locale, meeting.end),
          }),
    );
  if (meeting.place !== undefined)
    meetingLines.push(t(locale, 'meeting.preview.place', { place: meeting.place }));
  if (meeting.onlineLink !== undefined)
    meetingLines.push(t(locale, 'meeting.preview.online', { link: meeting.onlineLink }));
  const canMakeMeeting =
    meeting.title !== undefined &&
    meeting.start !== undefined &&
    meeting.end !== undefined &&
    meeting.end > meeting.start;
  return {
    heading: t(locale, 'import.preview.heading'),
    source:
      pending.fileName === undefined
        ? t(locale, 'import.preview.pasted')
        : t(locale, 'import.preview.from_file', { name: pending.fileName }),
    meetingLines,
    canMakeMeeting,
    target: t(locale, canMakeMeeting ? 'import.preview.new_meeting' : 'import.preview.no_header'),
    itemsHeading: t(locale, 'meeting.preview.items', { count: minutes.items.length }),
    items: minutes.items.map((item) => {
      const marks = [...(item.presentation ? ['Oplæg'] : []), ...item.kinds].join('+');
      return {
        number: formatAgendaNumber(item.number),
        title: item.title,
        marks: marks === '' ? '' : `(${marks})`,
        presenters:
          item.presenters.length === 0
            ? ''
            : t(locale, 'meeting.preview.presenters', { names: item.presenters.join(', ') }),
      };
    }),
    unplacedHeading:
      minutes.unplaced.length === 0
        ? t(locale, 'meeting.preview.all_placed')
        : t(locale, 'meeting.preview.unplaced', { count: minutes.unplaced.length }),
    unplaced: minutes.unplaced.map(({ line, text }) =>
      t(locale, 'meeting.preview.unplaced_line', { line, text }),
    ),
    notStored: t(locale, 'import.preview.not_stored'),
  };
}
