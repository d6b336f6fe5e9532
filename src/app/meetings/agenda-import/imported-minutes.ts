import type { AgendaItem } from '../../../domain/meetings/agenda-item.ts';
import type { AttendanceGroup } from '../../../domain/meetings/attendance.ts';

/** What the header (and the end) of the minutes say about the meeting. */
export interface ImportedMeeting {
  readonly council?: string;
  /** "Rådsmøde", or the words the minutes use ("RAR Nordjyllands møde"). */
  readonly title?: string;
  /** 'YYYY-MM-DD' */
  readonly date?: string;
  /** Council-local 'YYYY-MM-DDTHH:mm'. */
  readonly start?: string;
  readonly end?: string;
  /** "Mødet sluttede kl. 16.15", council-local 'YYYY-MM-DDTHH:mm' (or 'HH:mm' without a date). */
  readonly endedAt?: string;
  readonly place?: string;
  readonly onlineLink?: string;
  readonly afbudDeadline?: string;
}

/** A line the importer could not place, reported rather than dropped. */
export interface UnplacedLine {
  readonly line: number;
  readonly text: string;
}

export interface ImportedMinutes {
  readonly meeting: ImportedMeeting;
  readonly items: readonly AgendaItem[];
  readonly attendance: readonly AttendanceGroup[];
  readonly unplaced: readonly UnplacedLine[];
}
