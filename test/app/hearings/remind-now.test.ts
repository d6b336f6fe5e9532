import { describe, expect, it } from 'vitest';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';

const councilId = 'rar-test';

/** A vote in the test council (chair, vice-chair, six members; s001 is m001's substitute). */
async function anOpenVote(rules: Record<string, unknown> = {}) {
  const setup = await anAppWithCouncil();
  const opened = await setup.app.openHearing({
    councilId,
    actorId: setup.roster.secretary.id,
    title: 'Udpegning til Sagsudvalget',
    proposal: 'Formandskabet indstiller, at Rådet udpeger to medlemmer.',
    deadlineDate: '2026-11-27',
    deadlineTime: '12:00',
    rules,
  });
  if (!opened.ok) throw new Error(opened.code);
  const hearingId = opened.value.id;
  const vote = (actorId: string, choice: 'for' | 'against' | 'abstain') =>
    setup.app.castBallot({ councilId, hearingId, actorId, choice });
  const remind = (actorId = setup.roster.secretary.id) =>
    setup.app.remindNow({ councilId, hearingId, actorId });
  return { ...setup, hearingId, vote, remind };
}

describe('"Påmind nu": reminding those who have not answered', () => {
  it('reminds exactly the seats without an answer, each once, through the reminder notice', async () => {
    const { roster, vote, remind, notifier, hearingId } = await anOpenVote();
    await vote(roster.chair.id, 'for');
    await vote(roster.members[1]!.id, 'against');

    const reminded = await remind();

    const expected = [roster.viceChair, ...roster.members.filter((_, i) => i !== 1)].map(
      (member) => member.id,
    );
    expect(reminded).toMatchObject({ ok: true, value: { kind: 'sent' } });
    expect(notifier.remindersTo().sort()).toEqual(expected.sort());
    expect(notifier.notices.filter((notice) => notice.kind === 'reminder')).toEqual(
      expected.map(() =>
        expect.objectContaining({
          councilId,
          hearingId,
          deadline: '2026-11-27T11:00:00.000Z',
          reminderKey: 'now-1795420800000',
        }),
      ),
    );
  });

  it('reminds the substitute, not the member, for a seat whose member sent afbud', async () => {
    const { app, roster, remind, notifier, hearingId } = await anOpenVote();
    const karen = roster.members[0]!;
    await app.registerAbsence({ councilId, memberId: karen.id, hearingId });

    const reminded = await remind();

    expect(notifier.remindersTo()).toContain(roster.substitute.id);
    expect(notifier.remindersTo()).not.toContain(karen.id);
    if (!reminded.ok || reminded.value.kind !== 'sent') throw new Error('expected a round');
    expect(reminded.value.reminded.find(({ seat }) => seat.id === karen.id)?.holder.id).toBe(
      roster.substitute.id,
    );
  });

  it('does not remind a member who declared inhabilitet', async () => {
    const { app, roster, remind, notifier, hearingId } = await anOpenVote();
    const recused = roster.members[2]!;
    await app.declareRecusal({ councilId, hearingId, memberId: recused.id });

    await remind();

    expect(notifier.remindersTo()).not.toContain(recused.id);
    expect(notifier.remindersTo()).toHaveLength(7);
  });

  it('reminds at most once an hour per hearing: a second press is told when, and sends nothing', async () => {
    const { roster, remind, notifier, clock } = await anOpenVote();
    await remind(roster.chair.id);
    const firstRound = notifier.remindersTo().length;

    clock.advance({ minutes: 59 });
    const again = await remind();

    expect(again).toEqual({
      ok: true,
      value: expect.objectContaining({
        kind: 'too_soon',
        lastAt: new Date('2026-11-23T08:00:00.000Z'),
        nextAt: new Date('2026-11-23T09:00:00.000Z'),
      }),
    });
    expect(notifier.remindersTo()).toHaveLength(firstRound);

    clock.advance({ minutes: 1 });
    expect(await remind()).toMatchObject({ ok: true, value: { kind: 'sent' } });
    expect(notifier.remindersTo()).toHaveLength(firstRound * 2);
  });

  it('with every seat answered there is nobody to remind, and the hour is not used up', async () => {
    const { roster, vote, remind, notifier, deps, hearingId } = await anOpenVote();
    for (const seatId of roster.seatIds) await vote(seatId, 'for');

    expect(await remind()).toMatchObject({ ok: true, value: { kind: 'all_answered' } });
    expect(notifier.remindersTo()).toEqual([]);
    expect(
      await deps.hearings.claimReminder(councilId, hearingId, deps.clock.now(), 3_600_000),
    ).toEqual({ claimed: true });
  });

  it('refuses members, substitutes and observers, and sends nothing', async () => {
    const { roster, remind, notifier } = await anOpenVote();
    for (const who of [roster.members[0]!, roster.substitute, roster.observer]) {
      expect(await remind(who.id)).toMatchObject({ ok: false, code: 'not_allowed_to_remind' });
    }
    expect(await remind('nobody')).toMatchObject({ ok: false, code: 'not_on_roster' });
    expect(notifier.remindersTo()).toEqual([]);
  });

  it('refuses once the hearing is closed', async () => {
    const { app, roster, remind, notifier, hearingId } = await anOpenVote();
    await app.closeHearing({ councilId, hearingId, actorId: roster.chair.id });

    expect(await remind()).toMatchObject({ ok: false, code: 'hearing_not_open' });
    expect(notifier.remindersTo()).toEqual([]);
  });
});

