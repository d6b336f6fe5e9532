import type { Redis } from 'ioredis';
import { defineScripts } from '../../src/store/lua-script.ts';
import { RedisAbsenceStore } from '../../src/store/council/redis-absence-store.ts';
import { RedisChatDirectory } from '../../src/store/redis-chat-directory.ts';
import { RedisCouncilStore } from '../../src/store/council/redis-council-store.ts';
import { RedisHearingStore } from '../../src/store/hearings/redis-hearing-store.ts';
import { RedisMeetingStore } from '../../src/store/meetings/redis-meeting-store.ts';
import { RedisKeys } from '../../src/store/redis-keys.ts';
import { RedisRosterStore } from '../../src/store/council/redis-roster-store.ts';

export interface RedisStores {
  readonly councils: RedisCouncilStore;
  readonly rosters: RedisRosterStore;
  readonly absences: RedisAbsenceStore;
  readonly hearings: RedisHearingStore;
  readonly meetings: RedisMeetingStore;
  readonly directory: RedisChatDirectory;
}

/** Every store on one client, as the store tests use them; `prefix` isolates tests and benchmarks (see redis-keys.ts). */
export function createRedisStores(redis: Redis, options: { prefix?: string } = {}): RedisStores {
  defineScripts(redis);
  const keys = new RedisKeys(options.prefix);
  return {
    councils: new RedisCouncilStore(redis, keys),
    rosters: new RedisRosterStore(redis, keys),
    absences: new RedisAbsenceStore(redis, keys),
    hearings: new RedisHearingStore(redis, keys),
    meetings: new RedisMeetingStore(redis, keys),
    directory: new RedisChatDirectory(redis, keys),
  };
}
