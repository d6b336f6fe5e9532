import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { castBallot } from '../../../src/app/hearings/cast-ballot.ts';
import type { Choice } from '../../../src/domain/hearings/hearing.ts';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';

async function aCouncilWithOpenVote(rules: Record<string, unknown> = {}) {
  const setup = await anAppWithCouncil();
  const opened = await setup.app.openHearing({
    councilId: 'rar-test',
    actorId: setup.roster.secretary.id,
    title: 'Regional strategi 2027',
    proposal: 'Formandskabet indstiller, at Rådet godkender strategien.',
    deadlineDate: '2026-11-27',
    deadlineTime: '12:00',
    rules,
  });
  if (!opened.ok) throw new Error(opened.code);
  return { ...setup, hearingId: opened.value.id };
}

describe('casting a ballot', () => {
  it('a member votes For and the vote is in the tally', async () => {
    const { app, roster, hearingId } = await aCouncilWithOpenVote();
    const member = roster.members[1]!;
    expect(
      await app.castBallot({ councilId: 'rar-test', hearingId, actorId: member.id, choice: 'for' }),
    ).toMatchObject({
      ok: true,
      value: { ballot: { seatId: member.id, choice: 'for', actingAs: 'member' } },
    });
    const view = await app.viewHearing({ councilId: 'rar-test', hearingId });
    expect(view.ok && view.value.tally).toMatchObject({ for: 1, responded: 1, eligible: 8 });
  });

  it('changing a vote replaces it, and the audit trail keeps both', async () => {
    const { app, roster, hearingId } = await aCouncilWithOpenVote();
    const actorId = roster.members[1]!.id;
    await app.castBallot({ councilId: 'rar-test', hearingId, actorId, choice: 'for' });
    const changed = await app.castBallot({
      councilId: 'rar-test',
      hearingId,
      actorId,
      choice: 'against',
    });
    expect(changed).toMatchObject({ ok: true, value: { previous: { choice: 'for' } } });
    const view = await app.viewHearing({ councilId: 'rar-test', hearingId });
    if (!view.ok) throw new Error(view.code);
    expect(view.value.tally).toMatchObject({ for: 0, against: 1, responded: 1 });
    expect(view.value.audit.map((event) => [event.type, event.choice])).toEqual([
      ['cast', 'for'],
      ['change', 'against'],
    ]);
  });

  it("a substitute votes for an absent member's seat", async () => {
    const { app, roster, hearingId } = await aCouncilWithOpenVote();
    const [principal] = roster.members;
    await app.registerAbsence({ councilId: 'rar-test', memberId: principal!.id, hearingId });
    const vote = await app.castBallot({
      councilId: 'rar-test',
      hearingId,
      actorId: roster.substitute.id,
      choice: 'for',
    });
    expect(vote).toMatchObject({
      ok: true,
      value: {
        ballot: { seatId: principal!.id, castBy: roster.substitute.id, actingAs: 'substitute' },
      },
    });
    expect(
      await app.castBallot({
        councilId: 'rar-test',
        hearingId,
        actorId: principal!.id,
        choice: 'against',
      }),
    ).toMatchObject({
      ok: false,
      code: 'seat_held_by_substitute',
    });
  });

  it('a recused member is left out and cannot vote', async () => {
    const { app, roster, hearingId } = await aCouncilWithOpenVote();
    const member = roster.members[2]!;
    expect(
      await app.declareRecusal({ councilId: 'rar-test', hearingId, memberId: member.id }),
    ).toMatchObject({ ok: true });
    expect(
      await app.castBallot({ councilId: 'rar-test', hearingId, actorId: member.id, choice: 'for' }),
    ).toMatchObject({
      code: 'recused',
    });
    const view = await app.viewHearing({ councilId: 'rar-test', hearingId });
    expect(view.ok && view.value.tally?.eligible).toBe(7);
  });

  it('Imod needs a reason when the rules say so', async () => {
    const { app, roster, hearingId } = await aCouncilWithOpenVote({
      reasonRequiredWithAgainst: true,
    });
    const actorId = roster.members[1]!.id;
    expect(
      await app.castBallot({ councilId: 'rar-test', hearingId, actorId, choice: 'against' }),
    ).toMatchObject({
      code: 'reason_required',
      field: 'reason',
    });
    expect(
      await app.castBallot({
        councilId: 'rar-test',
        hearingId,
        actorId,
        choice: 'against',
        reason: 'Mangler finansiering',
      }),
    ).toMatchObject({ ok: true, value: { ballot: { reason: 'Mangler finansiering' } } });
  });

  it('observers and the secretariat cannot vote', async () => {
    const { app, roster, hearingId } = await aCouncilWithOpenVote();
    for (const actorId of [roster.observer.id, roster.secretary.id]) {
      expect(
        await app.castBallot({ councilId: 'rar-test', hearingId, actorId, choice: 'for' }),
      ).toMatchObject({
        code: 'no_voting_right',
      });
    }
  });

  it('no ballot is taken after the deadline', async () => {
    const { app, roster, hearingId, clock } = await aCouncilWithOpenVote();
    clock.set('2026-11-27T11:00:00.000Z');
    expect(
      await app.castBallot({
        councilId: 'rar-test',
        hearingId,
        actorId: roster.chair.id,
        choice: 'for',
      }),
    ).toMatchObject({
      code: 'deadline_passed',
    });
  });

  it('an unknown choice names the field and the options', async () => {
    const { app, roster, hearingId } = await aCouncilWithOpenVote();
    expect(
      await app.castBallot({
        councilId: 'rar-test',
        hearingId,
        actorId: roster.chair.id,
        choice: 'maybe' as Choice,
      }),
    ).toMatchObject({ code: 'invalid_input', field: 'choice' });
  });

  it('a seat that changes its vote many times is counted once, with its last vote', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(7), fc.constantFrom<Choice>('for', 'against', 'abstain')), {
          minLength: 1,
          maxLength: 60,
        }),
        async (casts) => {
          const { app, roster, hearingId } = await aCouncilWithOpenVote();
          const seats = roster.seatIds;
          const last = new Map<string, Choice>();
          for (const [index, choice] of casts) {
            const actorId = seats[index % seats.length]!;
            await app.castBallot({ councilId: 'rar-test', hearingId, actorId, choice });
            last.set(actorId, choice);
          }
          const view = await app.viewHearing({ councilId: 'rar-test', hearingId });
          if (!view.ok) throw new Error(view.code);
          const expected = [...last.values()];
          expect(view.value.tally).toMatchObject({
            for: expected.filter((c) => c === 'for').length,
            against: expected.filter((c) => c === 'against').length,
            abstain: expected.filter((c) => c === 'abstain').length,
            responded: last.size,
          });
          expect(view.value.audit).toHaveLength(casts.length);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('castBallot with its reads in one round trip (the variant bench/cast-ballot.bench.ts compares)', () => {
  /** The use case itself on the app's in-memory stores, counting roster reads. */
  async function castingWith(readsInOneRoundTrip: boolean) {
    const setup = await aCouncilWithOpenVote();
    const rosterReads = vi.spyOn(setup.deps.rosters, 'roster');
    const cast = (actorId: string, hearingId = setup.hearingId) =>
      castBallot(
        setup.deps,
        { councilId: 'rar-test', hearingId, actorId, choice: 'for' },
        { readsInOneRoundTrip },
      );
    return { ...setup, cast, rosterReads: () => rosterReads.mock.calls.length };
  }

  it('gives the same answers as the default', async () => {
    for (const together of [false, true]) {
      const { cast, roster, app, hearingId, clock } = await castingWith(together);
      await app.registerAbsence({
        councilId: 'rar-test',
        memberId: roster.members[0]!.id,
        hearingId,
      });
      expect(await cast(roster.substitute.id)).toMatchObject({
        ok: true,
        value: { ballot: { seatId: roster.members[0]!.id, actingAs: 'substitute' } },
      });
      expect(await cast(roster.observer.id)).toMatchObject({ code: 'no_voting_right' });
      expect(await cast(roster.chair.id, 'no-such-hearing')).toMatchObject({
        code: 'hearing_not_found',
      });
      clock.set('2026-11-27T11:00:00.000Z');
      expect(await cast(roster.chair.id)).toMatchObject({ code: 'deadline_passed' });
    }
  });

  it('by default a ballot the hearing refuses is refused before the roster is read', async () => {
    for (const together of [false, true]) {
      const { cast, roster, clock, rosterReads } = await castingWith(together);
      clock.set('2026-11-27T11:00:00.000Z');
      const before = rosterReads();
      expect(await cast(roster.chair.id)).toMatchObject({ code: 'deadline_passed' });
      expect(rosterReads() - before).toBe(together ? 1 : 0);
    }
  });
});
