import { describe, expect, it } from 'vitest';
import type { Absence } from '../../../src/domain/council/absence.ts';
import type { Member } from '../../../src/domain/council/roster.ts';
import {
  claimSeat,
  eligibleSeatIds,
  seatHolder,
  type SeatContext,
} from '../../../src/domain/council/seat.ts';

const member = (id: string, role: Member['role'], substituteFor?: string): Member => ({
  id,
  name: id,
  organisation: 'DA',
  role,
  ...(substituteFor ? { substituteFor } : {}),
  identities: [],
});

const members = [
  member('chair', 'formand'),
  member('ida', 'medlem'),
  member('ida-sub', 'suppleant', 'ida'),
  member('karl', 'medlem'),
  member('sec', 'sekretariat'),
  member('obs', 'tilforordnet'),
];

const context = (overrides: Partial<SeatContext> = {}): SeatContext => ({
  members,
  absences: [],
  recusedMemberIds: new Set(),
  hearingId: 'h1',
  localDate: '2026-11-23',
  ...overrides,
});
const afbud = (memberId: string, scope: Absence['scope']): Absence => ({
  memberId,
  scope,
  registeredAt: '2026-11-20T09:00:00Z',
});

describe('who holds a seat', () => {
  it('a member votes for their own seat', () => {
    expect(claimSeat('ida', context())).toEqual({
      ok: true,
      value: { seatId: 'ida', actingAs: 'member' },
    });
  });

  it("a substitute votes for an absent member's seat", () => {
    const away = context({ absences: [afbud('ida', { kind: 'hearing', hearingId: 'h1' })] });
    expect(claimSeat('ida-sub', away)).toEqual({
      ok: true,
      value: { seatId: 'ida', actingAs: 'substitute' },
    });
    expect(claimSeat('ida', away)).toMatchObject({ ok: false, code: 'seat_held_by_substitute' });
  });

  it('a substitute cannot vote while the member is present', () => {
    expect(claimSeat('ida-sub', context())).toMatchObject({
      ok: false,
      code: 'substitute_not_active',
    });
  });

  it('afbud for a period covers the days in it, both ends included', () => {
    const period = [afbud('ida', { kind: 'period', from: '2026-11-20', to: '2026-11-23' })];
    expect(claimSeat('ida-sub', context({ absences: period })).ok).toBe(true);
    expect(claimSeat('ida-sub', context({ absences: period, localDate: '2026-11-24' })).ok).toBe(
      false,
    );
  });

  it("afbud for a meeting hands the seat over in the hearings on that meeting's agenda only", () => {
    const away = [afbud('ida', { kind: 'meeting', meetingId: 'm1' })];
    const onAgenda = context({ absences: away, meetingId: 'm1' });
    expect(claimSeat('ida-sub', onAgenda)).toMatchObject({
      ok: true,
      value: { seatId: 'ida', actingAs: 'substitute' },
    });
    expect(claimSeat('ida', onAgenda)).toMatchObject({
      ok: false,
      code: 'seat_held_by_substitute',
    });
    expect(seatHolder('ida', onAgenda)?.id).toBe('ida-sub');

    expect(claimSeat('ida', context({ absences: away })).ok).toBe(true);
    expect(claimSeat('ida', context({ absences: away, meetingId: 'm2' })).ok).toBe(true);
  });

  it('a member without a substitute keeps the seat despite afbud', () => {
    const away = context({ absences: [afbud('karl', { kind: 'hearing', hearingId: 'h1' })] });
    expect(claimSeat('karl', away)).toMatchObject({ ok: true, value: { seatId: 'karl' } });
  });

  it('a recused member (inhabil) and their substitute are left out', () => {
    const recused = context({
      recusedMemberIds: new Set(['ida']),
      absences: [afbud('ida', { kind: 'hearing', hearingId: 'h1' })],
    });
    expect(claimSeat('ida', recused)).toMatchObject({ ok: false, code: 'recused' });
    expect(claimSeat('ida-sub', recused)).toMatchObject({ ok: false, code: 'recused' });
    expect(eligibleSeatIds(members, new Set(['ida']))).toEqual(['chair', 'karl']);
  });

  it('observers and the secretariat have no vote; strangers are not on the roster', () => {
    expect(claimSeat('obs', context())).toMatchObject({ ok: false, code: 'no_voting_right' });
    expect(claimSeat('sec', context())).toMatchObject({ ok: false, code: 'no_voting_right' });
    expect(claimSeat('nobody', context())).toMatchObject({ ok: false, code: 'not_on_roster' });
  });

  it("reminders for an absent member's seat go to the substitute", () => {
    const away = context({ absences: [afbud('ida', { kind: 'hearing', hearingId: 'h1' })] });
    expect(seatHolder('ida', away)?.id).toBe('ida-sub');
    expect(seatHolder('ida', context())?.id).toBe('ida');
  });
});
