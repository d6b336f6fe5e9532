import { Redis } from 'ioredis';
import { afterAll, inject } from 'vitest';
import { createRedisStores } from '../support/redis-stores.ts';
import { deleteKeysContaining, uniquePrefix } from '../support/redis-prefix.ts';
import { describeStoreContract } from './store-contract.ts';

const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
afterAll(async () => {
  await redis.quit();
});

describeStoreContract('Redis stores', async () => {
  const prefix = `${uniquePrefix('contract')}:`;
  return {
    stores: createRedisStores(redis, { prefix }),
    cleanup: async () => {
      await deleteKeysContaining(redis, prefix);
    },
  };
});
