import { expect } from 'vitest';
import { RedisKeys } from '../../src/store/redis-keys.ts';
import { RedisRosterStore } from '../../src/store/council/redis-roster-store.ts';
import { rosterWith } from '../fakes/council-mother.ts';
import { redisTest } from '../support/redis-test.ts';

redisTest(
  'a roster imported by another process is seen at the next read, despite the cache',
  async ({ redis, keyPrefix }) => {
    const keys = new RedisKeys(`${keyPrefix}:`);
    const webProcess = new RedisRosterStore(redis, keys);
    const cliProcess = new RedisRosterStore(redis, keys);
    const before = rosterWith({ members: 3 }).all;
    await cliProcess.replaceRoster('rar-test', before);
    expect((await webProcess.roster('rar-test')).map((m) => m.id)).toEqual(before.map((m) => m.id));

    const after = rosterWith({ members: 5 }).all;
    await cliProcess.replaceRoster('rar-test', after);
    expect((await webProcess.roster('rar-test')).map((m) => m.id)).toEqual(after.map((m) => m.id));
  },
);

redisTest(
  'a caller that reorders its roster does not change what the next caller reads',
  async ({ redis, keyPrefix }) => {
    const store = new RedisRosterStore(redis, new RedisKeys(`${keyPrefix}:`));
    const members = rosterWith({ members: 3 }).all;
    await store.replaceRoster('rar-test', members);
    (await store.roster('rar-test')).reverse();
    expect((await store.roster('rar-test')).map((m) => m.id)).toEqual(members.map((m) => m.id));
  },
);
