import { Redis } from 'ioredis';
import { afterEach, describe, expect, it } from 'vitest';
import { checkRedisSafety, safetyWarnings } from '../../src/store/redis-safety.ts';
import { startRedisServer, type RedisServer } from '../support/redis-server.ts';

describe('Redis safety warnings', () => {
  let server: RedisServer | undefined;
  let redis: Redis | undefined;
  afterEach(async () => {
    await redis?.quit();
    await server?.remove();
    redis = undefined;
    server = undefined;
  });

  it('warns about an eviction policy, naming it, and about a Redis that persists nothing', async () => {
    server = await startRedisServer({ persistence: 'none' });
    redis = new Redis(server.url);
    await redis.config('SET', 'maxmemory-policy', 'allkeys-lru');
    const warnings = await checkRedisSafety(redis);
    expect(warnings).toEqual([
      expect.stringContaining('persistence is off'),
      expect.stringContaining('maxmemory-policy is allkeys-lru'),
    ]);
  });

  it('has nothing to say about AOF with noeviction', async () => {
    server = await startRedisServer({ persistence: 'aof' });
    redis = new Redis(server.url);
    expect(await checkRedisSafety(redis)).toEqual([]);
  });

  it('falls back to INFO where CONFIG is disabled', async () => {
    const managed = {
      config: async () => {
        throw Object.assign(new Error("ERR unknown command 'CONFIG'"), { name: 'ReplyError' });
      },
      info: async (section?: string) =>
        section === 'persistence'
          ? '# Persistence\r\naof_enabled:1\r\n'
          : '# Memory\r\nmaxmemory_policy:volatile-lru\r\n',
    } as unknown as Pick<Redis, 'config' | 'info'>;
    expect(await checkRedisSafety(managed)).toEqual([
      expect.stringContaining('maxmemory-policy is volatile-lru'),
    ]);
  });

  it('does not count RDB snapshots alone as no persistence', () => {
    expect(
      safetyWarnings({ appendonly: false, save: '3600 1', maxmemoryPolicy: 'noeviction' }),
    ).toEqual([]);
  });
});
