import { Redis } from 'ioredis';
import { afterAll, inject } from 'vitest';
import { RedisHearingStore } from '../../../src/store/hearings/redis-hearing-store.ts';
import { RedisDecisionStore } from '../../../src/store/meetings/redis-decision-store.ts';
import { RedisFollowUpStore } from '../../../src/store/meetings/redis-follow-up-store.ts';
import { RedisMeetingStore } from '../../../src/store/meetings/redis-meeting-store.ts';
import { RedisKeys } from '../../../src/store/redis-keys.ts';
import {
  InMemoryDecisionStore,
  InMemoryFollowUpStore,
  InMemoryHearingStore,
  InMemoryMeetingStore,
} from '../../fakes/in-memory-stores.ts';
import { deleteKeysContaining, uniquePrefix } from '../../support/redis-prefix.ts';
import { describeDecisionStoreContract } from './decision-store-contract.ts';

describeDecisionStoreContract('in-memory twin', async () => {
  const meetings = new InMemoryMeetingStore();
  return {
    meetings,
    decisions: new InMemoryDecisionStore(meetings),
    followUp: new InMemoryFollowUpStore(),
    hearings: new InMemoryHearingStore(),
    cleanup: async () => {},
  };
});

const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
afterAll(async () => {
  await redis.quit();
});

describeDecisionStoreContract('Redis store', async () => {
  const prefix = `${uniquePrefix('decisions')}:`;
  const keys = new RedisKeys(prefix);
  return {
    meetings: new RedisMeetingStore(redis, keys),
    decisions: new RedisDecisionStore(redis, keys),
    followUp: new RedisFollowUpStore(redis, keys),
    hearings: new RedisHearingStore(redis, keys),
    cleanup: async () => {
      await deleteKeysContaining(redis, prefix);
    },
  };
});
