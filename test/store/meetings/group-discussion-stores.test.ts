/**
 * The contract of the opsamlinger attached to a meeting's items, run against
 * the Redis store and its in-memory twin.
 */
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type { ItemGroupDiscussionStore, MeetingStore } from '../../../src/app/meetings/ports.ts';
import type { ItemGroupDiscussion } from '../../../src/domain/meetings/item-group-discussion.ts';
import { RedisItemGroupDiscussionStore } from '../../../src/store/meetings/redis-group-discussion-store.ts';
import { RedisMeetingStore } from '../../../src/store/meetings/redis-meeting-store.ts';
import { RedisKeys } from '../../../src/store/redis-keys.ts';
import { testCouncilId as council } from '../../fakes/council-mother.ts';
import { InMemoryItemGroupDiscussionStore } from '../../fakes/in-memory-group-discussion-store.ts';
import { InMemoryMeetingStore } from '../../fakes/in-memory-stores.ts';
import { deleteKeysContaining, uniquePrefix } from '../../support/redis-prefix.ts';
import { aMeetingRecord } from './meeting-store-contract.ts';

interface Fixture {
  readonly meetings: MeetingStore;
  readonly talks: ItemGroupDiscussionStore;
  cleanup(): Promise<void>;
}

const anOpsamling = (overrides: Partial<ItemGroupDiscussion> = {}): ItemGroupDiscussion => ({
  discussionId: 'd0001',
  title: 'Rekruttering',
  topics: [
    {
      key: 'A',
      title: 'Faglærte',
      questions: ['Hvem mangler vi?'],
      groups: [{ key: 'A1', answers: ['Kranførere.'], notes: '', submitted: true }],
    },
  ],
  missingGroups: [],
  compiledAt: '2026-12-03T15:00:00.000Z',
  ...overrides,
});

function describeContract(label: string, setUp: () => Promise<Fixture>): void {
  describe(`${label}: group discussions on a meeting's items`, () => {
    let fixture: Fixture;
    beforeEach(async () => {
      fixture = await setUp();
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    it('keeps one opsamling per item, a later one replacing it', async () => {
      const { meetings, talks } = fixture;
      await meetings.saveMeeting(aMeetingRecord({ status: 'held' }));
      expect(await talks.attach(council, 'm0001', '0.1.1', anOpsamling())).toEqual({
        written: true,
      });
      const edited = anOpsamling({ compiledAt: '2026-12-03T16:00:00.000Z' });
      await talks.attach(council, 'm0001', '0.1.1', edited);
      expect(await talks.groupDiscussions(council, 'm0001')).toEqual(new Map([['0.1.1', edited]]));
    });

    it('writes nothing on a meeting that is not there, cancelled, or whose minutes are approved', async () => {
      const { meetings, talks } = fixture;
      expect(await talks.attach(council, 'm0001', '0.1.1', anOpsamling())).toEqual({
        written: false,
        meetingStatus: 'missing',
      });
      await meetings.saveMeeting(aMeetingRecord({ status: 'minutes_approved' }));
      expect(await talks.attach(council, 'm0001', '0.1.1', anOpsamling())).toEqual({
        written: false,
        meetingStatus: 'minutes_approved',
      });
      await meetings.saveMeeting(aMeetingRecord({ id: 'm0002', status: 'planned' }));
      await meetings.markCancelled(council, 'm0002', new Date('2026-11-23T08:00:00.000Z'), 'sek');
      expect(await talks.attach(council, 'm0002', '0.1.1', anOpsamling())).toEqual({
        written: false,
        meetingStatus: 'cancelled',
      });
      expect((await talks.groupDiscussions(council, 'm0001')).size).toBe(0);
    });
  });
}

describeContract('in-memory twin', async () => {
  const meetings = new InMemoryMeetingStore();
  return {
    meetings,
    talks: new InMemoryItemGroupDiscussionStore(meetings),
    cleanup: async () => {},
  };
});

const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
afterAll(async () => {
  await redis.quit();
});

describeContract('Redis store', async () => {
  const prefix = `${uniquePrefix('group-talks')}:`;
  const keys = new RedisKeys(prefix);
  return {
    meetings: new RedisMeetingStore(redis, keys),
    talks: new RedisItemGroupDiscussionStore(redis, keys),
    cleanup: async () => {
      await deleteKeysContaining(redis, prefix);
    },
  };
});
