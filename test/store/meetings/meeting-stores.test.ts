import { Redis } from 'ioredis';
import { afterAll, inject } from 'vitest';
import { RedisMeetingStore } from '../../../src/store/meetings/redis-meeting-store.ts';
import { RedisKeys } from '../../../src/store/redis-keys.ts';
import { InMemoryMeetingStore } from '../../fakes/in-memory-stores.ts';
import { deleteKeysContaining, uniquePrefix } from '../../support/redis-prefix.ts';
import { describeMeetingStoreContract } from './meeting-store-contract.ts';

describeMeetingStoreContract('in-memory twin', async () => ({
  meetings: new InMemoryMeetingStore(),
  cleanup: async () => {},
}));

const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
afterAll(async () => {
  await redis.quit();
});

describeMeetingStoreContract('Redis store', async () => {
  const prefix = `${uniquePrefix('meetings')}:`;
  return {
    meetings: new RedisMeetingStore(redis, new RedisKeys(prefix)),
    cleanup: async () => {
      await deleteKeysContaining(redis, prefix);
    },
  };
});
