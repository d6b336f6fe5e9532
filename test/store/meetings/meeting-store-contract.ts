/**
 * The meeting store contract: what both the Redis store and its in-memory
 * twin must do (meeting-stores.test.ts runs it against each), so the
 * use-case tests cannot rely on behaviour Redis does not have.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { MeetingStore } from '../../../src/app/meetings/ports.ts';
import type { Meeting } from '../../../src/domain/meetings/meeting.ts';
import type { MeetingRecord } from '../../../src/domain/meetings/meeting-record.ts';
import { testCouncilId as council } from '../../fakes/council-mother.ts';

export interface MeetingStoreFixture {
  readonly meetings: MeetingStore;
  cleanup(): Promise<void>;
}

const cancelledAt = new Date('2026-11-23T08:00:00.000Z');

export function aMeetingRecord(meeting: Partial<Meeting> = {}): MeetingRecord {
  return {
    meeting: {
      id: 'm0001',
      councilId: council,
      title: 'Rådsmøde',
      start: '2026-12-03T13:00',
      end: '2026-12-03T16:00',
      place: 'Havnehuset',
      status: 'planned',
      ...meeting,
    },
    items: [
      {
        number: [0, 1, 1],
        theme: '0. TEMA: Fremtidens arbejdskraft',
        title: 'Rekruttering i havneerhvervene',
        kinds: ['O', 'D'],
        presentation: true,
        presenters: ['Ida Pælebro'],
        fields: {
          sagenKort: { label: 'Sagen kort', text: 'Havneerhvervene mangler faglærte.' },
          indstilling: 'Formandskabet indstiller, at Rådet drøfter behovet.',
          bilag: [{ number: '0.1.1', title: 'Bilag 0.1.1 – Branchenotat' }],
          other: [{ label: 'Emner', text: '- Kranførerkurser', after: 2 }],
        },
      },
    ],
    attendance: [{ organisation: 'FH', people: [{ name: 'Anna Kajplads', note: 'bagland' }] }],
  };
}

export function describeMeetingStoreContract(
  label: string,
  setUp: () => Promise<MeetingStoreFixture>,
): void {
  describe(`${label}: meeting store contract`, () => {
    let fixture: MeetingStoreFixture;
    let meetings: MeetingStore;
    beforeEach(async () => {
      fixture = await setUp();
      meetings = fixture.meetings;
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    it('gives back a saved meeting with its items and attendance, as saved', async () => {
      expect(await meetings.saveMeeting(aMeetingRecord())).toBe(true);
      expect(await meetings.meeting(council, 'm0001')).toEqual(aMeetingRecord());
    });

    it('has no meeting it was never given, in this council or another', async () => {
      await meetings.saveMeeting(aMeetingRecord());
      expect(await meetings.meeting(council, 'm0002')).toBeUndefined();
      expect(await meetings.meeting('rar-other', 'm0001')).toBeUndefined();
      expect(await meetings.meetings('rar-other')).toEqual([]);
    });

    it('rewrites a meeting: new items, same place in the list', async () => {
      await meetings.saveMeeting(aMeetingRecord());
      const filled = { ...aMeetingRecord(), items: [], attendance: [] };
      expect(await meetings.saveMeeting(filled)).toBe(true);
      expect(await meetings.meeting(council, 'm0001')).toEqual(filled);
      expect(await meetings.meetings(council)).toEqual([filled]);
    });

    it('lists the meetings by start, then id', async () => {
      const late = aMeetingRecord({
        id: 'm0001',
        start: '2027-01-14T13:00',
        end: '2027-01-14T16:00',
      });
      const early = aMeetingRecord({ id: 'm0003', start: '2026-12-03T09:00' });
      const sameTime = aMeetingRecord({ id: 'm0002', start: '2026-12-03T09:00' });
      for (const record of [late, early, sameTime]) await meetings.saveMeeting(record);
      expect((await meetings.meetings(council)).map((record) => record.meeting.id)).toEqual([
        'm0002',
        'm0003',
        'm0001',
      ]);
    });

    it('a rewrite that moves the start moves the meeting in the list', async () => {
      await meetings.saveMeeting(aMeetingRecord({ id: 'm0001' }));
      await meetings.saveMeeting(aMeetingRecord({ id: 'm0002', start: '2026-12-10T13:00' }));
      await meetings.saveMeeting(aMeetingRecord({ id: 'm0001', start: '2026-12-17T13:00' }));
      expect((await meetings.meetings(council)).map((record) => record.meeting.id)).toEqual([
        'm0002',
        'm0001',
      ]);
    });

    it('cancels a planned meeting once, with who and when', async () => {
      await meetings.saveMeeting(aMeetingRecord());
      expect(await meetings.markCancelled(council, 'm0001', cancelledAt, 'sekretariat')).toBe(true);
      expect(await meetings.markCancelled(council, 'm0001', cancelledAt, 'formand')).toBe(false);
      const stored = await meetings.meeting(council, 'm0001');
      expect(stored?.meeting).toEqual({
        ...aMeetingRecord().meeting,
        status: 'cancelled',
        cancelledAt: '2026-11-23T08:00:00.000Z',
        cancelledBy: 'sekretariat',
      });
      expect(stored?.items).toEqual(aMeetingRecord().items);
      expect((await meetings.meetings(council))[0]?.meeting.status).toBe('cancelled');
    });

    it('cancels an agenda-published meeting, but not a held one nor one that is not there', async () => {
      await meetings.saveMeeting(aMeetingRecord({ id: 'm0001', status: 'agenda_published' }));
      await meetings.saveMeeting(aMeetingRecord({ id: 'm0002', status: 'held' }));
      expect(await meetings.markCancelled(council, 'm0001', cancelledAt, 'sekretariat')).toBe(true);
      expect(await meetings.markCancelled(council, 'm0002', cancelledAt, 'sekretariat')).toBe(
        false,
      );
      expect(await meetings.markCancelled(council, 'm0404', cancelledAt, 'sekretariat')).toBe(
        false,
      );
      expect((await meetings.meeting(council, 'm0002'))?.meeting.status).toBe('held');
      expect(await meetings.meeting(council, 'm0404')).toBeUndefined();
    });

    it('keeps who said they are coming, with the first time they said it, until they take it back', async () => {
      await meetings.saveMeeting(aMeetingRecord());
      await meetings.markComing(council, 'm0001', 'm001', cancelledAt);
      await meetings.markComing(council, 'm0001', 'm001', new Date('2026-11-24T08:00:00.000Z'));
      await meetings.markComing(council, 'm0001', 'm002', cancelledAt);
      await meetings.unmarkComing(council, 'm0001', 'm002');
      expect([...(await meetings.comingMembers(council, 'm0001'))]).toEqual([
        ['m001', cancelledAt.toISOString()],
      ]);
      expect((await meetings.comingMembers(council, 'm0002')).size).toBe(0);
    });

    it('a rewrite made from a read that is out of date is refused, and the status changed meanwhile stays', async () => {
      await meetings.saveMeeting(aMeetingRecord({ status: 'agenda_published' }));
      // Meanwhile someone else sent the minutes for approval.
      await meetings.saveMeeting(aMeetingRecord({ status: 'minutes_sent' }), 'agenda_published');
      const stale = aMeetingRecord({ status: 'agenda_published', place: 'Rådhuset' });
      expect(await meetings.saveMeeting(stale, 'agenda_published')).toBe(false);
      const stored = await meetings.meeting(council, 'm0001');
      expect(stored?.meeting.status).toBe('minutes_sent');
      expect(stored?.meeting.place).toBe('Havnehuset');
      expect(
        await meetings.saveMeeting(
          { ...stale, meeting: { ...stale.meeting, status: 'minutes_sent' } },
          'minutes_sent',
        ),
      ).toBe(true);
    });

    it('never rewrites a cancelled meeting', async () => {
      await meetings.saveMeeting(aMeetingRecord());
      await meetings.markCancelled(council, 'm0001', cancelledAt, 'sekretariat');
      const rewrite = { ...aMeetingRecord({ title: 'Ekstraordinært rådsmøde' }), items: [] };
      expect(await meetings.saveMeeting(rewrite)).toBe(false);
      const stored = await meetings.meeting(council, 'm0001');
      expect(stored?.meeting.title).toBe('Rådsmøde');
      expect(stored?.meeting.status).toBe('cancelled');
      expect(stored?.items).toEqual(aMeetingRecord().items);
    });
  });
}
