import type { Redis } from 'ioredis';
import type { MeetingGuestStore } from '../../app/meetings/ports.ts';
import type { MeetingGuest } from '../../domain/meetings/attendance-sheet.ts';
import { RedisKeys } from '../redis-keys.ts';
import { storeCall, storeWrite } from '../store-unavailable.ts';

/** One guest per name, whatever the case it was typed in. */
const nameKey = (name: string): string => name.trim().toLocaleLowerCase('da');

/**
 * A meeting's guests and presenters, one hash per meeting keyed by name:
 * adding and removing are single commands, so each is atomic by itself.
 */
export class RedisMeetingGuestStore implements MeetingGuestStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys = new RedisKeys(),
  ) {}

  addGuest(councilId: string, meetingId: string, guest: MeetingGuest): Promise<boolean> {
    return storeWrite(async () => {
      const added = await this.redis.hset(
        this.keys.meetingGuests(councilId, meetingId),
        nameKey(guest.name),
        JSON.stringify(guest),
      );
      return added === 1;
    });
  }

  removeGuest(councilId: string, meetingId: string, name: string): Promise<boolean> {
    return storeWrite(async () => {
      const removed = await this.redis.hdel(
        this.keys.meetingGuests(councilId, meetingId),
        nameKey(name),
      );
      return removed === 1;
    });
  }

  guests(councilId: string, meetingId: string): Promise<MeetingGuest[]> {
    return storeCall(async () => {
      const stored = await this.redis.hvals(this.keys.meetingGuests(councilId, meetingId));
      return stored
        .map((entry) => JSON.parse(entry) as MeetingGuest)
        .sort((a, b) => a.addedAt.localeCompare(b.addedAt) || a.name.localeCompare(b.name));
    });
  }
}
