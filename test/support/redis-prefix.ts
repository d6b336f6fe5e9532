// Every test gets its own key namespace on the shared Redis, so tests can run
// in parallel files without seeing each other's data.
import { randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';

/** Only what cleanup needs, so a Redis or a single Cluster node both fit. */
export type ScanningClient = Pick<Redis, 'scan' | 'unlink'>;

export interface RedisNamespace {
  /** e.g. "t-config-4f1c9a2b07d3". Use it as (part of) your key prefix. */
  readonly prefix: string;
  /** Deletes every key containing the prefix; returns how many. */
  cleanup(redis: ScanningClient): Promise<number>;
}

/** `label` only makes keys easier to recognise when debugging. */
export function uniquePrefix(label = 'test'): string {
  const safeLabel = label.replace(/[^a-zA-Z0-9_-]/g, '-').slice(0, 24);
  return `t-${safeLabel}-${randomBytes(6).toString('hex')}`;
}

// Redis MATCH is a glob: escape its special characters.
const escapeGlob = (text: string) => text.replace(/[*?[\]\\]/g, '\\$&');

/**
 * Deletes keys that *contain* `prefix`, not only those starting with it, so
 * hash-tagged names such as "{t-x-1a2b}:queue" (BullMQ) are found too.
 */
export async function deleteKeysContaining(redis: ScanningClient, prefix: string): Promise<number> {
  const pattern = `*${escapeGlob(prefix)}*`;
  let cursor = '0';
  let deleted = 0;
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    if (keys.length > 0) deleted += await redis.unlink(...keys);
    cursor = next;
  } while (cursor !== '0');
  return deleted;
}

export function redisNamespace(label?: string): RedisNamespace {
  const prefix = uniquePrefix(label);
  return { prefix, cleanup: (redis) => deleteKeysContaining(redis, prefix) };
}
