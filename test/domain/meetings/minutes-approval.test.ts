import { describe, expect, it } from 'vitest';
import type { Meeting } from '../../../src/domain/meetings/meeting.ts';
import {
  approvalStatus,
  closeApproval,
  mayApprove,
  sendForApproval,
} from '../../../src/domain/meetings/minutes-approval.ts';
import { rosterWith } from '../../fakes/council-mother.ts';

const meeting: Meeting = {
  id: 'm0001',
  councilId: 'rar-test',
  title: 'Rådsmøde',
  start: '2026-12-03T13:00',
  end: '2026-12-03T16:00',
  status: 'agenda_published',
};
const after = '2026-12-03T16:30';

describe('the approval of the minutes', () => {
  it('sends the minutes of a meeting that has begun, by way of held', () => {
    expect(sendForApproval(meeting, after, '2026-12-10T12:00')).toEqual({
      ok: true,
      value: { ...meeting, status: 'minutes_sent' },
    });
    expect(
      sendForApproval({ ...meeting, status: 'held' }, after, '2026-12-10T12:00'),
    ).toMatchObject({ ok: true, value: { status: 'minutes_sent' } });
  });

  it('refuses before the meeting begins, with a deadline already passed, or a second time', () => {
    expect(sendForApproval(meeting, '2026-12-03T12:59', '2026-12-10T12:00')).toMatchObject({
      code: 'meeting_not_begun',
    });
    expect(sendForApproval(meeting, after, after)).toMatchObject({
      code: 'minutes_deadline_invalid',
      field: 'deadline',
    });
    expect(
      sendForApproval({ ...meeting, status: 'minutes_sent' }, after, '2026-12-10T12:00'),
    ).toMatchObject({ code: 'minutes_already_sent' });
    expect(
      sendForApproval({ ...meeting, status: 'cancelled' }, after, '2026-12-10T12:00'),
    ).toMatchObject({ code: 'meeting_cancelled' });
  });

  it('lets only participants approve, and only while the minutes are out', () => {
    const sent = { status: 'minutes_sent' as const };
    expect(mayApprove(sent, ['m001'], 'm001')).toEqual({ ok: true, value: true });
    expect(mayApprove(sent, ['m001'], 'm002')).toMatchObject({ code: 'not_a_participant' });
    expect(mayApprove({ status: 'held' }, ['m001'], 'm001')).toMatchObject({
      code: 'minutes_not_sent',
    });
    expect(mayApprove({ status: 'minutes_approved' }, ['m001'], 'm001')).toMatchObject({
      code: 'minutes_already_approved',
    });
  });

  it('closes once, from sent only', () => {
    expect(closeApproval({ ...meeting, status: 'minutes_sent' })).toMatchObject({
      ok: true,
      value: { status: 'minutes_approved' },
    });
    expect(closeApproval(meeting)).toMatchObject({ code: 'minutes_not_sent' });
    expect(closeApproval({ ...meeting, status: 'minutes_approved' })).toMatchObject({
      code: 'minutes_already_approved',
    });
  });

  it('says who has approved, in the order they did, and who has not', () => {
    const { chair, viceChair, members } = rosterWith({ members: 1 });
    const status = approvalStatus(
      [chair, viceChair, members[0]!],
      [
        { memberId: 'm001', approvedAt: '2026-12-04T10:00:00.000Z' },
        { memberId: 'formand', approvedAt: '2026-12-04T08:00:00.000Z', comment: 'OK' },
        { memberId: 'someone-else', approvedAt: '2026-12-04T07:00:00.000Z' },
      ],
    );
    expect(status.approved.map(({ member }) => member.id)).toEqual(['formand', 'm001']);
    expect(status.waiting).toEqual([viceChair]);
  });
});
