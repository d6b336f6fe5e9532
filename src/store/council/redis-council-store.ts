import type { Redis } from 'ioredis';
import type { Council, Locale } from '../../domain/council/council.ts';
import type { CouncilStore } from '../../app/council/ports.ts';
import { execAll } from '../exec-all.ts';
import { RedisKeys } from '../redis-keys.ts';
import { storeCall } from '../store-unavailable.ts';

function councilFromHash(hash: Record<string, string>): Council | undefined {
  const { id, name, locale, timeZone } = hash;
  if (id === undefined || name === undefined || locale === undefined || timeZone === undefined)
    return undefined;
  return { id, name, locale: locale as Locale, timeZone };
}

/**
 * Each council in its own hash (in its hash-tag slot), plus one set of all
 * council ids. The two live in different Cluster slots, so they are written
 * one after the other: the hash first, so a listed id always has a council.
 */
export class RedisCouncilStore implements CouncilStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys = new RedisKeys(),
  ) {}

  council(councilId: string): Promise<Council | undefined> {
    return storeCall(async () =>
      councilFromHash(await this.redis.hgetall(this.keys.councilHash(councilId))),
    );
  }

  saveCouncil(council: Council): Promise<void> {
    return storeCall(async () => {
      const { id, name, locale, timeZone } = council;
      await this.redis.hset(this.keys.councilHash(id), { id, name, locale, timeZone });
      await this.redis.sadd(this.keys.councilIds(), id);
    });
  }

  /** Sorted by id. */
  councils(): Promise<Council[]> {
    return storeCall(async () => {
      const ids = (await this.redis.smembers(this.keys.councilIds())).sort();
      if (ids.length === 0) return [];
      const batch = this.redis.pipeline();
      for (const id of ids) batch.hgetall(this.keys.councilHash(id));
      const hashes = (await execAll(batch)) as Array<Record<string, string>>;
      return hashes
        .map(councilFromHash)
        .filter((council): council is Council => council !== undefined);
    });
  }
}
