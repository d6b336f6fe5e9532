import { describe, expect, it } from 'vitest';
import { draftTimes } from '../../../src/domain/discussions/discussion-draft-times.ts';
import { reminderBefore } from '../../../src/domain/discussions/discussion-reminders.ts';
import { checkDiscussionTimes } from '../../../src/domain/discussions/discussion-setup.ts';
import { rolesAfter, withPlacement } from '../../../src/domain/discussions/manual-edits.ts';
import { discussionRoll } from '../../../src/domain/discussions/participants.ts';
import { writerOf } from '../../../src/domain/discussions/writers.ts';
import { rosterWith } from '../../fakes/council-mother.ts';

const timeZone = 'Europe/Copenhagen';
const noHolidays = new Map<string, string>();

describe('a discussion’s times', () => {
  it('run in order: deadline after now, window from the deadline, summaries due after the window', () => {
    const times = {
      signUpDeadline: '2026-11-25T12:00',
      windowStart: '2026-11-25T12:00',
      windowEnd: '2026-11-25T13:00',
      summariesDue: '2026-11-25T13:00',
    };
    expect(checkDiscussionTimes(times, '2026-11-23T09:00')).toEqual({ ok: true, value: true });
    expect(checkDiscussionTimes(times, '2026-11-25T12:00')).toMatchObject({
      field: 'signUpDeadline',
    });
  });

  it('a draft for a Monday meeting closes sign-up on the Thursday before, past the weekend', () => {
    expect(draftTimes('2026-12-07T10:00', '2026-11-23T09:00', noHolidays)).toEqual({
      signUpDeadline: '2026-12-03T12:00',
      windowStart: '2026-12-07T10:00',
      windowEnd: '2026-12-07T11:00',
      summariesDue: '2026-12-08T12:00',
    });
  });

  it('a draft skips a public holiday when it counts working days', () => {
    const holidays = new Map([['2026-12-02', 'En helligdag']]);
    expect(draftTimes('2026-12-03T13:00', '2026-11-23T09:00', holidays).signUpDeadline).toBe(
      '2026-11-30T12:00',
    );
  });

  it('a draft for a meeting about to begin lets sign-up run until it starts', () => {
    expect(draftTimes('2026-12-03T13:00', '2026-12-03T09:00', noHolidays).signUpDeadline).toBe(
      '2026-12-03T13:00',
    );
  });
});

describe('reminding before a deadline', () => {
  it('is a day before when there is time, out of the quiet hours', () => {
    const now = new Date('2026-11-23T08:00:00.000Z');
    expect(reminderBefore(now, new Date('2026-11-25T11:00:00.000Z'), timeZone)).toEqual(
      new Date('2026-11-24T11:00:00.000Z'),
    );
    // A day before 07.00 is 07.00, in quiet hours: the evening before at 19.00.
    expect(reminderBefore(now, new Date('2026-11-26T06:00:00.000Z'), timeZone)).toEqual(
      new Date('2026-11-24T18:00:00.000Z'),
    );
  });

  it('is halfway when the deadline is near, and none when it has passed', () => {
    const now = new Date('2026-11-23T08:00:00.000Z');
    expect(reminderBefore(now, new Date('2026-11-23T12:00:00.000Z'), timeZone)).toEqual(
      new Date('2026-11-23T10:00:00.000Z'),
    );
    expect(reminderBefore(now, now, timeZone)).toBeUndefined();
  });
});

describe('who takes part', () => {
  const roster = rosterWith({ members: 2 });
  const afbud = (memberId: string) => ({
    memberId,
    scope: { kind: 'meeting' as const, meetingId: 'm0001' },
    registeredAt: '2026-11-23T08:00:00.000Z',
  });
  const occasion = { meetingId: 'm0001', localDate: '2026-12-03' };

  it('the seat holders and the tilforordnede, not the secretariat nor an uncalled suppleant', () => {
    expect(discussionRoll(roster.all, [], occasion)).toEqual({
      participants: [
        { memberId: 'formand', name: roster.chair.name, organisation: 'DA' },
        { memberId: 'naestformand', name: roster.viceChair.name, organisation: 'FH' },
        { memberId: 'm001', name: roster.members[0]!.name, organisation: 'DA' },
        { memberId: 'm002', name: roster.members[1]!.name, organisation: 'FH' },
        {
          memberId: 'tilforordnet',
          name: roster.observer.name,
          organisation: 'Professionshøjskolen',
        },
      ],
      afbudIds: [],
    });
  });

  it('a suppleant is invited in place of a member with afbud, unless they sent afbud too', () => {
    const withSubstitute = discussionRoll(roster.all, [afbud('m001')], occasion);
    expect(withSubstitute.participants.map((p) => p.memberId)).toContain('s001');
    expect(withSubstitute.participants.find((p) => p.memberId === 's001')?.forMemberId).toBe(
      'm001',
    );
    expect(withSubstitute.afbudIds).toEqual(['m001']);
    const bothAway = discussionRoll(roster.all, [afbud('m001'), afbud('s001')], occasion);
    expect(bothAway.participants.map((p) => p.memberId)).not.toContain('s001');
  });
});

describe('the group’s writer and hand edits', () => {
  const group = {
    key: 'A1',
    topic: 'A',
    members: ['a', 'b', 'c'],
    ordstyrer: 'a',
    referent: 'b',
  };

  it('the referent writes; if they no longer take part, the ordstyrer takes over', () => {
    expect(writerOf(group, new Set(['a', 'b', 'c']))).toBe('b');
    expect(writerOf(group, new Set(['a', 'c']))).toBe('a');
  });

  it('giving a role to the other role’s holder swaps the two, so no one holds both', () => {
    expect(rolesAfter(group, 'referent', 'a')).toEqual({ ordstyrer: 'b', referent: 'a' });
    expect(rolesAfter(group, 'referent', 'c')).toEqual({ ordstyrer: 'a', referent: 'c' });
  });

  it('a member moved by hand lets go of a role they held by hand in another group', () => {
    const manual = { placements: {}, roles: { B1: { ordstyrer: 'c' } } };
    expect(withPlacement(manual, 'c', 'A1')).toEqual({
      placements: { c: 'A1' },
      roles: { B1: {} },
    });
  });
});
