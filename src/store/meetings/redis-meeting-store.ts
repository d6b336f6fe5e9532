import type { Redis } from 'ioredis';
import type { MeetingStore } from '../../app/meetings/ports.ts';
import type { MeetingStatus } from '../../domain/meetings/meeting.ts';
import type { MeetingRecord } from '../../domain/meetings/meeting-record.ts';
import { execAll } from '../exec-all.ts';
import { LuaScript } from '../lua-script.ts';
import { RedisKeys } from '../redis-keys.ts';
import { storeCall, storeWrite } from '../store-unavailable.ts';
import { meetingFromHash, meetingToFields } from './meeting-hash.ts';

const saveMeeting = new LuaScript('save-meeting', 2);
const cancelMeeting = new LuaScript('cancel-meeting', 1);

/**
 * Meetings with their agenda items and attendance in Redis, one hash per
 * meeting and an index by start per council; see the key table in
 * src/store/redis-keys.ts. The writes that depend on the stored status (no
 * rewrite of a cancelled meeting, a cancel that happens once) are Lua scripts.
 */
export class RedisMeetingStore implements MeetingStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys = new RedisKeys(),
  ) {}

  saveMeeting(record: MeetingRecord, ifStatus?: MeetingStatus): Promise<boolean> {
    return storeWrite(async () => {
      const { councilId, id } = record.meeting;
      const fields = meetingToFields(record);
      const blockedBy = await saveMeeting.run(
        this.redis,
        [this.keys.meeting(councilId, id), this.keys.meetings(councilId)],
        [id, fields.status, fields.startScore, fields.body, ifStatus ?? ''],
      );
      return blockedBy === null;
    });
  }

  meeting(councilId: string, meetingId: string): Promise<MeetingRecord | undefined> {
    return storeCall(async () =>
      meetingFromHash(await this.redis.hgetall(this.keys.meeting(councilId, meetingId))),
    );
  }

  meetings(councilId: string): Promise<MeetingRecord[]> {
    return storeCall(async () => {
      const ids = await this.redis.zrange(this.keys.meetings(councilId), 0, -1);
      if (ids.length === 0) return [];
      const batch = this.redis.pipeline();
      for (const id of ids) batch.hgetall(this.keys.meeting(councilId, id));
      const hashes = (await execAll(batch)) as Array<Record<string, string>>;
      return hashes
        .map(meetingFromHash)
        .filter((record): record is MeetingRecord => record !== undefined)
        .sort(
          (a, b) =>
            a.meeting.start.localeCompare(b.meeting.start) ||
            a.meeting.id.localeCompare(b.meeting.id),
        );
    });
  }

  markCancelled(councilId: string, meetingId: string, at: Date, by: string): Promise<boolean> {
    return storeWrite(async () => {
      const cancelled = await cancelMeeting.run(
        this.redis,
        [this.keys.meeting(councilId, meetingId)],
        [at.toISOString(), by],
      );
      return cancelled === 1;
    });
  }

  markComing(councilId: string, meetingId: string, memberId: string, at: Date): Promise<void> {
    return storeWrite(async () => {
      await this.redis.hsetnx(
        this.keys.meetingComing(councilId, meetingId),
        memberId,
        at.toISOString(),
      );
    });
  }

  unmarkComing(councilId: string, meetingId: string, memberId: string): Promise<void> {
    return storeWrite(async () => {
      await this.redis.hdel(this.keys.meetingComing(councilId, meetingId), memberId);
    });
  }

  comingMembers(councilId: string, meetingId: string): Promise<ReadonlyMap<string, string>> {
    return storeCall(async () => {
      const coming = await this.redis.hgetall(this.keys.meetingComing(councilId, meetingId));
      return new Map(Object.entries(coming));
    });
  }
}
