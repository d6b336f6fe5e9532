/**
 * The contract of a meeting's guests and the approval of its minutes, run
 * against the Redis stores and their in-memory twins, so the use-case tests
 * cannot rely on behaviour Redis does not have.
 */
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import type {
  MeetingGuestStore,
  MeetingStore,
  MinutesApprovalStore,
} from '../../../src/app/meetings/ports.ts';
import type { MeetingGuest } from '../../../src/domain/meetings/attendance-sheet.ts';
import { RedisMeetingGuestStore } from '../../../src/store/meetings/redis-attendance-store.ts';
import { RedisMinutesApprovalStore } from '../../../src/store/meetings/redis-approval-store.ts';
import { RedisMeetingStore } from '../../../src/store/meetings/redis-meeting-store.ts';
import { RedisKeys } from '../../../src/store/redis-keys.ts';
import { testCouncilId as council } from '../../fakes/council-mother.ts';
import {
  InMemoryMeetingGuestStore,
  InMemoryMeetingStore,
  InMemoryMinutesApprovalStore,
} from '../../fakes/in-memory-stores.ts';
import { deleteKeysContaining, uniquePrefix } from '../../support/redis-prefix.ts';
import { aMeetingRecord } from './meeting-store-contract.ts';

interface Fixture {
  readonly meetings: MeetingStore;
  readonly guests: MeetingGuestStore;
  readonly approvals: MinutesApprovalStore;
  cleanup(): Promise<void>;
}

const aGuest = (name: string, addedAt: string, extra: Partial<MeetingGuest> = {}) => ({
  name,
  organisation: 'STAR',
  presenter: true,
  addedAt,
  addedBy: 'sekretariat',
  ...extra,
});
const round = {
  sentAt: '2026-12-03T15:30:00.000Z',
  sentBy: 'sekretariat',
  deadline: '2026-12-10T12:00',
};
const approval = (memberId: string, approvedAt: string, comment?: string) => ({
  memberId,
  approvedAt,
  ...(comment === undefined ? {} : { comment }),
});

