import { describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../../src/domain/meetings/meeting-record.ts';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';

const councilId = 'rar-test';
const meetingId = 'm0001';

/**
 * A Rådsmøde on Thursday 3 December 2026 13.00–16.00, its agenda out; the
 * clock stands on Monday 23 November. s001 is m001's suppleant; m002 has none.
 */
async function aMeetingAhead() {
  const setup = await anAppWithCouncil();
  const record: MeetingRecord = {
    meeting: {
      id: meetingId,
      councilId,
      title: 'Rådsmøde',
      start: '2026-12-03T13:00',
      end: '2026-12-03T16:00',
      status: 'agenda_published',
    },
    items: [],
    attendance: [],
  };
  await setup.deps.meetings.saveMeeting(record);
  return setup;
}

const seatNotices = (notices: readonly { kind: string }[]) =>
  notices.filter((notice) => notice.kind.startsWith('meeting_seat_'));

describe("the suppleant's seat notices", () => {
  it('afbud queues a notice to the suppleant in the same step; a repeat queues the same one, which the outbox delivers once', async () => {
    const { app, notifier, clock } = await aMeetingAhead();
    await app.sendMeetingAfbud({ councilId, actorId: 'm001', meetingId, reason: 'Ferie' });
    clock.advance({ minutes: 5 });
    await app.sendMeetingAfbud({ councilId, actorId: 'm001', meetingId });
    const notice = {
      kind: 'meeting_seat_substituted',
      councilId,
      meetingId,
      memberId: 's001',
      absentMemberId: 'm001',
      at: '2026-11-23T08:00:00.000Z',
    };
    // Queued again under the stored afbud's time: a notice lost to a crash is sent on the repeat.
    expect(seatNotices(notifier.notices)).toEqual([notice, notice]);
  });

  it('withdrawing, by the button or by saying "I am coming", tells the suppleant the seat went back', async () => {
    const { app, notifier } = await aMeetingAhead();
    await app.sendMeetingAfbud({ councilId, actorId: 'm001', meetingId });
    await app.withdrawMeetingAfbud({ councilId, actorId: 'm001', meetingId });
    await app.sendMeetingAfbud({ councilId, actorId: 'm001', meetingId });
    await app.markComing({ councilId, actorId: 'm001', meetingId });
    expect(seatNotices(notifier.notices).map((notice) => notice.kind)).toEqual([
      'meeting_seat_substituted',
      'meeting_seat_returned',
      'meeting_seat_substituted',
      'meeting_seat_returned',
    ]);
  });

  it('a member without a suppleant sends afbud and nobody is told', async () => {
    const { app, notifier } = await aMeetingAhead();
    const sent = await app.sendMeetingAfbud({ councilId, actorId: 'm002', meetingId });
    expect(sent.ok && sent.value.substitute).toBeUndefined();
    expect(seatNotices(notifier.notices)).toEqual([]);
  });

  it("the member's view of the meeting says who holds whose seat and whether afbud is still taken", async () => {
    const { app } = await aMeetingAhead();
    await app.sendMeetingAfbud({ councilId, actorId: 'm001', meetingId });
    const suppleant = await app.memberMeetingView({ councilId, meetingId, memberId: 's001' });
    expect(suppleant).toMatchObject({
      ok: true,
      value: { invited: true, hasAfbud: false, holdsSeatOf: { id: 'm001' }, mayAfbud: false },
    });
    const away = await app.memberMeetingView({ councilId, meetingId, memberId: 'm001' });
    expect(away).toMatchObject({
      ok: true,
      value: { invited: true, hasAfbud: true, substitute: { id: 's001' }, mayAfbud: true },
    });
    expect(
      await app.memberMeetingView({ councilId, meetingId: 'nope', memberId: 'm001' }),
    ).toMatchObject({ ok: false, code: 'meeting_not_found' });
  });

  it('a tilforordnet may send afbud too; the secretariat is not invited', async () => {
    const { app, roster } = await aMeetingAhead();
    const observer = await app.memberMeetingView({
      councilId,
      meetingId,
      memberId: roster.observer.id,
    });
    expect(observer).toMatchObject({ ok: true, value: { invited: true, mayAfbud: true } });
    const secretary = await app.memberMeetingView({
      councilId,
      meetingId,
      memberId: roster.secretary.id,
    });
    expect(secretary).toMatchObject({ ok: true, value: { invited: false, mayAfbud: false } });
  });
});
