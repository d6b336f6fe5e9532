/**
 * Agendas previewed in chat, kept in Redis: an id no one can guess, a time
 * to live, and a take that only one of two simultaneous confirms wins.
 */
import { expect } from 'vitest';
import type { PendingImport } from '../../../src/app/meetings/ports.ts';
import { RedisPendingImportStore } from '../../../src/store/meetings/redis-pending-import-store.ts';
import { RedisKeys } from '../../../src/store/redis-keys.ts';
import { testCouncilId as council } from '../../fakes/council-mother.ts';
import { redisTest } from '../../support/redis-test.ts';

const pending: PendingImport = {
  councilId: council,
  actorId: 'sekretariat',
  format: 'markdown',
  text: '# Dagsorden\n',
  fileName: 'dagsorden.md',
};

redisTest(
  'keeps a preview for its time under a random id; one of two takes gets it; restore puts it back once',
  async ({ redis, keyPrefix }) => {
    const keys = new RedisKeys(`${keyPrefix}:`);
    const store = new RedisPendingImportStore(redis, keys);
    const id = await store.put(pending, 3600);
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(await store.put(pending, 3600)).not.toBe(id);
    const ttl = await redis.ttl(keys.pendingImport(council, id));
    expect(ttl).toBeGreaterThan(3500);
    expect(ttl).toBeLessThanOrEqual(3600);
    expect(await store.peek(council, id)).toEqual(pending);
    expect(await store.peek('another-council', id)).toBeUndefined();

    const takes = await Promise.all([store.take(council, id), store.take(council, id)]);
    expect(takes.filter((taken) => taken !== undefined)).toEqual([pending]);
    expect(await store.peek(council, id)).toBeUndefined();

    await store.restore(id, pending, 3600);
    await store.restore(id, { ...pending, text: 'later' }, 3600);
    expect(await store.take(council, id)).toEqual(pending);
    expect(await store.take(council, 'not:an{id}')).toBeUndefined();
  },
);
