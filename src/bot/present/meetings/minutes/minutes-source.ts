import type { ImportedMinutes } from '../../../../app/meetings/agenda-import/imported-minutes.ts';
import type { ItemGroupDiscussion } from '../../../../domain/meetings/item-group-discussion.ts';

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
  /** Item number ("3") → the opsamling of a group discussion held on it, printed under the item. */
  readonly groupDiscussions?: Readonly<Record<string, ItemGroupDiscussion>>;
};
