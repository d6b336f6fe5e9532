import { describe, expect, it } from 'vitest';
import type { Absence } from '../../../src/domain/council/absence.ts';
import {
  buildAttendanceSheet,
  participantsNamed,
  type AttendanceFacts,
} from '../../../src/domain/meetings/attendance-sheet.ts';
import { rosterWith } from '../../fakes/council-mother.ts';

const meeting = { id: 'm0001', start: '2026-12-03T13:00' };
const roster = rosterWith({ members: 2 });
const facts = (changes: Partial<AttendanceFacts> = {}): AttendanceFacts => ({
  meeting,
  members: roster.all,
  absences: [],
  comingMemberIds: new Set(),
  guests: [],
  items: [],
  ...changes,
});
const afbud = (memberId: string, scope: Absence['scope']): Absence => ({
  memberId,
  scope,
  registeredAt: '2026-11-23T08:00:00.000Z',
});

describe('the attendance sheet of a meeting', () => {
  it('leaves out a member with afbud and no suppleant: the seat stays empty', () => {
    const sheet = buildAttendanceSheet(
      facts({ absences: [afbud('m002', { kind: 'meeting', meetingId: 'm0001' })] }),
    );
    expect(sheet.afbud).toEqual([{ member: roster.members[1] }]);
    expect(sheet.participantIds).not.toContain('m002');
    const names = sheet.present.flatMap((group) => group.people.map((person) => person.name));
    expect(names).not.toContain(roster.members[1]!.name);
  });

  it('counts afbud for a period that takes in the meeting day, but not afbud for another meeting', () => {
    const away = buildAttendanceSheet(
      facts({
        absences: [afbud('m001', { kind: 'period', from: '2026-12-01', to: '2026-12-04' })],
      }),
    );
    expect(away.afbud.map((entry) => entry.substitute?.id)).toEqual(['s001']);
    const elsewhere = buildAttendanceSheet(
      facts({ absences: [afbud('m001', { kind: 'meeting', meetingId: 'm0002' })] }),
    );
    expect(elsewhere.afbud).toEqual([]);
  });

  it('prints an agenda presenter once, and not at all when they are on the roster or added', () => {
    const item = {
      number: [2, 1, 1],
      title: 'Positivlisten',
      kinds: ['B' as const],
      presentation: true,
      fields: { bilag: [], other: [] },
    };
    const sheet = buildAttendanceSheet(
      facts({
        items: [
          { ...item, presenters: ['Vita Havnefoged', roster.chair.name] },
          { ...item, number: [2, 1, 2], presenters: ['vita havnefoged', 'Rune Rorgænger'] },
        ],
        guests: [
          {
            name: 'Rune Rorgænger',
            organisation: 'STAR',
            presenter: true,
            addedAt: '2026-11-23T08:00:00.000Z',
            addedBy: 'sekretariat',
          },
        ],
      }),
    );
    expect(sheet.present.at(-1)).toEqual({
      organisation: 'Oplægsholdere',
      people: [
        { name: 'Rune Rorgænger', note: 'STAR' },
        { name: 'Vita Havnefoged', note: 'under punkt 2.1.1' },
      ],
    });
  });

  it('finds the roster members named in imported minutes, whatever the case, never the secretariat', () => {
    const attendance = [
      { organisation: 'DA', people: [{ name: roster.chair.name.toUpperCase() }] },
      { organisation: 'sekretariatet', people: [{ name: roster.secretary.name }] },
      { organisation: 'Oplægsholdere', people: [{ name: 'Rune Rorgænger' }] },
    ];
    expect(participantsNamed(roster.all, attendance)).toEqual(['formand']);
  });
});
