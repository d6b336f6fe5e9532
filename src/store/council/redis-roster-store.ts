import type { Redis } from 'ioredis';
import { identityKey, type ChatIdentity, type Member } from '../../domain/council/roster.ts';
import type { RosterStore } from '../../app/council/ports.ts';
import { execAll } from '../exec-all.ts';
import { defineScripts, scripts } from '../lua-script.ts';
import { RedisKeys } from '../redis-keys.ts';
import { storeCall } from '../store-unavailable.ts';

/** A roster hash entry: the member and its place in the roster (hashes keep no order). */
interface RosterEntry {
  readonly at: number;
  readonly member: Member;
}

const memberOf = (entry: string): Member => (JSON.parse(entry) as RosterEntry).member;

/**
 * Every ballot needs the roster (who holds which seat), and a council of
 * 1,000 seats is 1,000 JSON entries to fetch and parse. So each process keeps
 * the parsed roster and, per read, only asks Redis for a version counter that
 * every import bumps in the same transaction: a roster replaced by any
 * process is seen by all at their next read.
 */
export class RedisRosterStore implements RosterStore {
  private readonly cache = new Map<string, { version: string; members: readonly Member[] }>();

  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys = new RedisKeys(),
  ) {
    defineScripts(redis);
  }

  roster(councilId: string): Promise<Member[]> {
    return storeCall(async () => {
      const version = (await this.redis.get(this.keys.rosterVersion(councilId))) ?? '0';
      const cached = this.cache.get(councilId);
      // Callers get a copy of the array, so none can reorder the cached one.
      if (cached?.version === version) return [...cached.members];
      const entries = await this.redis.hvals(this.keys.roster(councilId));
      const members = entries
        .map((entry) => JSON.parse(entry) as RosterEntry)
        .sort((a, b) => a.at - b.at)
        .map((entry) => Object.freeze(entry.member));
      this.cache.set(councilId, { version, members });
      return [...members];
    });
  }

  /** MULTI: readers see the old roster and index, or the new ones, never a mix. */
  replaceRoster(councilId: string, members: readonly Member[]): Promise<void> {
    return storeCall(async () => {
      const rosterKey = this.keys.roster(councilId);
      const identitiesKey = this.keys.rosterIdentities(councilId);
      const entries = members.flatMap((member, at) => [
        member.id,
        JSON.stringify({ at, member } satisfies RosterEntry),
      ]);
      const index = members.flatMap((member) =>
        member.identities.flatMap((identity) => [identityKey(identity), member.id]),
      );
      const transaction = this.redis
        .multi()
        .del(rosterKey, identitiesKey)
        .incr(this.keys.rosterVersion(councilId));
      if (entries.length > 0) transaction.hset(rosterKey, ...entries);
      if (index.length > 0) transaction.hset(identitiesKey, ...index);
      await execAll(transaction);
    });
  }

  memberByIdentity(councilId: string, identity: ChatIdentity): Promise<Member | undefined> {
    return storeCall(async () => {
      const entry = await scripts.memberByIdentity.run(
        this.redis,
        [this.keys.rosterIdentities(councilId), this.keys.roster(councilId)],
        [identityKey(identity)],
      );
      return typeof entry === 'string' ? memberOf(entry) : undefined;
    });
  }
}
