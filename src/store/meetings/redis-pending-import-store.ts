import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { PendingImport, PendingImportStore } from '../../app/meetings/ports.ts';
import { RedisKeys } from '../redis-keys.ts';
import { storeCall, storeWrite } from '../store-unavailable.ts';

/**
 * Agendas previewed in chat, each a JSON string with a time to live, under an
 * id of 128 random bits: the id travels in the preview's buttons, so it must
 * not be guessable, and the secretariat check comes on top.
 */
export class RedisPendingImportStore implements PendingImportStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys = new RedisKeys(),
  ) {}

  put(pending: PendingImport, ttlSeconds: number): Promise<string> {
    return storeWrite(async () => {
      const id = randomBytes(16).toString('base64url');
      await this.redis.set(
        this.keys.pendingImport(pending.councilId, id),
        JSON.stringify(pending),
        'EX',
        ttlSeconds,
      );
      return id;
    });
  }

  restore(id: string, pending: PendingImport, ttlSeconds: number): Promise<void> {
    return storeWrite(async () => {
      await this.redis.set(
        this.keys.pendingImport(pending.councilId, id),
        JSON.stringify(pending),
        'EX',
        ttlSeconds,
        'NX',
      );
    });
  }

  peek(councilId: string, id: string): Promise<PendingImport | undefined> {
    return storeCall(async () => parsed(await this.redis.get(this.key(councilId, id))));
  }

  take(councilId: string, id: string): Promise<PendingImport | undefined> {
    return storeWrite(async () => parsed(await this.redis.getdel(this.key(councilId, id))));
  }

  /** An id from a button is checked upstream; one that cannot be a key finds nothing. */
  private key(councilId: string, id: string): string {
    return this.keys.pendingImport(councilId, /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : 'none');
  }
}

const parsed = (json: string | null): PendingImport | undefined =>
  json === null ? undefined : (JSON.parse(json) as PendingImport);