function describeContract(label: string, setUp: () => Promise<Fixture>): void {
  describe(`${label}: guests and minutes approval`, () => {
    let fixture: Fixture;
    beforeEach(async () => {
      fixture = await setUp();
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    it('keeps one guest per name (any case), in the order added, and removes them by name', async () => {
      const { guests } = fixture;
      const first = aGuest('Rune Rorgænger', '2026-11-23T08:00:00.000Z', {
        note: 'under punkt 2.1.1',
      });
      const second = aGuest('Tove Tangsø', '2026-11-23T08:01:00.000Z', {
        organisation: 'FH',
        presenter: false,
        note: 'bagland',
      });
      expect(await guests.addGuest(council, 'm0001', first)).toBe(true);
      expect(await guests.addGuest(council, 'm0001', second)).toBe(true);
      const replaced = { ...first, name: 'rune rorgænger', note: 'under punkt 2.1.2' };
      expect(await guests.addGuest(council, 'm0001', replaced)).toBe(false);
      expect(await guests.guests(council, 'm0001')).toEqual([replaced, second]);
      expect(await guests.guests(council, 'm0002')).toEqual([]);
      expect(await guests.removeGuest(council, 'm0001', 'RUNE RORGÆNGER')).toBe(true);
      expect(await guests.removeGuest(council, 'm0001', 'Rune Rorgænger')).toBe(false);
      expect(await guests.guests(council, 'm0001')).toEqual([second]);
    });

    it('sends the minutes once, from planned, agenda published or held, with the round', async () => {
      const { meetings, approvals } = fixture;
      expect(await approvals.sendForApproval(council, 'm0001', round)).toEqual({
        ok: false,
        status: undefined,
      });
      await meetings.saveMeeting(aMeetingRecord({ status: 'held' }));
      expect(await approvals.sendForApproval(council, 'm0001', round)).toEqual({ ok: true });
      expect((await meetings.meeting(council, 'm0001'))?.meeting.status).toBe('minutes_sent');
      expect(await approvals.round(council, 'm0001')).toEqual(round);
      expect(await approvals.sendForApproval(council, 'm0001', round)).toEqual({
        ok: false,
        status: 'minutes_sent',
      });
    });

    it('takes one approval per member while the minutes are out; the first stays', async () => {
      const { meetings, approvals } = fixture;
      await meetings.saveMeeting(aMeetingRecord());
      const first = approval('m002', '2026-12-04T08:00:00.000Z', 'Rettelse til pkt. 2.1');
      expect(await approvals.approve(council, 'm0001', first)).toEqual({
        ok: false,
        status: 'planned',
      });
      await approvals.sendForApproval(council, 'm0001', round);
      expect(await approvals.approve(council, 'm0001', first)).toEqual({ ok: true, added: true });
      const earlier = approval('m001', '2026-12-03T20:00:00.000Z');
      expect(await approvals.approve(council, 'm0001', earlier)).toEqual({ ok: true, added: true });
      expect(
        await approvals.approve(council, 'm0001', approval('m002', '2026-12-05T08:00:00.000Z')),
      ).toEqual({ ok: true, added: false });
      expect(await approvals.approvals(council, 'm0001')).toEqual([earlier, first]);
    });

    it('closes the round once: minutes approved, with who and when, and no approval after', async () => {
      const { meetings, approvals } = fixture;
      await meetings.saveMeeting(aMeetingRecord({ status: 'agenda_published' }));
      const at = new Date('2026-12-11T09:00:00.000Z');
      expect(await approvals.closeApproval(council, 'm0001', at, 'sekretariat')).toEqual({
        ok: false,
        status: 'agenda_published',
      });
      await approvals.sendForApproval(council, 'm0001', round);
      expect(await approvals.closeApproval(council, 'm0001', at, 'sekretariat')).toEqual({
        ok: true,
      });
      expect((await meetings.meeting(council, 'm0001'))?.meeting.status).toBe('minutes_approved');
      expect(await approvals.round(council, 'm0001')).toEqual({
        ...round,
        closedAt: at.toISOString(),
        closedBy: 'sekretariat',
      });
      expect(await approvals.closeApproval(council, 'm0001', at, 'sekretariat')).toEqual({
        ok: false,
        status: 'minutes_approved',
      });
      expect(
        await approvals.approve(council, 'm0001', approval('m001', '2026-12-11T10:00:00.000Z')),
      ).toEqual({ ok: false, status: 'minutes_approved' });
    });

    it('a cancelled meeting has no minutes to send', async () => {
      const { meetings, approvals } = fixture;
      await meetings.saveMeeting(aMeetingRecord());
      await meetings.markCancelled(council, 'm0001', new Date('2026-11-23T08:00:00.000Z'), 'sek');
      expect(await approvals.sendForApproval(council, 'm0001', round)).toEqual({
        ok: false,
        status: 'cancelled',
      });
    });
  });
}

describeContract('in-memory twins', async () => {
  const meetings = new InMemoryMeetingStore();
  return {
    meetings,
    guests: new InMemoryMeetingGuestStore(),
    approvals: new InMemoryMinutesApprovalStore(meetings),
    cleanup: async () => {},
  };
});

const redis = new Redis(inject('redisUrl'), { maxRetriesPerRequest: 1 });
afterAll(async () => {
  await redis.quit();
});

describeContract('Redis stores', async () => {
  const prefix = `${uniquePrefix('meeting-approval')}:`;
  const keys = new RedisKeys(prefix);
  return {
    meetings: new RedisMeetingStore(redis, keys),
    guests: new RedisMeetingGuestStore(redis, keys),
    approvals: new RedisMinutesApprovalStore(redis, keys),
    cleanup: async () => {
      await deleteKeysContaining(redis, prefix);
    },
  };
});
