import { describe, expect, it } from 'vitest';
import { RedisKeys } from '../../src/store/redis-keys.ts';

const hashTag = (key: string) => /\{([^}]*)\}/.exec(key)?.[1];

describe('Redis key layout', () => {
  it("puts every key of a council in the council's Cluster slot", () => {
    const keys = new RedisKeys('bench-1:');
    const hearing = keys.hearingKeys('rar-test', 'h0001');
    const all = [
      ...Object.values(hearing),
      keys.councilHash('rar-test'),
      keys.roster('rar-test'),
      keys.rosterIdentities('rar-test'),
      keys.absences('rar-test'),
      keys.chatAddresses('rar-test'),
    ];
    expect(all.map(hashTag)).toEqual(all.map(() => 'rar-test'));
    expect(all.every((key) => key.startsWith('bench-1:rb:{rar-test}:'))).toBe(true);
    expect(hearing.ballots).toBe('bench-1:rb:{rar-test}:hearing:h0001:ballots');
  });

  it('refuses ids and prefixes that would break the layout', () => {
    expect(() => new RedisKeys('{x}')).toThrow(/prefix/);
    expect(() => new RedisKeys().hearing('rar-test', 'a:b')).toThrow(/hearing id/);
    expect(() => new RedisKeys().roster('rar}{x')).toThrow(/council id/);
  });
});
