/**
 * The discussion store contract: what both the Redis store and its
 * in-memory twin must do (discussion-stores.test.ts runs it against each),
 * so the use-case tests cannot rely on behaviour Redis does not have.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DiscussionStore, GroupProposal } from '../../../src/app/discussions/ports.ts';
import type { Discussion, GroupSummary } from '../../../src/domain/discussions/discussion.ts';
import { noManualEdits } from '../../../src/domain/discussions/formation/formation-types.ts';
import { testCouncilId as council } from '../../fakes/council-mother.ts';

export interface DiscussionStoreFixture {
  readonly discussions: DiscussionStore;
  cleanup(): Promise<void>;
}

export const aDiscussion = (changes: Partial<Discussion> = {}): Discussion => ({
  id: 'd0001',
  councilId: council,
  title: 'Ungeindsatsen',
  meetingId: 'm0001',
  itemNumber: '2',
  topics: [
    { key: 'A', title: 'Unge uden uddannelse', questions: ['Hvad virker?', 'Hvem hjælper?'] },
    { key: 'B', title: 'Virksomhederne', questions: ['Hvor mangler de folk?'] },
  ],
  sizing: { kind: 'count', groups: 2 },
  signUpDeadline: '2026-11-25T12:00',
  windowStart: '2026-11-26T13:00',
  windowEnd: '2026-11-26T14:00',
  summariesDue: '2026-11-27T12:00',
  rooms: { kind: 'per_group', urls: ['https://meet.example/1', 'https://meet.example/2'] },
  status: 'sign_up',
  createdBy: 'sekretariat',
  createdAt: '2026-11-23T08:00:00.000Z',
  sequence: 1,
  ...changes,
});

const aProposal = (changes: Partial<GroupProposal> = {}): GroupProposal => ({
  groups: [
    { key: 'A1', topic: 'A', members: ['m001', 'm002'], ordstyrer: 'm001', referent: 'm002' },
    { key: 'B1', topic: 'B', members: ['m003', 'm004'], ordstyrer: 'm003', referent: 'm004' },
  ],
  score: {
    preferencesHonoured: 4,
    preferencesGiven: 4,
    worstOrganisationShare: 0.5,
    singleOrganisationGroups: 0,
    repeatedPairs: 0,
    total: 100,
  },
  reasons: [{ code: 'all_first_choice', params: {} }],
  manual: noManualEdits,
  seed: 42,
  formedAt: '2026-11-25T11:00:00.000Z',
  formedBy: 'sekretariat',
  ...changes,
});

const aSummary = (changes: Partial<GroupSummary> = {}): GroupSummary => ({
  groupKey: 'A1',
  answers: ['Mentorordninger.', 'Jobcentret og skolerne.'],
  notes: 'Æ, ø og å bevares.',
  submittedBy: 'm002',
  firstSubmittedAt: '2026-11-26T14:00:00.000Z',
  submittedAt: '2026-11-26T14:00:00.000Z',
  revision: 1,
  ...changes,
});

export function describeDiscussionStoreContract(
  name: string,
  make: () => Promise<DiscussionStoreFixture>,
) {
  describe(`discussion store: ${name}`, () => {
    let fixture: DiscussionStoreFixture;
    let store: DiscussionStore;
    beforeEach(async () => {
      fixture = await make();
      store = fixture.discussions;
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    it('keeps a discussion as it was given, and lists the council’s newest first', async () => {
      expect(await store.saveDiscussion(aDiscussion())).toBe(true);
      await store.saveDiscussion(
        aDiscussion({ id: 'd0002', createdAt: '2026-11-24T08:00:00.000Z', meetingId: undefined }),
      );
      expect(await store.discussion(council, 'd0001')).toEqual(aDiscussion());
      expect((await store.discussions(council)).map((d) => d.id)).toEqual(['d0002', 'd0001']);
      expect(await store.discussion(council, 'd9999')).toBeUndefined();
      expect(await store.discussions('another-council')).toEqual([]);
    });

    it('a save with the status read is refused once the status moved on: two announces, one wins', async () => {
      await store.saveDiscussion(aDiscussion());
      const announced = aDiscussion({ status: 'announced', sequence: 2 });
      expect(await store.saveDiscussion(announced, 'sign_up')).toBe(true);
      expect(await store.saveDiscussion(announced, 'sign_up')).toBe(false);
      expect(await store.saveDiscussion(aDiscussion({ status: 'cancelled' }), 'sign_up')).toBe(
        false,
      );
      expect(await store.discussion(council, 'd0001')).toMatchObject({ status: 'announced' });
      expect(await store.saveDiscussion(aDiscussion({ id: 'd0404' }), 'sign_up')).toBe(false);
      // Of two changes made from the same reading, the second is refused.
      const read = await store.discussion(announced.councilId, announced.id);
      const first = { ...read!, title: 'Først', sequence: read!.sequence + 1 };
      const second = { ...read!, title: 'Anden', sequence: read!.sequence + 1 };
      expect(await store.saveDiscussion(first, 'announced', read!.sequence)).toBe(true);
      expect(await store.saveDiscussion(second, 'announced', read!.sequence)).toBe(false);
      expect((await store.discussion(announced.councilId, announced.id))?.title).toBe('Først');
      expect(await store.discussion(council, 'd0404')).toBeUndefined();
    });

    it('sign-ups are kept per member while sign-up is open, refused after', async () => {
      await store.saveDiscussion(aDiscussion());
      const at = '2026-11-23T09:00:00.000Z';
      expect(await store.saveSignUp(council, 'd0001', { memberId: 'm002', topic: 'A', at })).toBe(
        true,
      );
      await store.saveSignUp(council, 'd0001', { memberId: 'm001', volunteer: 'referent', at });
      await store.saveSignUp(council, 'd0001', { memberId: 'm002', topic: 'B', at });
      expect(await store.signUps(council, 'd0001')).toEqual([
        { memberId: 'm001', volunteer: 'referent', at },
        { memberId: 'm002', topic: 'B', at },
      ]);
      await store.saveDiscussion(aDiscussion({ status: 'announced' }));
      expect(await store.saveSignUp(council, 'd0001', { memberId: 'm003', topic: 'A', at })).toBe(
        false,
      );
      expect(await store.saveSignUp(council, 'd0404', { memberId: 'm003', at })).toBe(false);
      expect(await store.signUps(council, 'd0001')).toHaveLength(2);
    });

    it('the proposal is replaced while in sign-up; after announcing only the announced groups may change', async () => {
      await store.saveDiscussion(aDiscussion());
      expect(await store.proposal(council, 'd0001')).toBeUndefined();
      expect(await store.saveProposal(council, 'd0001', aProposal())).toBe(true);
      expect(await store.saveAnnouncedGroups(council, 'd0001', aProposal({ seed: 7 }))).toBe(false);
      expect(await store.proposal(council, 'd0001')).toEqual(aProposal());
      await store.saveDiscussion(aDiscussion({ status: 'announced' }));
      expect(await store.saveProposal(council, 'd0001', aProposal({ seed: 8 }))).toBe(false);
      expect(await store.saveAnnouncedGroups(council, 'd0001', aProposal({ seed: 9 }))).toBe(true);
      expect(await store.proposal(council, 'd0001')).toMatchObject({ seed: 9 });
    });

    it('a summary is written only at the revision its writer saw, and only while announced or compiled', async () => {
      await store.saveDiscussion(aDiscussion());
      expect(await store.saveSummary(council, 'd0001', aSummary(), 0)).toBe('closed');
      await store.saveDiscussion(aDiscussion({ status: 'announced' }));
      expect(await store.saveSummary(council, 'd0001', aSummary(), 0)).toBe('written');
      expect(await store.saveSummary(council, 'd0001', aSummary({ notes: 'anden' }), 0)).toBe(
        'changed_meanwhile',
      );
      const edit = aSummary({ notes: 'Rettet.', revision: 2 });
      expect(await store.saveSummary(council, 'd0001', edit, 1)).toBe('written');
      expect(await store.summaries(council, 'd0001')).toEqual([edit]);
      await store.saveDiscussion(aDiscussion({ status: 'compiled' }));
      expect(
        await store.saveSummary(council, 'd0001', aSummary({ groupKey: 'B1', revision: 1 }), 0),
      ).toBe('written');
      await store.saveDiscussion(aDiscussion({ status: 'cancelled' }));
      expect(await store.saveSummary(council, 'd0001', aSummary({ revision: 3 }), 2)).toBe(
        'closed',
      );
      expect((await store.summaries(council, 'd0001')).map((s) => s.groupKey)).toEqual([
        'A1',
        'B1',
      ]);
    });

    it('of two announces or two summary writes at the same moment, one is written', async () => {
      await store.saveDiscussion(aDiscussion());
      const announced = aDiscussion({ status: 'announced', sequence: 2 });
      const announces = await Promise.all([
        store.saveDiscussion(announced, 'sign_up'),
        store.saveDiscussion(announced, 'sign_up'),
      ]);
      expect(announces.sort()).toEqual([false, true]);
      const writes = await Promise.all([
        store.saveSummary(council, 'd0001', aSummary({ notes: 'Referenten.' }), 0),
        store.saveSummary(council, 'd0001', aSummary({ notes: 'Sekretariatet.' }), 0),
      ]);
      expect(writes.sort()).toEqual(['changed_meanwhile', 'written']);
      expect(await store.summaries(council, 'd0001')).toHaveLength(1);
    });

    it('a long summary is kept whole', async () => {
      await store.saveDiscussion(aDiscussion({ status: 'announced' }));
      const long = aSummary({ answers: ['x'.repeat(20_000), 'y'], notes: 'ø'.repeat(20_000) });
      await store.saveSummary(council, 'd0001', long, 0);
      expect(await store.summaries(council, 'd0001')).toEqual([long]);
    });

    it('sending for comments is claimed once, and may be claimed again once released', async () => {
      await store.saveDiscussion(aDiscussion({ status: 'compiled' }));
      expect(await store.claimCommentsHearing(council, 'd0001', 'sekretariat')).toBe(true);
      expect(await store.claimCommentsHearing(council, 'd0001', 'formand')).toBe(false);
      await store.releaseCommentsHearing(council, 'd0001');
      expect(await store.claimCommentsHearing(council, 'd0001', 'formand')).toBe(true);
    });

    it('keeps the opsamling, and its hearing once sent', async () => {
      await store.saveDiscussion(aDiscussion({ status: 'compiled' }));
      expect(await store.opsamling(council, 'd0001')).toBeUndefined();
      const opsamling = {
        compiledAt: '2026-11-27T11:00:00.000Z',
        compiledBy: 'due',
        missingGroups: ['B1'],
      };
      await store.saveOpsamling(council, 'd0001', opsamling);
      expect(await store.opsamling(council, 'd0001')).toEqual(opsamling);
      await store.saveOpsamling(council, 'd0001', { ...opsamling, hearingId: 'h0001' });
      expect(await store.opsamling(council, 'd0001')).toMatchObject({ hearingId: 'h0001' });
    });
  });
}
