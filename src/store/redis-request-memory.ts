import type { Redis } from 'ioredis';
import type { RedisKeys } from './redis-keys.ts';

/**
 * Remembers chat requests already acted on, so a replayed or redelivered one
 * acts only once, whichever web process it reaches.
 */
export class RedisRequestMemory {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys,
    private readonly platform: string,
  ) {}

  /** True the first time `key` is seen within `ttlSeconds`. */
  async rememberOnce(key: string, ttlSeconds: number): Promise<boolean> {
    const set = await this.redis.set(
      this.keys.seenRequest(this.platform, key),
      '1',
      'EX',
      ttlSeconds,
      'NX',
    );
    return set === 'OK';
  }
}
