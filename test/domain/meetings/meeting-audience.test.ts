import { describe, expect, it } from 'vitest';
import type { Absence } from '../../../src/domain/council/absence.ts';
import type { Member } from '../../../src/domain/council/roster.ts';
import {
  hasAfbud,
  meetingInvitees,
  unansweredInvitees,
} from '../../../src/domain/meetings/meeting-audience.ts';

const person = (id: string, role: Member['role'], substituteFor?: string): Member => ({
  id,
  name: id,
  organisation: 'FH',
  role,
  ...(substituteFor ? { substituteFor } : {}),
  identities: [],
});

const roster = [
  person('formand', 'formand'),
  person('bo', 'medlem'),
  person('bo-suppleant', 'suppleant', 'bo'),
  person('eva', 'medlem'),
  person('eva-suppleant', 'suppleant', 'eva'),
  person('observatoer', 'tilforordnet'),
  person('sekretaer', 'sekretariat'),
];
const meeting = { id: 'm1', start: '2027-03-04T13:00' };
const afbud = (memberId: string, scope: Absence['scope']): Absence => ({
  memberId,
  scope,
  registeredAt: '2027-02-20T09:00:00Z',
});
const ids = (members: readonly Member[]) => members.map((member) => member.id);

describe('who a meeting is for', () => {
  it('the seat holders and the tilforordnede are invited; suppleants and the secretariat are not', () => {
    expect(ids(meetingInvitees(roster, [], meeting))).toEqual([
      'formand',
      'bo',
      'eva',
      'observatoer',
    ]);
  });

  it("a member's afbud for the meeting invites their suppleant in their place", () => {
    const absences = [afbud('bo', { kind: 'meeting', meetingId: 'm1' })];
    expect(ids(meetingInvitees(roster, absences, meeting))).toContain('bo-suppleant');
    expect(ids(meetingInvitees(roster, absences, { ...meeting, id: 'm2' }))).not.toContain(
      'bo-suppleant',
    );
  });

  it('afbud for a period counts for a meeting on a day in it, not for one after it', () => {
    const absences = [afbud('eva', { kind: 'period', from: '2027-03-01', to: '2027-03-04' })];
    expect(hasAfbud(absences, 'eva', meeting)).toBe(true);
    expect(hasAfbud(absences, 'eva', { id: 'm3', start: '2027-03-05T09:00' })).toBe(false);
  });

  it('the afbud deadline reminder goes to those who have neither said they come nor sent afbud', () => {
    const absences = [afbud('bo', { kind: 'meeting', meetingId: 'm1' })];
    const unanswered = unansweredInvitees(roster, absences, new Set(['formand']), meeting);
    expect(ids(unanswered)).toEqual(['bo-suppleant', 'eva', 'observatoer']);
  });
});
