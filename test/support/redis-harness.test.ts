// Proves the test harness itself: the shared server, the per-test namespace,
// and a private server that keeps its data across stop() and start().
import { Redis } from 'ioredis';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { redisNamespace } from './redis-prefix.ts';
import { startRedisServer, type RedisServer } from './redis-server.ts';
import { redisTest } from './redis-test.ts';

describe('the shared redis-server of the run', () => {
  it('answers PING at the injected URL', async () => {
    const redis = new Redis(inject('redisUrl'));
    try {
      expect(await redis.ping()).toBe('PONG');
    } finally {
      await redis.quit();
    }
  });

  redisTest(
    'gives each test a namespace that cleanup empties, and only that one',
    async ({ redis }) => {
      const mine = redisNamespace('mine');
      const other = redisNamespace('other');
      await redis.set(`${mine.prefix}:a`, '1');
      await redis.set(`{${mine.prefix}}:queue`, '1'); // hash-tagged, as BullMQ names keys
      await redis.set(`${other.prefix}:a`, '1');

      expect(await mine.cleanup(redis)).toBe(2);
      expect(await redis.exists(`${mine.prefix}:a`, `{${mine.prefix}}:queue`)).toBe(0);
      expect(await redis.exists(`${other.prefix}:a`)).toBe(1);
      await other.cleanup(redis);
    },
  );
});

/** A client that keeps retrying while the server is down, quietly. */
function patientClient(url: string): Redis {
  const redis = new Redis(url, { maxRetriesPerRequest: 1, retryStrategy: () => 100 });
  redis.on('error', () => {}); // refused connections during the outage are expected
  return redis;
}

describe('a private redis-server', () => {
  let server: RedisServer | undefined;
  afterEach(async () => {
    await server?.remove();
    server = undefined;
  });

  it('keeps acknowledged writes across a stop and a start on the same port', async () => {
    server = await startRedisServer();
    const redis = patientClient(server.url);
    try {
      await redis.set('ballot', 'for');
      await server.stop();
      expect(server.running).toBe(false);
      await expect(redis.get('ballot')).rejects.toThrow();

      await server.start();
      expect(await redis.get('ballot')).toBe('for'); // same client: it reconnected
    } finally {
      redis.disconnect();
    }
  });

  it('keeps them across a crash (SIGKILL) too, as the AOF is fsynced on every write', async () => {
    server = await startRedisServer();
    const redis = patientClient(server.url);
    try {
      await redis.set('ballot', 'against');
      await server.stop({ hard: true });
      await server.start();
      expect(await redis.get('ballot')).toBe('against');
    } finally {
      redis.disconnect();
    }
  });
});
