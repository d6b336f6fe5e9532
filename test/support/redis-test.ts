// A vitest `test` with Redis fixtures, for integration tests on the shared
// server started by global-redis.ts:
//
//   import { redisTest } from './redis-test.ts';
//   redisTest('casts one ballot', async ({ redis, keyPrefix }) => { ... });
//
// `redis` is connected lazily, and after the test every key containing
// `keyPrefix` is deleted and the connection closed.
import { Redis } from 'ioredis';
import { inject, test } from 'vitest';
import { deleteKeysContaining, uniquePrefix } from './redis-prefix.ts';

export interface RedisFixtures {
  redisUrl: string;
  /** Unique per test; put it in every key (or BullMQ prefix) the test writes. */
  keyPrefix: string;
  redis: Redis;
}

export const redisTest = test.extend<RedisFixtures>({
  // eslint-disable-next-line no-empty-pattern -- vitest reads fixture deps from the pattern
  redisUrl: async ({}, use) => {
    await use(inject('redisUrl'));
  },
  keyPrefix: async ({ task }, use) => {
    await use(uniquePrefix(task.name));
  },
  redis: async ({ redisUrl, keyPrefix }, use) => {
    const redis = new Redis(redisUrl, { maxRetriesPerRequest: 1 });
    await use(redis);
    await deleteKeysContaining(redis, keyPrefix);
    await redis.quit();
  },
});
