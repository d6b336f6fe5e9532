import type { Council } from '../../../../domain/council/council.ts';
import type { ItemGroupDiscussion } from '../../../../domain/meetings/item-group-discussion.ts';
import type { MeetingRecord } from '../../../../domain/meetings/meeting-record.ts';
import type { MinutesSource } from './minutes-source.ts';

/**
 * A stored meeting as a referat is printed from it: the same shape the
 * importer gives, with the group discussions' opsamlinger a shown meeting has.
 */
export const minutesOfRecord = (
  council: Pick<Council, 'name'>,
  {
    meeting,
    items,
    attendance,
    groupDiscussions,
  }: MeetingRecord & { groupDiscussions?: Readonly<Record<string, ItemGroupDiscussion>> },
  document: 'minutes' | 'agenda' = 'minutes',
): MinutesSource => ({
  document,
  meeting: {
    council: council.name,
    title: meeting.title,
    date: meeting.start.slice(0, 10),
    start: meeting.start,
    end: meeting.end,
    ...(meeting.place === undefined ? {} : { place: meeting.place }),
    ...(meeting.onlineLink === undefined ? {} : { onlineLink: meeting.onlineLink }),
    ...(meeting.afbudDeadline === undefined ? {} : { afbudDeadline: meeting.afbudDeadline }),
    ...(meeting.endedAt === undefined
      ? {}
      : { endedAt: `${meeting.start.slice(0, 10)}T${meeting.endedAt}` }),
  },
  items,
  attendance,
  // The agenda sent out before the meeting has no opsamling yet; only the referat prints it.
  ...(groupDiscussions === undefined || document === 'agenda' ? {} : { groupDiscussions }),
});
