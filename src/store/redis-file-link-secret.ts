import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RedisKeys } from './redis-keys.ts';
import { storeCall } from './store-unavailable.ts';

/**
 * The file links' signing secret when FILE_LINK_SECRET is not set: 32 random
 * bytes made by whichever process asks first (SET NX, so two at once agree)
 * and kept in Redis, so the service, its workers and the command line sign
 * and check with the same one, and links outlive a restart. Read once per
 * process.
 */
export function keptFileLinkSecret(redis: Redis, keys: RedisKeys): () => Promise<string> {
  let secret: Promise<string> | undefined;
  const read = (): Promise<string> =>
    storeCall(async () => {
      const key = keys.fileLinkSecret();
      await redis.set(key, randomBytes(32).toString('base64url'), 'NX');
      const kept = await redis.get(key);
      if (kept === null) throw new Error('the file link secret vanished from Redis');
      return kept;
    });
  return () =>
    (secret ??= read().catch((error: unknown) => {
      // A lost Redis must not keep the failure: ask again next time.
      secret = undefined;
      throw error;
    }));
}
