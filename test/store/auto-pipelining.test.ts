import { expect } from 'vitest';
import { createRedis } from '../../src/store/redis-connection.ts';
import { RedisKeys } from '../../src/store/redis-keys.ts';
import { createRedisStores } from '../support/redis-stores.ts';
import { redisTest } from '../support/redis-test.ts';

redisTest(
  'the first script call on a fresh web client, in the same tick as other commands, is answered (auto-pipelining)',
  async ({ redisUrl, keyPrefix }) => {
    const redis = createRedis(redisUrl, { role: 'web' });
    try {
      const stores = createRedisStores(redis, { prefix: `${keyPrefix}:` });
      const [plain, member] = await Promise.all([
        redis.get(new RedisKeys(`${keyPrefix}:`).rosterVersion('rar-test')),
        stores.rosters.memberByIdentity('rar-test', { platform: 'teams', aadObjectId: 'nobody' }),
      ]);
      expect(plain).toBeNull();
      expect(member).toBeUndefined();
    } finally {
      await redis.quit();
    }
  },
);
