import { Redis } from 'ioredis';
import { afterAll, inject } from 'vitest';
import { RedisDiscussionStore } from '../../../src/store/discussions/redis-discussion-store.ts';
import { RedisKeys } from '../../../src/store/redis-keys.ts';
import { InMemoryDiscussionStore } from '../../fakes/in-memory-discussion-store.ts';
import { deleteKeysContaining, uniquePrefix } from '../../support/redis-prefix.ts';
import { describeDiscussionStoreContract } from './discussion-store-contract.ts';

describeDiscussionStoreContract('in-memory twin', async () => ({
  discussions: new InMemoryDiscussionStore(),
  cleanup: async () => {},
}));

const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
afterAll(async () => {
  await redis.quit();
});

describeDiscussionStoreContract('Redis store', async () => {
  const prefix = `${uniquePrefix('discussions')}:`;
  return {
    discussions: new RedisDiscussionStore(redis, new RedisKeys(prefix)),
    cleanup: async () => {
      await deleteKeysContaining(redis, prefix);
    },
  };
});
