import { describe, expect, it } from 'vitest';
import { RedisKeys } from '../../../src/store/redis-keys.ts';

describe("the meetings' Redis keys", () => {
  it("sit in the council's Cluster slot, under the prefix", () => {
    const keys = new RedisKeys('bench-1:');
    expect(keys.meetings('rar-test')).toBe('bench-1:rb:{rar-test}:meetings');
    expect(keys.meeting('rar-test', 'm0001')).toBe('bench-1:rb:{rar-test}:meeting:m0001');
  });

  it('refuse a meeting id that would break the layout', () => {
    expect(() => new RedisKeys().meeting('rar-test', 'a:b')).toThrow(/meeting id/);
    expect(() => new RedisKeys().meeting('rar-test', '')).toThrow(/meeting id/);
  });
});
