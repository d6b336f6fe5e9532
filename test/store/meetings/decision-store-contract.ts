/**
 * The decision and follow-up store contract: what the Redis stores and their
 * in-memory twins must both do (decision-stores.test.ts runs it against
 * each), so the use-case tests cannot rely on behaviour Redis does not have.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { HearingStore } from '../../../src/app/hearings/ports.ts';
import type {
  DecisionStore,
  FollowUpStore,
  MeetingStore,
} from '../../../src/app/meetings/ports.ts';
import type { Decision, DecisionEvent } from '../../../src/domain/meetings/decision.ts';
import { aDraftHearing, testCouncilId as council } from '../../fakes/council-mother.ts';
import { aMeetingWithItems } from '../../domain/meetings/meeting-with-items.ts';

export interface DecisionStoreFixture {
  readonly meetings: MeetingStore;
  readonly decisions: DecisionStore;
  readonly followUp: FollowUpStore;
  readonly hearings: HearingStore;
  cleanup(): Promise<void>;
}

const aDecision = (revision: number, text: string, by = 'sekretariat'): Decision => ({
  item: '2.1',
  text,
  noted: false,
  revision,
  recordedBy: by,
  recordedAt: `2026-12-03T15:0${revision}:00.000Z`,
});

const anEvent = (decision: Decision, before?: string): DecisionEvent => ({
  item: decision.item,
  action: decision.revision === 1 ? 'recorded' : 'changed',
  ...(before === undefined ? {} : { before }),
  after: decision.text,
  revision: decision.revision,
  by: decision.recordedBy,
  at: decision.recordedAt,
});

export function describeDecisionStoreContract(
  label: string,
  setUp: () => Promise<DecisionStoreFixture>,
): void {
  describe(`${label}: decision and follow-up store contract`, () => {
    let fixture: DecisionStoreFixture;
    let decisions: DecisionStore;
    beforeEach(async () => {
      fixture = await setUp();
      decisions = fixture.decisions;
      await fixture.meetings.saveMeeting(aMeetingWithItems());
    });
    afterEach(async () => {
      await fixture.cleanup();
    });

    it('gives back a recorded decision and its audit event', async () => {
      const first = aDecision(1, 'Rådet vedtog indstillingen.');
      expect(await decisions.recordDecision(council, 'm0001', first, anEvent(first), 0)).toEqual({
        written: true,
      });
      expect(await decisions.decisions(council, 'm0001')).toEqual([first]);
      expect(await decisions.decisionAudit(council, 'm0001')).toEqual([anEvent(first)]);
      expect(await decisions.decisions(council, 'm0002')).toEqual([]);
      expect(await decisions.decisionAudit('rar-other', 'm0001')).toEqual([]);
    });

    it('two secretaries saving the same item: the second is told and nothing is lost', async () => {
      const first = aDecision(1, 'Rådet vedtog indstillingen.', 'sekretariat');
      const rival = aDecision(1, 'Rådet vedtog indstillingen med en tilføjelse.', 'formand');
      const [one, two] = await Promise.all([
        decisions.recordDecision(council, 'm0001', first, anEvent(first), 0),
        decisions.recordDecision(council, 'm0001', rival, anEvent(rival), 0),
      ]);
      // Exactly one of them is written; the other is given the one that was.
      const writes = [one, two].filter((write) => write.written);
      expect(writes).toHaveLength(1);
      const refused = one.written ? two : one;
      const stored = await decisions.decisions(council, 'm0001');
      expect(stored).toHaveLength(1);
      expect(refused).toEqual({ written: false, current: stored[0] });
      expect(await decisions.decisionAudit(council, 'm0001')).toHaveLength(1);
    });

    it('the decision and its audit event are written together: a stale revision writes neither', async () => {
      const first = aDecision(1, 'Rådet vedtog indstillingen.');
      await decisions.recordDecision(council, 'm0001', first, anEvent(first), 0);
      const second = aDecision(2, 'Rådet vedtog indstillingen med ændringer.');
      expect(
        await decisions.recordDecision(council, 'm0001', second, anEvent(second, first.text), 1),
      ).toEqual({ written: true });
      const stale = aDecision(2, 'Et tredje bud, skrevet over revision 1.');
      expect(
        await decisions.recordDecision(council, 'm0001', stale, anEvent(stale, first.text), 1),
      ).toEqual({ written: false, current: second });
      expect(await decisions.decisions(council, 'm0001')).toEqual([second]);
      expect(await decisions.decisionAudit(council, 'm0001')).toEqual([
        anEvent(first),
        anEvent(second, first.text),
      ]);
    });

    it('writes nothing on a cancelled meeting, one with approved minutes, or none at all', async () => {
      const first = aDecision(1, 'Rådet vedtog indstillingen.');
      await fixture.meetings.saveMeeting(aMeetingWithItems({ id: 'm0002', status: 'planned' }));
      await fixture.meetings.markCancelled(council, 'm0002', new Date(), 'sekretariat');
      await fixture.meetings.saveMeeting(
        aMeetingWithItems({ id: 'm0003', status: 'minutes_approved' }),
      );
      expect(await decisions.recordDecision(council, 'm0002', first, anEvent(first), 0)).toEqual({
        written: false,
        meetingStatus: 'cancelled',
      });
      expect(await decisions.recordDecision(council, 'm0003', first, anEvent(first), 0)).toEqual({
        written: false,
        meetingStatus: 'minutes_approved',
      });
      expect(await decisions.recordDecision(council, 'm0404', first, anEvent(first), 0)).toEqual({
        written: false,
        meetingStatus: 'missing',
      });
      for (const id of ['m0002', 'm0003', 'm0404']) {
        expect(await decisions.decisions(council, id)).toEqual([]);
        expect(await decisions.decisionAudit(council, id)).toEqual([]);
      }
    });

    it('gives the decisions in agenda order, one per item', async () => {
      const later = { ...aDecision(1, 'Rådet godkendte planen.'), item: '10.1' };
      const earlier = { ...aDecision(1, 'Rådet vedtog.'), item: '2.1' };
      await decisions.recordDecision(council, 'm0001', later, anEvent(later), 0);
      await decisions.recordDecision(council, 'm0001', earlier, anEvent(earlier), 0);
      expect((await decisions.decisions(council, 'm0001')).map((one) => one.item)).toEqual([
        '2.1',
        '10.1',
      ]);
    });

    it('a follow-up edit sets what it gives, keeps the rest, and clears what it says to', async () => {
      const { followUp } = fixture;
      const by = { updatedBy: 'sekretariat', updatedAt: '2026-12-04T09:00:00.000Z' };
      await followUp.editFollowUp(council, 'm0001', '2.1', {
        owner: 'Sekretariatet',
        due: '2027-01-15',
        ...by,
      });
      await followUp.editFollowUp(council, 'm0001', '2.1', { status: 'in_progress', ...by });
      await followUp.editFollowUp(council, 'm0001', '5.1', { owner: 'formand', ...by });
      await followUp.editFollowUp(council, 'm0001', '5.1', { owner: null, status: 'done', ...by });
      const edits = await followUp.followUpEdits(council, ['m0001', 'm0002']);
      expect(edits.get('m0001')).toEqual(
        new Map([
          ['2.1', { owner: 'Sekretariatet', due: '2027-01-15', status: 'in_progress', ...by }],
          ['5.1', { status: 'done', ...by }],
        ]),
      );
      expect(edits.get('m0002')).toEqual(new Map());
      expect(await followUp.followUpEdits(council, [])).toEqual(new Map());
    });

    it("finds the hearings opened on a meeting's items, and no others", async () => {
      const { hearings } = fixture;
      await hearings.saveHearing(
        aDraftHearing({ id: 'h0001', meetingId: 'm0001', agendaItem: '2.1' }),
      );
      await hearings.saveHearing(aDraftHearing({ id: 'h0002' }));
      await hearings.saveHearing(
        aDraftHearing({ id: 'h0003', meetingId: 'm0002', agendaItem: '2.1' }),
      );
      await hearings.saveHearing(
        aDraftHearing({ id: 'h0004', meetingId: 'm0001', agendaItem: '3.1' }),
      );
      expect((await hearings.hearingsOfMeeting(council, 'm0001')).map((one) => one.id)).toEqual([
        'h0001',
        'h0004',
      ]);
      expect(await hearings.hearingsOfMeeting(council, 'm0404')).toEqual([]);
    });
  });
}
