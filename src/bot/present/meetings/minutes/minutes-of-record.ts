import type { Council } from '../../../../domain/council/council.ts';
import type { MeetingRecord } from '../../../../domain/meetings/meeting-record.ts';
import type { MinutesSource } from './minutes-source.ts';

/** A stored meeting as a referat is printed from it: the same shape the importer gives. */
export const minutesOfRecord = (
  council: Pick<Council, 'name'>,
  { meeting, items, attendance }: MeetingRecord,
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
});
