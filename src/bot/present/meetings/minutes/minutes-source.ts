import type { ImportedMinutes } from '../../../../app/meetings/agenda-import/imported-minutes.ts';

/**
 * What a referat is printed from: the meeting, its items and who took part,
 * in the shape the importer gives (a stored meeting will give the same).
 */
export type MinutesSource = Pick<ImportedMinutes, 'meeting' | 'items' | 'attendance'> & {
  /**
   * What the document is: the referat (the default), or the agenda sent out
   * before the meeting ("Dagsorden til …"), printed the same way.
   */
  readonly document?: 'minutes' | 'agenda';
};
