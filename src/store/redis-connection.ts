import { Redis, type RedisOptions } from 'ioredis';

/**
 * - `web`: a click must be answered within Slack's 3 s, so a command fails
 *   fast while Redis is away (a retry is offered to the user) instead of
 *   waiting in a queue. Commands sent before the first connect still wait in
 *   the offline queue, so start-up needs no "await ready".
 * - `worker`: BullMQ's blocking commands must wait for Redis however long it
 *   is away; BullMQ requires `maxRetriesPerRequest: null`.
 */
export type RedisRole = 'web' | 'worker';

export interface CreateRedisOptions {
  readonly role: RedisRole;
  /** Called on connection errors; ioredis would otherwise print "Unhandled error event". */
  readonly onError?: (error: Error) => void;
  /** Last word, e.g. a shorter commandTimeout in a test. */
  readonly overrides?: RedisOptions;
}

/** Reconnects for ever, quickly at first, then every 2 s at most. */
export const reconnectDelay = (attempt: number): number => Math.min(50 * 2 ** attempt, 2_000);

const byRole: Record<RedisRole, RedisOptions> = {
  web: {
    // Queued commands fail after two failed reconnects (~300 ms), not twenty.
    maxRetriesPerRequest: 1,
    // Bounds a command whose connection dies under it, or that waits in the
    // offline queue. A vote click runs a few commands one after another and
    // is acked at voteAckDeadlineMs whatever they do; this keeps each one
    // well inside that, so the click's answer follows soon after.
    commandTimeout: 1_000,
    connectTimeout: 1_000,
    // A cast whose reply was lost is not replayed after the user was told to
    // try again; they decide, and the audit trail stays true.
    autoResendUnfulfilledCommands: false,
    // A click reads council, hearing, roster version, absences and recusals
    // at once; commands issued in the same tick go out in one write.
    enableAutoPipelining: true,
  },
  worker: {
    maxRetriesPerRequest: null,
  },
};

export function redisOptions(role: RedisRole): RedisOptions {
  return { retryStrategy: reconnectDelay, connectionName: `raadsbot-${role}`, ...byRole[role] };
}

export function createRedis(url: string, options: CreateRedisOptions): Redis {
  const redis = new Redis(url, { ...redisOptions(options.role), ...options.overrides });
  redis.on('error', options.onError ?? (() => {}));
  return redis;
}

/** For /readyz: does Redis answer PING within the time given? Never throws. */
export async function pingRedis(redis: Pick<Redis, 'ping'>, timeoutMs = 1_000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    return await Promise.race([
      redis.ping().then(
        (reply) => reply === 'PONG',
        () => false,
      ),
      timedOut,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
