import { describe, expect, it } from 'vitest';
import { meetingNotices } from '../../../src/app/meetings/meeting-notices.ts';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';

const councilId = 'rar-test';

/** A planned Rådsmøde on Thursday 3 December 2026, 13.00–16.00; the app's clock is 23 November. */
async function anAppWithMeeting() {
  const setup = await anAppWithCouncil();
  const created = await setup.app.createMeeting({
    councilId,
    actorId: 'sekretariat',
    title: 'Rådsmøde',
    start: '2026-12-03T13:00',
    end: '2026-12-03T16:00',
    afbudDeadline: '2026-11-30T12:00',
  });
  if (!created.ok) throw new Error(created.code);
  return { ...setup, meetingId: created.value.meeting.id };
}

const plannedTimes = (plan: { reminders: readonly { key: string; dueAt: Date }[] } | undefined) =>
  plan?.reminders.map(({ key, dueAt }) => `${key} ${dueAt.toISOString()}`);

describe('publishAgenda', () => {
  it('sends out the agenda: the meeting is published, the council told, the reminders planned', async () => {
    const { app, deps, notifier, meetingScheduler, meetingId } = await anAppWithMeeting();
    const published = await app.publishAgenda({ councilId, actorId: 'sekretariat', meetingId });
    expect(published.ok && published.value.again).toBe(false);
    expect((await deps.meetings.meeting(councilId, meetingId))?.meeting.status).toBe(
      'agenda_published',
    );
    expect(notifier.notices.filter((n) => n.kind === 'meeting_agenda_published')).toEqual([
      { kind: 'meeting_agenda_published', councilId, meetingId },
    ]);
    // Each invitee gets the agenda directly too, once per revision.
    expect(notifier.notices.filter((n) => n.kind === 'meeting_agenda_to_member')).toContainEqual({
      kind: 'meeting_agenda_to_member',
      councilId,
      meetingId,
      memberId: 'm001',
      sequence: 0,
    });
    expect(plannedTimes(meetingScheduler.plans.get(meetingId))).toEqual([
      'afbud-deadline 2026-11-29T11:00:00.000Z',
      'day-before 2026-12-02T12:00:00.000Z',
      'hour-before 2026-12-03T11:00:00.000Z',
    ]);
  });

  it('again after an edit tells nobody twice: the same notice, the same reminders', async () => {
    const { app, notifier, meetingScheduler, meetingId } = await anAppWithMeeting();
    await app.publishAgenda({ councilId, actorId: 'sekretariat', meetingId });
    const firstPlan = plannedTimes(meetingScheduler.plans.get(meetingId));
    const again = await app.publishAgenda({ councilId, actorId: 'sekretariat', meetingId });
    expect(again.ok && again.value.again).toBe(true);
    // The same notice twice has the same id: the outbox delivers it once.
    const notice = { kind: 'meeting_agenda_published', councilId, meetingId } as const;
    expect(notifier.notices.filter((n) => n.kind === 'meeting_agenda_published')).toEqual([
      notice,
      notice,
    ]);
    expect(meetingNotices.meeting_agenda_published.idParts(notice)).toEqual([
      'agenda-published',
      councilId,
      meetingId,
    ]);
    expect(plannedTimes(meetingScheduler.plans.get(meetingId))).toEqual(firstPlan);
  });

  it('is for the secretariat and the chair group only, and changes nothing otherwise', async () => {
    const { app, deps, notifier, meetingId } = await anAppWithMeeting();
    const refused = await app.publishAgenda({ councilId, actorId: 'm001', meetingId });
    expect(refused).toMatchObject({ ok: false, code: 'not_allowed_to_manage_meetings' });
    expect((await deps.meetings.meeting(councilId, meetingId))?.meeting.status).toBe('planned');
    expect(notifier.notices).toEqual([]);
  });

  it('is refused for a cancelled meeting', async () => {
    const { app, meetingId } = await anAppWithMeeting();
    await app.cancelMeeting({ councilId, actorId: 'sekretariat', meetingId });
    expect(await app.publishAgenda({ councilId, actorId: 'sekretariat', meetingId })).toMatchObject(
      { ok: false, code: 'meeting_cancelled' },
    );
  });
});

