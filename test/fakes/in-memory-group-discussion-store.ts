import type {
  GroupDiscussionWrite,
  ItemGroupDiscussionStore,
} from '../../src/app/meetings/ports.ts';
import type { ItemGroupDiscussion } from '../../src/domain/meetings/item-group-discussion.ts';
import type { InMemoryMeetingStore } from './in-memory-stores.ts';

const copy = <T>(value: T): T => structuredClone(value);

/** The opsamlinger on a meeting's items, checking the meeting's status as the Lua script does. */
export class InMemoryItemGroupDiscussionStore implements ItemGroupDiscussionStore {
  private readonly byMeeting = new Map<string, Map<string, ItemGroupDiscussion>>();

  constructor(private readonly meetings: InMemoryMeetingStore) {}

  async attach(
    councilId: string,
    meetingId: string,
    itemNumber: string,
    discussion: ItemGroupDiscussion,
  ): Promise<GroupDiscussionWrite> {
    const status = (await this.meetings.meeting(councilId, meetingId))?.meeting.status;
    if (status === undefined) return { written: false, meetingStatus: 'missing' };
    if (status === 'cancelled' || status === 'minutes_approved')
      return { written: false, meetingStatus: status };
    const key = `${councilId}/${meetingId}`;
    const items = this.byMeeting.get(key) ?? new Map<string, ItemGroupDiscussion>();
    items.set(itemNumber, copy(discussion));
    this.byMeeting.set(key, items);
    return { written: true };
  }

  async groupDiscussions(
    councilId: string,
    meetingId: string,
  ): Promise<ReadonlyMap<string, ItemGroupDiscussion>> {
    return new Map(copy([...(this.byMeeting.get(`${councilId}/${meetingId}`) ?? new Map())]));
  }
}
