import type { Redis } from 'ioredis';
import { defineScripts } from './lua-script.ts';
import { RedisAbsenceStore } from './council/redis-absence-store.ts';
import { RedisChatDirectory } from './redis-chat-directory.ts';
import { RedisCouncilStore } from './council/redis-council-store.ts';
import { RedisHearingStore } from './hearings/redis-hearing-store.ts';
import { RedisKeys } from './redis-keys.ts';
import { RedisRosterStore } from './council/redis-roster-store.ts';

export interface RedisStores {
  readonly councils: RedisCouncilStore;
  readonly rosters: RedisRosterStore;
  readonly absences: RedisAbsenceStore;
  readonly hearings: RedisHearingStore;
  readonly directory: RedisChatDirectory;
}

/** Every store on one client; `prefix` isolates tests and benchmarks (see redis-keys.ts). */
export function createRedisStores(redis: Redis, options: { prefix?: string } = {}): RedisStores {
  defineScripts(redis);
  const keys = new RedisKeys(options.prefix);
  return {
    councils: new RedisCouncilStore(redis, keys),
    rosters: new RedisRosterStore(redis, keys),
    absences: new RedisAbsenceStore(redis, keys),
    hearings: new RedisHearingStore(redis, keys),
    directory: new RedisChatDirectory(redis, keys),
  };
}
