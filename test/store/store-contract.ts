/**
 * The store contract: what every implementation of the store ports must do.
 * Run against the in-memory twins (in-memory-stores.test.ts) and Redis
 * (redis-stores.test.ts), so the twins the use-case tests rely on cannot
 * drift from the real thing.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChatDirectory } from '../../src/app/ports.ts';
import type { AbsenceStore, CouncilStore, RosterStore } from '../../src/app/council/ports.ts';
import type { HearingStore } from '../../src/app/hearings/ports.ts';
import type { HearingResult } from '../../src/domain/hearings/hearing-result.ts';
import {
  aBallot,
  aCouncil,
  aDraftHearing,
  anOpenHearing,
  rosterWith,
  testCouncilId as council,
} from '../fakes/council-mother.ts';

export interface StoresUnderTest {
  readonly councils: CouncilStore;
  readonly rosters: RosterStore;
  readonly absences: AbsenceStore;
  readonly hearings: HearingStore;
  readonly directory: ChatDirectory;
}

export interface ContractFixture {
  readonly stores: StoresUnderTest;
  cleanup(): Promise<void>;
}

const deadline = '2026-03-09T11:00:00.000Z';
const justBefore = '2026-03-09T10:59:59.999Z';
/** When a test closes, cancels or recuses: a fixed instant, as the app's clock would give it. */
const closedAt = new Date('2026-03-05T09:00:00.000Z');
const result: HearingResult = {
  outcome: 'adopted',
  tally: { for: 2, against: 1, abstain: 0, objections: 0, comments: 0, responded: 3, eligible: 5 },
};