describe('before closing early: what closing now would lead to', () => {
  it('without a quorum: the counts, and that it would not be decided', async () => {
    const { app, roster, vote, hearingId } = await anOpenVote();
    await vote(roster.chair.id, 'for');
    await vote(roster.members[0]!.id, 'for');

    const preview = await app.previewCloseHearing({
      councilId,
      hearingId,
      actorId: roster.secretary.id,
    });

    expect(preview).toMatchObject({
      ok: true,
      value: { responded: 2, eligible: 8, outcome: 'no_quorum' },
    });
  });

  it('with a quorum: the outcome and the counts the ballots give', async () => {
    const { app, roster, vote, hearingId } = await anOpenVote();
    for (const seatId of roster.seatIds.slice(0, 3)) await vote(seatId, 'for');
    await vote(roster.seatIds[3]!, 'against');

    const preview = await app.previewCloseHearing({
      councilId,
      hearingId,
      actorId: roster.chair.id,
    });

    expect(preview).toMatchObject({
      ok: true,
      value: { responded: 4, eligible: 8, outcome: 'adopted', tally: { for: 3, against: 1 } },
    });
  });

  it('with results hidden until close: only the counts, no outcome and no tally', async () => {
    const { app, roster, vote, hearingId } = await anOpenVote({
      results: 'after_close',
      ballot: 'secret',
    });
    for (const seatId of roster.seatIds.slice(0, 5)) await vote(seatId, 'against');

    const preview = await app.previewCloseHearing({
      councilId,
      hearingId,
      actorId: roster.secretary.id,
    });

    if (!preview.ok) throw new Error(preview.code);
    expect(preview.value).toMatchObject({ responded: 5, eligible: 8 });
    expect(preview.value.outcome).toBeUndefined();
    expect(preview.value.tally).toBeUndefined();
  });

  it('is refused to members, under the same rule as closing, and changes nothing', async () => {
    const { app, roster, deps, hearingId } = await anOpenVote();

    expect(
      await app.previewCloseHearing({ councilId, hearingId, actorId: roster.members[0]!.id }),
    ).toMatchObject({ ok: false, code: 'not_allowed_to_manage' });
    expect((await deps.hearings.hearing(councilId, hearingId))?.state).toBe('open');
  });
});