describe('moveMeeting', () => {
  it('moves a published meeting, one revision on, and its reminders with it', async () => {
    const { app, meetingScheduler, meetingId } = await anAppWithMeeting();
    await app.publishAgenda({ councilId, actorId: 'sekretariat', meetingId });
    const moved = await app.moveMeeting({
      councilId,
      actorId: 'formand',
      meetingId,
      start: '2026-12-10T09:00',
    });
    expect(moved.ok && moved.value.record.meeting).toMatchObject({
      start: '2026-12-10T09:00',
      end: '2026-12-10T12:00',
      afbudDeadline: '2026-12-07T08:00',
      sequence: 1,
    });
    expect(plannedTimes(meetingScheduler.plans.get(meetingId))).toEqual([
      'afbud-deadline 2026-12-06T07:00:00.000Z',
      'day-before 2026-12-09T08:00:00.000Z',
      'hour-before 2026-12-10T07:00:00.000Z',
    ]);
  });

  it('refuses a move to a time the clock skips, and the meeting stays where it was', async () => {
    const { app, deps, meetingId } = await anAppWithMeeting();
    expect(
      await app.moveMeeting({
        councilId,
        actorId: 'sekretariat',
        meetingId,
        start: '2027-03-28T02:30',
      }),
    ).toMatchObject({ ok: false, code: 'meeting_time_skipped', field: 'start' });
    expect((await deps.meetings.meeting(councilId, meetingId))?.meeting.start).toBe(
      '2026-12-03T13:00',
    );
  });

  it('plans no reminders for a meeting whose agenda is not sent out yet', async () => {
    const { app, meetingScheduler, meetingId } = await anAppWithMeeting();
    const moved = await app.moveMeeting({
      councilId,
      actorId: 'sekretariat',
      meetingId,
      end: '17:00',
    });
    expect(moved.ok && moved.value.record.meeting.end).toBe('2026-12-03T17:00');
    expect(meetingScheduler.plans.size).toBe(0);
  });

  it('names the field at fault and changes nothing', async () => {
    const { app, deps, meetingId } = await anAppWithMeeting();
    const before = await deps.meetings.meeting(councilId, meetingId);
    const move = (times: Record<string, string>) =>
      app.moveMeeting({ councilId, actorId: 'sekretariat', meetingId, ...times });
    expect(await move({ start: '2026-12-32T10:00' })).toMatchObject({
      ok: false,
      code: 'invalid_input',
      field: 'start',
    });
    expect(await move({ start: '2026-12-10T10:00', end: '09:00' })).toMatchObject({
      ok: false,
      code: 'meeting_end_before_start',
      field: 'end',
    });
    expect(await move({})).toMatchObject({ ok: false, code: 'meeting_nothing_to_move' });
    expect(await move({ afbudDeadline: '2026-12-04T12:00' })).toMatchObject({
      ok: false,
      field: 'afbudDeadline',
    });
    expect(await deps.meetings.meeting(councilId, meetingId)).toEqual(before);
  });

  it('is for the secretariat and the chair group only', async () => {
    const { app, meetingId } = await anAppWithMeeting();
    expect(
      await app.moveMeeting({ councilId, actorId: 'm002', meetingId, start: '2026-12-10T09:00' }),
    ).toMatchObject({ ok: false, code: 'not_allowed_to_manage_meetings' });
  });
});

describe('cancelMeeting', () => {
  it("takes a published meeting's reminders away", async () => {
    const { app, meetingScheduler, meetingId } = await anAppWithMeeting();
    await app.publishAgenda({ councilId, actorId: 'sekretariat', meetingId });
    expect(meetingScheduler.plans.has(meetingId)).toBe(true);
    await app.cancelMeeting({ councilId, actorId: 'sekretariat', meetingId });
    expect(meetingScheduler.plans.has(meetingId)).toBe(false);
  });
});
