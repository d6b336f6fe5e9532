import type { Redis } from 'ioredis';
import type { GroupDiscussionWrite, ItemGroupDiscussionStore } from '../../app/meetings/ports.ts';
import type { ItemGroupDiscussion } from '../../domain/meetings/item-group-discussion.ts';
import { LuaScript } from '../lua-script.ts';
import { RedisKeys } from '../redis-keys.ts';
import { storeCall, storeWrite } from '../store-unavailable.ts';

const attachGroupDiscussion = new LuaScript('attach-group-discussion', 2);

type ScriptReply = [status: 'ok' | 'closed', detail?: string];

/**
 * The opsamlinger attached to a meeting's items, one hash per meeting beside
 * its hash (see the key table in src/store/redis-keys.ts). The write is a
 * Lua script that checks the meeting's status in the same step.
 */
export class RedisItemGroupDiscussionStore implements ItemGroupDiscussionStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys = new RedisKeys(),
  ) {}

  attach(
    councilId: string,
    meetingId: string,
    itemNumber: string,
    discussion: ItemGroupDiscussion,
  ): Promise<GroupDiscussionWrite> {
    return storeWrite(async () => {
      const [status, detail] = (await attachGroupDiscussion.run(
        this.redis,
        [
          this.keys.meeting(councilId, meetingId),
          this.keys.meetingGroupDiscussions(councilId, meetingId),
        ],
        [itemNumber, JSON.stringify(discussion)],
      )) as ScriptReply;
      if (status === 'ok') return { written: true };
      return {
        written: false,
        meetingStatus: detail as 'cancelled' | 'minutes_approved' | 'missing',
      };
    });
  }

  groupDiscussions(
    councilId: string,
    meetingId: string,
  ): Promise<ReadonlyMap<string, ItemGroupDiscussion>> {
    return storeCall(async () => {
      const stored = await this.redis.hgetall(
        this.keys.meetingGroupDiscussions(councilId, meetingId),
      );
      return new Map(
        Object.entries(stored).map(([item, json]) => [
          item,
          JSON.parse(json) as ItemGroupDiscussion,
        ]),
      );
    });
  }
}
