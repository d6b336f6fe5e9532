import { describe, expect } from 'vitest';
import { keptFileLinkSecret } from '../../src/store/redis-file-link-secret.ts';
import { RedisKeys } from '../../src/store/redis-keys.ts';
import { redisTest } from '../support/redis-test.ts';

describe('the file link secret kept in Redis (no FILE_LINK_SECRET set)', () => {
  redisTest(
    'is made once, random, and read alike by every process, so links outlive a restart',
    async ({ redis, keyPrefix }) => {
      const keys = new RedisKeys(`${keyPrefix}:`);
      const [first, second] = await Promise.all([
        keptFileLinkSecret(redis, keys)(),
        keptFileLinkSecret(redis, keys)(),
      ]);
      expect(first).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(second).toBe(first);
      // A process started later (the command line, a restarted service) reads the same one.
      expect(await keptFileLinkSecret(redis, keys)()).toBe(first);
      expect(await redis.get(keys.fileLinkSecret())).toBe(first);
      const elsewhere = new RedisKeys(`${keyPrefix}:other:`);
      expect(await keptFileLinkSecret(redis, elsewhere)()).not.toBe(first);
    },
  );
});
