import { describe, expect, it } from 'vitest';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';

async function aVoteWithBallots(rules: Record<string, unknown> = {}) {
  const setup = await anAppWithCouncil();
  const opened = await setup.app.openHearing({
    councilId: 'rar-test',
    actorId: setup.roster.secretary.id,
    title: 'Udpegning til Sagsudvalget',
    proposal: 'Formandskabet indstiller, at Rådet udpeger to medlemmer.',
    deadlineDate: '2026-11-27',
    deadlineTime: '12:00',
    rules,
  });
  if (!opened.ok) throw new Error(opened.code);
  return { ...setup, hearingId: opened.value.id };
}

describe('closing a hearing', () => {
  it('the deadline job closes it with the outcome derived from the ballots', async () => {
    const { app, roster, hearingId, clock, notifier, scheduler } = await aVoteWithBallots();
    for (const seatId of roster.seatIds.slice(0, 5)) {
      await app.castBallot({ councilId: 'rar-test', hearingId, actorId: seatId, choice: 'for' });
    }
    clock.set('2026-11-27T11:00:00.000Z');
    expect(await app.closeAtDeadline('rar-test', hearingId, '2026-11-27T11:00:00.000Z')).toBe(
      'closed',
    );
    const view = await app.viewHearing({ councilId: 'rar-test', hearingId });
    if (!view.ok) throw new Error(view.code);
    expect(view.value.hearing).toMatchObject({
      state: 'closed',
      closedBy: 'deadline',
      result: { outcome: 'adopted', tally: { for: 5, responded: 5, eligible: 8 } },
    });
    expect(notifier.kinds().filter((kind) => kind === 'hearing_closed')).toHaveLength(1);
    expect(scheduler.plans.has(hearingId)).toBe(false);
  });

  it('two closers at once give one result, and a later manual close is told it is closed', async () => {
    const { app, roster, hearingId, deps, notifier } = await aVoteWithBallots();
    await app.castBallot({
      councilId: 'rar-test',
      hearingId,
      actorId: roster.chair.id,
      choice: 'against',
    });
    const deadline = '2026-11-27T11:00:00.000Z';
    expect(
      await Promise.all([
        app.closeAtDeadline('rar-test', hearingId, deadline),
        app.closeAtDeadline('rar-test', hearingId, deadline),
      ]),
    ).toEqual(['closed', 'closed']);
    expect(
      await app.closeHearing({ councilId: 'rar-test', hearingId, actorId: roster.secretary.id }),
    ).toMatchObject({
      code: 'hearing_not_open',
    });
    // Both closers announce the same notice; the outbox delivers it once (see test/jobs).
    expect(
      new Set(
        notifier.notices.filter((n) => n.kind === 'hearing_closed').map((n) => JSON.stringify(n)),
      ).size,
    ).toBe(1);
    const audit = await deps.hearings.auditTrail('rar-test', hearingId);
    expect(audit).toHaveLength(1);
    expect((await deps.hearings.hearing('rar-test', hearingId))?.result?.outcome).toBe('no_quorum');
  });

  it('a closed hearing takes no more ballots', async () => {
    const { app, roster, hearingId } = await aVoteWithBallots();
    await app.closeHearing({ councilId: 'rar-test', hearingId, actorId: roster.chair.id });
    expect(
      await app.castBallot({
        councilId: 'rar-test',
        hearingId,
        actorId: roster.chair.id,
        choice: 'for',
      }),
    ).toMatchObject({
      code: 'hearing_not_open',
    });
  });

  it('a member may not close a hearing', async () => {
    const { app, roster, hearingId } = await aVoteWithBallots();
    expect(
      await app.closeHearing({ councilId: 'rar-test', hearingId, actorId: roster.members[0]!.id }),
    ).toMatchObject({
      code: 'not_allowed_to_manage',
    });
  });

  it('closes early when every seat has answered, if the rules allow it', async () => {
    const { app, roster, hearingId, deps } = await aVoteWithBallots({
      closeWhenAllResponded: true,
    });
    for (const seatId of roster.seatIds) {
      await app.castBallot({ councilId: 'rar-test', hearingId, actorId: seatId, choice: 'for' });
    }
    expect(await deps.hearings.hearing('rar-test', hearingId)).toMatchObject({
      state: 'closed',
      closedBy: 'all_responded',
    });
  });

  it('a job for a deadline that was moved does nothing', async () => {
    const { app, roster, hearingId, scheduler } = await aVoteWithBallots();
    const moved = await app.moveDeadline({
      councilId: 'rar-test',
      hearingId,
      actorId: roster.secretary.id,
      deadlineDate: '2026-11-30',
      deadlineTime: '10:00',
    });
    expect(moved).toMatchObject({ ok: true, value: { deadline: '2026-11-30T09:00:00.000Z' } });
    expect(scheduler.closeScheduledFor(hearingId)).toBe('2026-11-30T09:00:00.000Z');
    expect(await app.closeAtDeadline('rar-test', hearingId, '2026-11-27T11:00:00.000Z')).toBe(
      'stale',
    );
  });

  it('a cancelled hearing is unscheduled and announced as withdrawn', async () => {
    const { app, roster, hearingId, scheduler, notifier } = await aVoteWithBallots();
    expect(
      await app.cancelHearing({ councilId: 'rar-test', hearingId, actorId: roster.secretary.id }),
    ).toMatchObject({ ok: true });
    expect(scheduler.plans.has(hearingId)).toBe(false);
    expect(notifier.kinds()).toContain('hearing_cancelled');
  });
});

describe('reminders', () => {
  it('go only to seats that have not answered, and to the substitute during afbud', async () => {
    const { app, roster, hearingId, notifier } = await aVoteWithBallots();
    const [principal, second] = roster.members;
    await app.registerAbsence({ councilId: 'rar-test', memberId: principal!.id, hearingId });
    await app.castBallot({ councilId: 'rar-test', hearingId, actorId: second!.id, choice: 'for' });
    await app.castBallot({
      councilId: 'rar-test',
      hearingId,
      actorId: roster.chair.id,
      choice: 'for',
    });
    const run = await app.queueReminderNotices({
      councilId: 'rar-test',
      hearingId,
      reminderKey: 'day-before',
      deadline: '2026-11-27T11:00:00.000Z',
    });
    expect(run.status).toBe('sent');
    const reminded = notifier.remindersTo();
    expect(reminded).toContain(roster.substitute.id);
    expect(reminded).not.toContain(principal!.id);
    expect(reminded).not.toContain(second!.id);
    expect(reminded).not.toContain(roster.chair.id);
    expect(reminded).toHaveLength(roster.seatIds.length - 2);
  });

  it('planned for an earlier deadline, they are skipped', async () => {
    const { app, hearingId } = await aVoteWithBallots();
    expect(
      await app.queueReminderNotices({
        councilId: 'rar-test',
        hearingId,
        reminderKey: 'two-hours',
        deadline: '2026-11-26T11:00:00.000Z',
      }),
    ).toEqual({ status: 'stale' });
  });
});
