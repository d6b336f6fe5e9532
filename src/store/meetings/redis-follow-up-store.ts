import type { Redis } from 'ioredis';
import type { FollowUpChange, FollowUpStore } from '../../app/meetings/ports.ts';
import type { FollowUpEdit, FollowUpStatus } from '../../domain/meetings/follow-up.ts';
import { execAll } from '../exec-all.ts';
import { RedisKeys } from '../redis-keys.ts';
import { storeCall, storeWrite } from '../store-unavailable.ts';

const parts = ['owner', 'due', 'status', 'updatedBy', 'updatedAt'] as const;
type Part = (typeof parts)[number];

/** The hash fields of a meeting's follow-up edits: "2.1/owner" → "Sekretariatet". */
function editsFromHash(hash: Record<string, string>): Map<string, FollowUpEdit> {
  const edits = new Map<string, Record<string, string>>();
  for (const [field, value] of Object.entries(hash)) {
    const slash = field.lastIndexOf('/');
    const item = field.slice(0, slash);
    const part = field.slice(slash + 1);
    if (slash < 1 || !(parts as readonly string[]).includes(part)) continue;
    edits.set(item, { ...edits.get(item), [part]: value });
  }
  return new Map(
    [...edits].map(([item, edit]) => [
      item,
      {
        ...edit,
        ...(edit['status'] === undefined ? {} : { status: edit['status'] as FollowUpStatus }),
      },
    ]),
  );
}

/**
 * The secretariat's edits of the follow-up points, one hash per meeting with
 * a field per item and part, so that setting an owner and, at the same
 * moment, a status from elsewhere both stay (see src/store/redis-keys.ts).
 */
export class RedisFollowUpStore implements FollowUpStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys = new RedisKeys(),
  ) {}

  editFollowUp(
    councilId: string,
    meetingId: string,
    item: string,
    change: FollowUpChange,
  ): Promise<void> {
    return storeWrite(async () => {
      const key = this.keys.meetingFollowUp(councilId, meetingId);
      const field = (part: Part) => `${item}/${part}`;
      const set: string[] = [];
      const cleared: string[] = [];
      for (const part of ['owner', 'due', 'status'] as const) {
        const value = change[part];
        if (value === null) cleared.push(field(part));
        else if (value !== undefined) set.push(field(part), value);
      }
      set.push(field('updatedBy'), change.updatedBy, field('updatedAt'), change.updatedAt);
      const batch = this.redis.multi().hset(key, ...set);
      if (cleared.length > 0) batch.hdel(key, ...cleared);
      await execAll(batch);
    });
  }

  followUpEdits(
    councilId: string,
    meetingIds: readonly string[],
  ): Promise<ReadonlyMap<string, ReadonlyMap<string, FollowUpEdit>>> {
    return storeCall(async () => {
      if (meetingIds.length === 0) return new Map();
      const batch = this.redis.pipeline();
      for (const id of meetingIds) batch.hgetall(this.keys.meetingFollowUp(councilId, id));
      const hashes = (await execAll(batch)) as Array<Record<string, string>>;
      return new Map(meetingIds.map((id, at) => [id, editsFromHash(hashes[at] ?? {})]));
    });
  }
}
