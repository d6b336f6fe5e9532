import { createHash, randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import type { RateWindow } from './chat-sender.ts';

/**
 * Sliding-window log per conversation: a sorted set of send times, trimmed to
 * the window. Atomic in Lua so that several workers share one budget — BullMQ
 * OSS limits a whole queue, not a group such as a Slack channel.
 * Returns 0 (send now; the send is recorded) or the ms until a slot frees up.
 */
const takeSlotLua = `
local key = KEYS[1]
local now = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
local max = tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', key, '-inf', now - window)
if redis.call('ZCARD', key) < max then
  redis.call('ZADD', key, now, ARGV[4])
  redis.call('PEXPIRE', key, window)
  return 0
end
local oldest = redis.call('ZRANGE', key, 0, 0, 'WITHSCORES')
return math.max(1, tonumber(oldest[2]) + window - now)
`;
const takeSlotSha = createHash('sha1').update(takeSlotLua).digest('hex');

export class ConversationLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
    private readonly now: () => number = Date.now,
  ) {}

  async take(platform: string, conversation: string, limit: RateWindow): Promise<number> {
    const key = `${this.prefix}:limit:${platform}:${conversation}`;
    const args = [key, this.now(), limit.windowMs, limit.max, randomUUID()];
    try {
      return Number(await this.redis.evalsha(takeSlotSha, 1, ...args));
    } catch (error) {
      // First call on this server (or after SCRIPT FLUSH): load the script.
      if (!(error instanceof Error) || !error.message.includes('NOSCRIPT')) throw error;
      return Number(await this.redis.eval(takeSlotLua, 1, ...args));
    }
  }
}
