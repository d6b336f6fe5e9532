import type { ImportedMinutes } from '../../../../app/meetings/agenda-import/imported-minutes.ts';

/**
 * What a referat is printed from: the meeting, its items and who took part,
 * in the shape the importer gives (a stored meeting will give the same).
 */
export type MinutesSource = Pick<ImportedMinutes, 'meeting' | 'items' | 'attendance'>;
