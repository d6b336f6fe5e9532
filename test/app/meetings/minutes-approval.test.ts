import { describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../../src/domain/meetings/meeting-record.ts';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';

const councilId = 'rar-test';
/** Thursday 3 December 2026 16.30 in Copenhagen: the meeting (13.00–16.00) is over. */
const afterTheMeeting = '2026-12-03T15:30:00.000Z';

/** A Rådsmøde on 3 December 2026, planned (no agenda went out through Rådsbot). */
async function aHeldMeeting(changes: Partial<MeetingRecord> = {}) {
  const setup = await anAppWithCouncil({ members: 2 });
  await setup.deps.meetings.saveMeeting({
    meeting: {
      id: 'm0001',
      councilId,
      title: 'Rådsmøde',
      start: '2026-12-03T13:00',
      end: '2026-12-03T16:00',
      status: 'planned',
    },
    items: [],
    attendance: [],
    ...changes,
  });
  return { ...setup, meetingId: 'm0001' };
}

const send = (
  app: Awaited<ReturnType<typeof aHeldMeeting>>['app'],
  deadline = '2026-12-10T12:00',
) =>
  app.sendMinutesForApproval({ councilId, actorId: 'sekretariat', meetingId: 'm0001', deadline });

describe('approving the minutes', () => {
  it('cannot be sent before the meeting has begun', async () => {
    const { app } = await aHeldMeeting();
    expect(await send(app)).toMatchObject({ ok: false, code: 'meeting_not_begun' });
  });

  it('the secretariat sends them with a deadline: planned → held → minutes sent, to those who took part', async () => {
    const { app, clock, deps } = await aHeldMeeting();
    // m001 sent afbud: the suppleant took part instead.
    await app.sendMeetingAfbud({ councilId, actorId: 'm001', meetingId: 'm0001' });
    clock.set(afterTheMeeting);
    const sent = await send(app);
    if (!sent.ok) throw new Error(sent.code);
    expect(sent.value.record.meeting.status).toBe('minutes_sent');
    expect(sent.value.round).toEqual({
      sentAt: afterTheMeeting,
      sentBy: 'sekretariat',
      deadline: '2026-12-10T12:00',
    });
    expect(sent.value.participants.map((member) => member.id).sort()).toEqual([
      'formand',
      'm002',
      'naestformand',
      's001',
      'tilforordnet',
    ]);
    expect((await deps.meetings.meeting(councilId, 'm0001'))?.meeting.status).toBe('minutes_sent');
    expect(await send(app)).toMatchObject({ ok: false, code: 'minutes_already_sent' });
  });

  it('the attendance sent for approval stays as it was, even when the roster changes afterwards', async () => {
    const { app, clock, deps, roster } = await aHeldMeeting();
    clock.set(afterTheMeeting);
    const sent = await send(app);
    if (!sent.ok) throw new Error(sent.code);
    const printed = sent.value.record.attendance;
    expect(printed.flatMap((group) => group.people.map((person) => person.name))).toContain(
      roster.chair.name,
    );
    await deps.rosters.replaceRoster(
      councilId,
      roster.all.filter((member) => member.id !== roster.chair.id),
    );
    const shown = await app.showMeeting({ councilId, meetingId: 'm0001' });
    if (!shown.ok) throw new Error(shown.code);
    expect(shown.value.attendance).toEqual(printed);
  });

  it('records when the meeting ended, for the referat, and refuses a time before it began', async () => {
    const { app, clock, deps } = await aHeldMeeting();
    clock.set(afterTheMeeting);
    const base = {
      councilId,
      actorId: 'sekretariat',
      meetingId: 'm0001',
      deadline: '2026-12-10T12:00',
    };
    expect(await app.sendMinutesForApproval({ ...base, endedAt: '12.30' })).toEqual({
      ok: false,
      code: 'meeting_ended_before_start',
      field: 'endedAt',
    });
    expect((await deps.meetings.meeting(councilId, 'm0001'))?.meeting.status).toBe('planned');
    const sent = await app.sendMinutesForApproval({ ...base, endedAt: '15.45' });
    if (!sent.ok) throw new Error(sent.code);
    expect((await deps.meetings.meeting(councilId, 'm0001'))?.meeting.endedAt).toBe('15:45');
  });

  it('refuses a deadline that has passed, naming --deadline, and changes nothing', async () => {
    const { app, clock, deps } = await aHeldMeeting();
    clock.set(afterTheMeeting);
    expect(await send(app, '2026-12-03T12:00')).toEqual({
      ok: false,
      code: 'minutes_deadline_invalid',
      field: 'deadline',
    });
    expect(await send(app, 'i morgen')).toMatchObject({
      ok: false,
      code: 'invalid_input',
      field: 'deadline',
    });
    expect((await deps.meetings.meeting(councilId, 'm0001'))?.meeting.status).toBe('planned');
  });

  it('each participant approves once, timestamped, with a remark; a second approval is harmless', async () => {
    const { app, clock } = await aHeldMeeting();
    clock.set(afterTheMeeting);
    await send(app);
    clock.set('2026-12-04T08:00:00.000Z');
    const approved = await app.approveMinutes({
      councilId,
      actorId: 'm002',
      meetingId: 'm0001',
      comment: 'Pkt. 2.1: mit indlæg handlede om voksenlærlinge.',
    });
    expect(approved).toMatchObject({
      ok: true,
      value: {
        added: true,
        approval: {
          memberId: 'm002',
          approvedAt: '2026-12-04T08:00:00.000Z',
          comment: 'Pkt. 2.1: mit indlæg handlede om voksenlærlinge.',
        },
      },
    });
    clock.set('2026-12-04T09:00:00.000Z');
    expect(
      await app.approveMinutes({ councilId, actorId: 'm002', meetingId: 'm0001' }),
    ).toMatchObject({
      ok: true,
      value: { added: false, approval: { approvedAt: '2026-12-04T08:00:00.000Z' } },
    });

    const status = await app.minutesApprovalStatus({ councilId, meetingId: 'm0001' });
    if (!status.ok) throw new Error(status.code);
    expect(status.value.approved.map(({ member }) => member.id)).toEqual(['m002']);
    expect(status.value.waiting.map((member) => member.id)).toEqual([
      'formand',
      'naestformand',
      'm001',
      'tilforordnet',
    ]);
    expect(status.value.round?.deadline).toBe('2026-12-10T12:00');
  });

  it('someone who did not take part is refused: the secretariat, a suppleant not called, a member with afbud', async () => {
    const { app, clock } = await aHeldMeeting();
    await app.sendMeetingAfbud({ councilId, actorId: 'm002', meetingId: 'm0001' });
    clock.set(afterTheMeeting);
    await send(app);
    for (const actorId of ['sekretariat', 's001', 'm002'])
      expect(await app.approveMinutes({ councilId, actorId, meetingId: 'm0001' })).toMatchObject({
        ok: false,
        code: 'not_a_participant',
      });
  });

  it('of imported minutes, those named in its attendance approve', async () => {
    const setup = await anAppWithCouncil({ members: 2 });
    const [m001] = setup.roster.members;
    await setup.deps.meetings.saveMeeting({
      meeting: {
        id: 'm0001',
        councilId,
        title: 'Rådsmøde',
        start: '2026-12-03T13:00',
        end: '2026-12-03T16:00',
        status: 'planned',
      },
      items: [],
      attendance: [{ organisation: 'DA', people: [{ name: m001!.name }] }],
    });
    setup.clock.set(afterTheMeeting);
    const sent = await send(setup.app);
    expect(sent.ok && sent.value.participants.map((member) => member.id)).toEqual(['m001']);
    expect(
      await setup.app.approveMinutes({ councilId, actorId: 'formand', meetingId: 'm0001' }),
    ).toMatchObject({ ok: false, code: 'not_a_participant' });
  });

  it('the secretary marks them approved, for good; then no one approves or sends them again', async () => {
    const { app, clock, deps } = await aHeldMeeting();
    clock.set(afterTheMeeting);
    const close = (onlyCheck = false) =>
      app.closeMinutesApproval({
        councilId,
        actorId: 'sekretariat',
        meetingId: 'm0001',
        onlyCheck,
      });
    expect(await close()).toMatchObject({ ok: false, code: 'minutes_not_sent' });
    await send(app);
    expect(
      await app.closeMinutesApproval({ councilId, actorId: 'm001', meetingId: 'm0001' }),
    ).toMatchObject({ ok: false, code: 'not_allowed_to_manage_meetings' });
    expect(await close(true)).toMatchObject({
      ok: true,
      value: { meeting: { status: 'minutes_sent' } },
    });
    expect((await deps.meetings.meeting(councilId, 'm0001'))?.meeting.status).toBe('minutes_sent');
    expect(await close()).toMatchObject({
      ok: true,
      value: { meeting: { status: 'minutes_approved' } },
    });
    expect(await deps.minutesApprovals.round(councilId, 'm0001')).toMatchObject({
      closedAt: afterTheMeeting,
      closedBy: 'sekretariat',
    });
    expect(await close()).toMatchObject({ ok: false, code: 'minutes_already_approved' });
    expect(
      await app.approveMinutes({ councilId, actorId: 'm001', meetingId: 'm0001' }),
    ).toMatchObject({ ok: false, code: 'minutes_already_approved' });
    expect(await send(app)).toMatchObject({ ok: false, code: 'minutes_already_approved' });
  });

  it('a cancelled meeting has no minutes to send', async () => {
    const { app, clock } = await aHeldMeeting();
    await app.cancelMeeting({ councilId, actorId: 'sekretariat', meetingId: 'm0001' });
    clock.set(afterTheMeeting);
    expect(await send(app)).toMatchObject({ ok: false, code: 'meeting_cancelled' });
  });
});
