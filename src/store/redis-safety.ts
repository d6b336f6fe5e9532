import type { Redis } from 'ioredis';

/**
 * Redis is the system of record: without persistence a restart loses every
 * ballot, and with an eviction policy a full memory silently drops keys
 * (ballots, BullMQ jobs). src/main.ts logs these warnings at start.
 */
export interface RedisSafetyFacts {
  readonly appendonly?: boolean;
  /** The `save` setting; '' means RDB snapshots are off. Unknown when CONFIG is disabled. */
  readonly save?: string;
  readonly maxmemoryPolicy?: string;
}

export function safetyWarnings(facts: RedisSafetyFacts): string[] {
  const warnings: string[] = [];
  if (facts.appendonly === false && facts.save === '') {
    warnings.push(
      'Redis persistence is off (appendonly no, no RDB save): a restart loses every ballot. Set appendonly yes.',
    );
  } else if (facts.appendonly === false && facts.save === undefined) {
    warnings.push(
      'Redis appendonly is off and RDB settings cannot be read: ballots may be lost on restart. Set appendonly yes.',
    );
  }
  if (facts.maxmemoryPolicy === undefined) {
    warnings.push('Redis maxmemory-policy cannot be read; make sure it is noeviction.');
  } else if (facts.maxmemoryPolicy !== 'noeviction') {
    warnings.push(
      `Redis maxmemory-policy is ${facts.maxmemoryPolicy}: keys (ballots, jobs) may be evicted when memory is full. Set noeviction.`,
    );
  }
  return warnings;
}

type SafetyClient = Pick<Redis, 'config' | 'info'>;

async function configValue(redis: SafetyClient, name: string): Promise<string | undefined> {
  const reply = (await redis.config('GET', name)) as unknown;
  return Array.isArray(reply) && typeof reply[1] === 'string' ? reply[1] : undefined;
}

/** INFO still answers where managed services disable CONFIG; it knows AOF and the policy, not `save`. */
async function factsFromInfo(redis: SafetyClient): Promise<RedisSafetyFacts> {
  const info = `${await redis.info('persistence')}\n${await redis.info('memory')}`;
  const field = (name: string) => new RegExp(`^${name}:(.*)$`, 'm').exec(info)?.[1]?.trim();
  const aof = field('aof_enabled');
  const policy = field('maxmemory_policy');
  return {
    ...(aof === undefined ? {} : { appendonly: aof === '1' }),
    ...(policy === undefined ? {} : { maxmemoryPolicy: policy }),
  };
}

export async function readSafetyFacts(redis: SafetyClient): Promise<RedisSafetyFacts> {
  try {
    const [appendonly, save, policy] = await Promise.all([
      configValue(redis, 'appendonly'),
      configValue(redis, 'save'),
      configValue(redis, 'maxmemory-policy'),
    ]);
    return {
      ...(appendonly === undefined ? {} : { appendonly: appendonly === 'yes' }),
      ...(save === undefined ? {} : { save }),
      ...(policy === undefined ? {} : { maxmemoryPolicy: policy }),
    };
  } catch {
    return factsFromInfo(redis);
  }
}

/** Warnings for the start-up log; empty when Redis is set up as a system of record should be. */
export async function checkRedisSafety(redis: SafetyClient): Promise<string[]> {
  try {
    return safetyWarnings(await readSafetyFacts(redis));
  } catch (error) {
    return [
      `Redis safety settings could not be read (${error instanceof Error ? error.message : String(error)}).`,
    ];
  }
}
