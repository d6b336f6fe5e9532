import type { Redis } from 'ioredis';
import { identityKey, type ChatIdentity, type Member } from '../domain/roster.ts';
import type { RosterStore } from '../app/ports.ts';
import { execAll } from './exec-all.ts';
import { scripts } from './lua-script.ts';
import { RedisKeys } from './redis-keys.ts';
import { storeCall } from './store-unavailable.ts';

/** A roster hash entry: the member and its place in the roster (hashes keep no order). */
interface RosterEntry {
  readonly at: number;
  readonly member: Member;
}

const memberOf = (entry: string): Member => (JSON.parse(entry) as RosterEntry).member;

export class RedisRosterStore implements RosterStore {
  constructor(
    private readonly redis: Redis,
    private readonly keys: RedisKeys = new RedisKeys(),
  ) {}

  roster(councilId: string): Promise<Member[]> {
    return storeCall(async () => {
      const entries = await this.redis.hvals(this.keys.roster(councilId));
      return entries
        .map((entry) => JSON.parse(entry) as RosterEntry)
        .sort((a, b) => a.at - b.at)
        .map((entry) => entry.member);
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
      const transaction = this.redis.multi().del(rosterKey, identitiesKey);
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