export function describeStoreContract(label: string, setUp: () => Promise<ContractFixture>): void {
  describe(`${label}: store contract`, () => {
    let fixture: ContractFixture;
    let hearings: HearingStore;
    beforeEach(async () => {
      fixture = await setUp();
      hearings = fixture.stores.hearings;
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    describe('ballots', () => {
      it("records a seat's first ballot as a 'cast'", async () => {
        await hearings.saveHearing(anOpenHearing());
        const outcome = await hearings.castBallot(council, 'h0001', aBallot('m001', 'for'));
        expect(outcome).toEqual({ ok: true });
        expect(await hearings.ballots(council, 'h0001')).toEqual([aBallot('m001', 'for')]);
        expect(await hearings.auditTrail(council, 'h0001')).toEqual([
          {
            type: 'cast',
            seatId: 'm001',
            memberId: 'm001',
            choice: 'for',
            at: '2026-03-02T10:00:00.000Z',
          },
        ]);
      });

      it("replaces the seat's ballot on a second cast, returns the previous and records a 'change'", async () => {
        await hearings.saveHearing(anOpenHearing());
        await hearings.castBallot(council, 'h0001', aBallot('m001', 'for'));
        const second = aBallot('m001', 'against', '2026-03-02T11:00:00.000Z', {
          reason: 'For dyrt',
        });
        expect(await hearings.castBallot(council, 'h0001', second)).toEqual({
          ok: true,
          previous: aBallot('m001', 'for'),
        });
        expect(await hearings.ballots(council, 'h0001')).toEqual([second]);
        expect((await hearings.auditTrail(council, 'h0001')).map((event) => event.type)).toEqual([
          'cast',
          'change',
        ]);
        expect((await hearings.auditTrail(council, 'h0001'))[1]).toMatchObject({
          choice: 'against',
          reason: 'For dyrt',
        });
      });

      it('records who cast a substitute ballot as the member, on the seat', async () => {
        await hearings.saveHearing(anOpenHearing());
        await hearings.castBallot(
          council,
          'h0001',
          aBallot('m001', 'for', undefined, { castBy: 's001', actingAs: 'substitute' }),
        );
        expect(await hearings.auditTrail(council, 'h0001')).toMatchObject([
          { seatId: 'm001', memberId: 's001' },
        ]);
      });

      it("withdraws a ballot, returns it and records a 'withdraw'", async () => {
        await hearings.saveHearing(anOpenHearing());
        await hearings.castBallot(council, 'h0001', aBallot('m001', 'for'));
        const at = new Date('2026-03-02T12:00:00.000Z');
        expect(await hearings.withdrawBallot(council, 'h0001', 'm001', 'm001', at)).toEqual({
          ok: true,
          withdrawn: aBallot('m001', 'for'),
        });
        expect(await hearings.ballots(council, 'h0001')).toEqual([]);
        expect((await hearings.auditTrail(council, 'h0001'))[1]).toEqual({
          type: 'withdraw',
          seatId: 'm001',
          memberId: 'm001',
          at: at.toISOString(),
        });
      });

      it('refuses to withdraw when the seat has no ballot', async () => {
        await hearings.saveHearing(anOpenHearing());
        expect(
          await hearings.withdrawBallot(council, 'h0001', 'm001', 'm001', new Date(justBefore)),
        ).toEqual({
          ok: false,
          code: 'no_ballot_to_withdraw',
        });
        expect(await hearings.auditTrail(council, 'h0001')).toEqual([]);
      });

      it('refuses a ballot on a hearing that does not exist', async () => {
        expect(await hearings.castBallot(council, 'nope', aBallot('m001'))).toEqual({
          ok: false,
          code: 'hearing_not_found',
        });
        expect(
          await hearings.withdrawBallot(council, 'nope', 'm001', 'm001', new Date(justBefore)),
        ).toEqual({
          ok: false,
          code: 'hearing_not_found',
        });
      });

      it('refuses ballots on a draft', async () => {
        await hearings.saveHearing(aDraftHearing());
        expect(await hearings.castBallot(council, 'h0001', aBallot('m001'))).toEqual({
          ok: false,
          code: 'hearing_not_open',
        });
      });

      it('refuses ballots and withdrawals once the hearing is closed, and keeps the ballots frozen', async () => {
        await hearings.saveHearing(anOpenHearing());
        await hearings.castBallot(council, 'h0001', aBallot('m001', 'for'));
        await hearings.markClosed(council, 'h0001', new Date('2026-03-03T09:00:00Z'), 'formand');
        expect(await hearings.castBallot(council, 'h0001', aBallot('m001', 'against'))).toEqual({
          ok: false,
          code: 'hearing_not_open',
        });
        expect(
          await hearings.withdrawBallot(council, 'h0001', 'm001', 'm001', new Date(justBefore)),
        ).toEqual({
          ok: false,
          code: 'hearing_not_open',
        });
        expect(await hearings.ballots(council, 'h0001')).toEqual([aBallot('m001', 'for')]);
        expect(await hearings.auditTrail(council, 'h0001')).toHaveLength(1);
      });

      it('accepts a ballot a millisecond before the deadline and refuses one at the deadline', async () => {
        await hearings.saveHearing(anOpenHearing({ deadline }));
        expect(
          await hearings.castBallot(council, 'h0001', aBallot('m001', 'for', justBefore)),
        ).toEqual({ ok: true });
        expect(
          await hearings.castBallot(council, 'h0001', aBallot('m002', 'for', deadline)),
        ).toEqual({
          ok: false,
          code: 'deadline_passed',
        });
        expect(
          await hearings.withdrawBallot(council, 'h0001', 'm001', 'm001', new Date(deadline)),
        ).toEqual({
          ok: false,
          code: 'deadline_passed',
        });
      });

      it('refuses ballots from a recused seat', async () => {
        await hearings.saveHearing(anOpenHearing());
        await hearings.castBallot(council, 'h0001', aBallot('m001', 'for'));
        await hearings.recordRecusal(council, 'h0001', 'm001', new Date('2026-03-02T10:30:00Z'));
        expect(await hearings.castBallot(council, 'h0001', aBallot('m001', 'against'))).toEqual({
          ok: false,
          code: 'recused',
        });
        expect(
          await hearings.withdrawBallot(council, 'h0001', 'm001', 'm001', new Date(justBefore)),
        ).toEqual({
          ok: false,
          code: 'recused',
        });
      });

      it('lists ballots by time cast', async () => {
        await hearings.saveHearing(anOpenHearing());
        await hearings.castBallot(
          council,
          'h0001',
          aBallot('m002', 'for', '2026-03-02T10:05:00.000Z'),
        );
        await hearings.castBallot(
          council,
          'h0001',
          aBallot('m001', 'abstain', '2026-03-02T10:01:00.000Z'),
        );
        expect((await hearings.ballots(council, 'h0001')).map((ballot) => ballot.seatId)).toEqual([
          'm001',
          'm002',
        ]);
      });
    });

    describe('recusal', () => {
      it("records inhabilitet once, with a 'recusal' event", async () => {
        await hearings.saveHearing(anOpenHearing());
        const at = new Date('2026-03-02T10:30:00Z');
        expect(await hearings.recordRecusal(council, 'h0001', 'm002', at)).toBe(true);
        expect(await hearings.recordRecusal(council, 'h0001', 'm002', at)).toBe(false);
        expect(await hearings.recusedMemberIds(council, 'h0001')).toEqual(new Set(['m002']));
        expect(await hearings.auditTrail(council, 'h0001')).toEqual([
          { type: 'recusal', seatId: 'm002', memberId: 'm002', at: at.toISOString() },
        ]);
      });

      it('records nothing for a hearing that does not exist', async () => {
        expect(await hearings.recordRecusal(council, 'nope', 'm002', closedAt)).toBe(false);
        expect(await hearings.recusedMemberIds(council, 'nope')).toEqual(new Set());
      });
    });

    describe('hearings', () => {
      it('gives back the hearing it saved', async () => {
        const hearing = anOpenHearing({ agendaItem: '1.2.1', labels: { for: 'Tiltræder' } });
        await hearings.saveHearing(hearing);
        expect(await hearings.hearing(council, 'h0001')).toEqual(hearing);
        expect(await hearings.hearing(council, 'h0002')).toBeUndefined();
      });

      it('rewrites a draft, and refuses to rewrite a hearing that is open', async () => {
        await hearings.saveHearing(aDraftHearing());
        await hearings.saveHearing(aDraftHearing({ title: 'Nyt udkast' }));
        expect((await hearings.hearing(council, 'h0001'))?.title).toBe('Nyt udkast');
        await hearings.saveHearing(anOpenHearing());
        await expect(hearings.saveHearing(anOpenHearing({ title: 'Ændret' }))).rejects.toThrow(
          /only a draft/,
        );
        expect((await hearings.hearing(council, 'h0001'))?.title).toBe(anOpenHearing().title);
      });

      it('closes an open hearing once: true for the first call only', async () => {
        await hearings.saveHearing(anOpenHearing());
        const closedAt = new Date('2026-03-03T09:00:00.000Z');
        const closes = await Promise.all([
          hearings.markClosed(council, 'h0001', closedAt, 'deadline'),
          hearings.markClosed(council, 'h0001', closedAt, 'formand'),
        ]);
        expect(closes.filter(Boolean)).toHaveLength(1);
        expect(await hearings.markClosed(council, 'h0001', closedAt, 'deadline')).toBe(false);
        expect(await hearings.hearing(council, 'h0001')).toMatchObject({
          state: 'closed',
          closedAt: closedAt.toISOString(),
        });
      });

      it('does not close a draft, a cancelled or a missing hearing', async () => {
        await hearings.saveHearing(aDraftHearing());
        expect(await hearings.markClosed(council, 'h0001', closedAt, 'formand')).toBe(false);
        await hearings.markCancelled(council, 'h0001', closedAt, 'formand');
        expect(await hearings.markClosed(council, 'h0001', closedAt, 'formand')).toBe(false);
        expect(await hearings.markClosed(council, 'nope', closedAt, 'formand')).toBe(false);
      });

      it('cancels a draft or an open hearing once, but not a closed one', async () => {
        await hearings.saveHearing(aDraftHearing({ id: 'h0001' }));
        await hearings.saveHearing(anOpenHearing({ id: 'h0002' }));
        await hearings.saveHearing(anOpenHearing({ id: 'h0003' }));
        await hearings.markClosed(council, 'h0003', closedAt, 'formand');
        expect(await hearings.markCancelled(council, 'h0001', closedAt, 'formand')).toBe(true);
        expect(await hearings.markCancelled(council, 'h0002', closedAt, 'formand')).toBe(true);
        expect(await hearings.markCancelled(council, 'h0002', closedAt, 'formand')).toBe(false);
        expect(await hearings.markCancelled(council, 'h0003', closedAt, 'formand')).toBe(false);
        expect((await hearings.hearing(council, 'h0002'))?.state).toBe('cancelled');
        expect(await hearings.openHearings(council)).toEqual([]);
      });

      it('moves the deadline only while the hearing is open', async () => {
        await hearings.saveHearing(anOpenHearing());
        const later = new Date('2026-03-10T11:00:00.000Z');
        expect(await hearings.moveDeadline(council, 'h0001', later)).toBe(true);
        expect((await hearings.hearing(council, 'h0001'))?.deadline).toBe(later.toISOString());
        await hearings.markClosed(council, 'h0001', closedAt, 'formand');
        expect(
          await hearings.moveDeadline(council, 'h0001', new Date('2026-03-11T11:00:00Z')),
        ).toBe(false);
        expect((await hearings.hearing(council, 'h0001'))?.deadline).toBe(later.toISOString());
        await hearings.saveHearing(aDraftHearing({ id: 'h0002' }));
        expect(await hearings.moveDeadline(council, 'h0002', later)).toBe(false);
        expect(await hearings.moveDeadline(council, 'nope', later)).toBe(false);
      });

      it('records one reminder round an hour per hearing: a second within the hour is told when the first was', async () => {
        await hearings.saveHearing(anOpenHearing());
        await hearings.saveHearing(anOpenHearing({ id: 'h0002' }));
        const hour = 60 * 60 * 1000;
        const at = new Date('2026-03-05T09:42:00.000Z');
        const later = (ms: number) => new Date(at.getTime() + ms);

        const [first, second] = await Promise.all([
          hearings.claimReminder(council, 'h0001', at, hour),
          hearings.claimReminder(council, 'h0001', at, hour),
        ]);
        expect([first, second]).toEqual(
          expect.arrayContaining([{ claimed: true }, { claimed: false, lastAt: at }]),
        );
        expect(await hearings.claimReminder(council, 'h0001', later(hour - 1), hour)).toEqual({
          claimed: false,
          lastAt: at,
        });
        expect(await hearings.claimReminder(council, 'h0002', later(1), hour)).toEqual({
          claimed: true,
        });
        expect(await hearings.claimReminder(council, 'h0001', later(hour), hour)).toEqual({
          claimed: true,
        });
        expect(await hearings.claimReminder(council, 'h0001', later(hour + 1), hour)).toEqual({
          claimed: false,
          lastAt: later(hour),
        });
      });

      it('accepts ballots after a moved deadline until the new one', async () => {
        await hearings.saveHearing(anOpenHearing({ deadline }));
        await hearings.moveDeadline(council, 'h0001', new Date('2026-03-10T11:00:00.000Z'));
        expect(
          await hearings.castBallot(council, 'h0001', aBallot('m001', 'for', deadline)),
        ).toEqual({ ok: true });
      });

      it('lists open hearings of the council, soonest deadline first', async () => {
        await hearings.saveHearing(
          anOpenHearing({ id: 'late', deadline: '2026-04-01T10:00:00.000Z' }),
        );
        await hearings.saveHearing(
          anOpenHearing({ id: 'soon', deadline: '2026-03-05T10:00:00.000Z' }),
        );
        await hearings.saveHearing(
          anOpenHearing({ id: 'middle', deadline: '2026-03-20T10:00:00.000Z' }),
        );
        await hearings.saveHearing(aDraftHearing({ id: 'draft' }));
        await hearings.saveHearing(anOpenHearing({ id: 'closed' }));
        await hearings.markClosed(council, 'closed', closedAt, 'formand');
        await hearings.saveHearing(anOpenHearing({ id: 'elsewhere', councilId: 'rar-other' }));
        await hearings.moveDeadline(council, 'late', new Date('2026-03-04T10:00:00.000Z'));
        expect((await hearings.openHearings(council)).map((hearing) => hearing.id)).toEqual([
          'late',
          'soon',
          'middle',
        ]);
      });

      it('lists a draft among open hearings once it is saved open', async () => {
        await hearings.saveHearing(aDraftHearing());
        expect(await hearings.openHearings(council)).toEqual([]);
        await hearings.saveHearing(anOpenHearing());
        expect((await hearings.openHearings(council)).map((hearing) => hearing.id)).toEqual([
          'h0001',
        ]);
      });

      it('keeps the first result of a closed hearing when saved again', async () => {
        await hearings.saveHearing(anOpenHearing());
        await hearings.markClosed(
          council,
          'h0001',
          new Date('2026-03-03T09:00:00.000Z'),
          'deadline',
        );
        await hearings.saveResult(council, 'h0001', result);
        await hearings.saveResult(council, 'h0001', { ...result, outcome: 'rejected' });
        expect((await hearings.hearing(council, 'h0001'))?.result).toEqual(result);
      });

      it('refuses a result for a hearing that is not closed', async () => {
        await hearings.saveHearing(anOpenHearing());
        await expect(hearings.saveResult(council, 'h0001', result)).rejects.toThrow(/closed/);
        expect((await hearings.hearing(council, 'h0001'))?.result).toBeUndefined();
      });

      it("keeps one council's hearings apart from another's", async () => {
        await hearings.saveHearing(anOpenHearing());
        await hearings.castBallot(council, 'h0001', aBallot('m001'));
        expect(await hearings.hearing('rar-other', 'h0001')).toBeUndefined();
        expect(await hearings.ballots('rar-other', 'h0001')).toEqual([]);
        expect(await hearings.castBallot('rar-other', 'h0001', aBallot('m001'))).toEqual({
          ok: false,
          code: 'hearing_not_found',
        });
      });
    });

    describe('rosters', () => {
      it('gives back the roster in order and finds members by Slack or Teams identity', async () => {
        const { rosters } = fixture.stores;
        const roster = rosterWith({ members: 3 });
        await rosters.replaceRoster(council, roster.all);
        expect(await rosters.roster(council)).toEqual(roster.all);
        const [slack, teams] = roster.chair.identities;
        expect(await rosters.memberByIdentity(council, slack!)).toEqual(roster.chair);
        expect(await rosters.memberByIdentity(council, teams!)).toEqual(roster.chair);
        expect(await rosters.memberByIdentity('rar-other', slack!)).toBeUndefined();
      });

      it('replaces the whole roster: members and identities of the old one are gone', async () => {
        const { rosters } = fixture.stores;
        const old = rosterWith({ members: 4 });
        await rosters.replaceRoster(council, old.all);
        const dropped = old.members[3]!;
        const next = old.all.filter((member) => member.id !== dropped.id).reverse();
        await rosters.replaceRoster(council, next);
        expect(await rosters.roster(council)).toEqual(next);
        expect(await rosters.memberByIdentity(council, dropped.identities[0]!)).toBeUndefined();
        await rosters.replaceRoster(council, []);
        expect(await rosters.roster(council)).toEqual([]);
        expect(await rosters.memberByIdentity(council, old.chair.identities[0]!)).toBeUndefined();
      });

      it('keeps a roster of 200 members and finds any of them', async () => {
        const { rosters } = fixture.stores;
        const roster = rosterWith({ members: 200 });
        await rosters.replaceRoster(council, roster.all);
        expect(await rosters.roster(council)).toHaveLength(roster.all.length);
        const last = roster.members[199]!;
        expect(await rosters.memberByIdentity(council, last.identities[1]!)).toEqual(last);
      });
    });

    describe('absences', () => {
      it('lists the absences of a council in the order registered', async () => {
        const { absences } = fixture.stores;
        const first = {
          memberId: 'm001',
          scope: { kind: 'hearing', hearingId: 'h0001' },
          registeredAt: '2026-03-02T10:00:00.000Z',
        } as const;
        const second = {
          memberId: 'm002',
          scope: { kind: 'period', from: '2026-03-01', to: '2026-03-14' },
          registeredAt: '2026-03-02T11:00:00.000Z',
        } as const;
        await absences.addAbsence(council, first);
        await absences.addAbsence(council, second);
        expect(await absences.absences(council)).toEqual([first, second]);
        expect(await absences.absences('rar-other')).toEqual([]);
      });

      it('adds an afbud for a meeting once, however often it is sent', async () => {
        const { absences } = fixture.stores;
        const afbud = {
          memberId: 'm001',
          scope: { kind: 'meeting', meetingId: 'mt0001' },
          registeredAt: '2026-03-02T10:00:00.000Z',
        } as const;
        expect(await absences.addAbsenceOnce(council, afbud)).toBe(true);
        const again = { ...afbud, registeredAt: '2026-03-02T11:00:00.000Z', reason: 'Sygdom' };
        expect(await absences.addAbsenceOnce(council, again)).toBe(false);
        expect(await absences.absences(council)).toEqual([afbud]);
      });

      it("withdraws one member's afbud for one meeting and keeps every other afbud in order", async () => {
        const { absences } = fixture.stores;
        const meeting = { kind: 'meeting', meetingId: 'mt0001' } as const;
        const other = {
          memberId: 'm002',
          scope: meeting,
          registeredAt: '2026-03-02T09:00:00.000Z',
        } as const;
        const withdrawn = {
          memberId: 'm001',
          scope: meeting,
          registeredAt: '2026-03-02T10:00:00.000Z',
        };
        const otherMeeting = {
          memberId: 'm001',
          scope: { kind: 'meeting', meetingId: 'mt0002' },
          registeredAt: '2026-03-02T11:00:00.000Z',
        } as const;
        const period = {
          memberId: 'm001',
          scope: { kind: 'period', from: '2026-03-01', to: '2026-03-14' },
          registeredAt: '2026-03-02T12:00:00.000Z',
        } as const;
        for (const afbud of [other, withdrawn, otherMeeting, period])
          await absences.addAbsence(council, afbud);
        expect(await absences.withdrawAbsence(council, 'm001', meeting)).toBe(true);
        expect(await absences.absences(council)).toEqual([other, otherMeeting, period]);
        expect(await absences.withdrawAbsence(council, 'm001', meeting)).toBe(false);
        expect(await absences.absences(council)).toEqual([other, otherMeeting, period]);
      });
    });

    describe('chat directory', () => {
      it('binds a workspace to one council per platform', async () => {
        const { directory } = fixture.stores;
        await directory.bindWorkspace('slack', 'T0RAADTEST', council);
        expect(await directory.councilForWorkspace('slack', 'T0RAADTEST')).toBe(council);
        expect(await directory.councilForWorkspace('teams', 'T0RAADTEST')).toBeUndefined();
        await directory.bindWorkspace('slack', 'T0RAADTEST', 'rar-other');
        expect(await directory.councilForWorkspace('slack', 'T0RAADTEST')).toBe('rar-other');
      });

      it('keeps addresses per council, platform and member, and per hearing message', async () => {
        const { directory } = fixture.stores;
        const channel = { channel: 'C0RAAD', teamId: 'T0RAADTEST' };
        await directory.saveAddress(council, 'slack', 'council', channel);
        await directory.saveAddress(council, 'teams', 'm001', { conversation: { id: 'a:1' } });
        await directory.saveMessage(council, 'hearing:h0001', 'slack', {
          channel: 'C0RAAD',
          ts: '1.2',
        });
        expect(await directory.address(council, 'slack', 'council')).toEqual(channel);
        expect(await directory.address(council, 'teams', 'm001')).toEqual({
          conversation: { id: 'a:1' },
        });
        expect(await directory.address(council, 'slack', 'm001')).toBeUndefined();
        expect(await directory.address('rar-other', 'slack', 'council')).toBeUndefined();
        expect(await directory.message(council, 'hearing:h0001', 'slack')).toEqual({
          channel: 'C0RAAD',
          ts: '1.2',
        });
        expect(await directory.message(council, 'hearing:h0001', 'teams')).toBeUndefined();
      });
    });

    describe('councils', () => {
      it('saves councils and lists them by id', async () => {
        const { councils } = fixture.stores;
        await councils.saveCouncil(aCouncil({ id: 'rar-zeta', name: 'RAR Zeta' }));
        await councils.saveCouncil(aCouncil());
        await councils.saveCouncil(aCouncil({ name: 'RAR Testregion (omdøbt)', locale: 'en' }));
        expect(await councils.council(council)).toEqual(
          aCouncil({ name: 'RAR Testregion (omdøbt)', locale: 'en' }),
        );
        expect(await councils.council('rar-none')).toBeUndefined();
        expect((await councils.councils()).map((saved) => saved.id)).toEqual([council, 'rar-zeta']);
      });
    });
  });
}
