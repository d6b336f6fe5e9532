/** Direct messages about a meeting, as the plans load them, for rendering tests on both surfaces. */
import type {
  MeetingDmNotice,
  MeetingDmView,
} from '../../../../src/bot/present/meetings/meeting-dm-plans.ts';
import type { Locale } from '../../../../src/domain/council/council.ts';
import type { AgendaItem } from '../../../../src/domain/meetings/agenda-item.ts';
import { aCouncil, rosterWith } from '../../../fakes/council-mother.ts';

const roster = rosterWith({ members: 3 });

/** An agenda of 40 items with long titles: more than a DM shows. */
export const longAgenda: AgendaItem[] = Array.from({ length: 40 }, (_, index) => ({
  number: [Math.floor(index / 10) + 1, (index % 10) + 1],
  theme: `${Math.floor(index / 10) + 1}. Tema ${'med en lang overskrift '.repeat(10)}`,
  title: `Punkt ${index + 1}: ${'en meget lang titel på et dagsordenspunkt '.repeat(20)}`,
  kinds: ['B'],
  presentation: false,
  presenters: [],
  fields: { bilag: [], other: [] },
}));

const ref = { councilId: 'rar-test', meetingId: 'm0007' } as const;

/** One notice of each kind, to the suppleant s001 who holds m001's seat. */
export const everyDmNotice: readonly MeetingDmNotice[] = [
  { kind: 'meeting_agenda_to_member', ...ref, memberId: 's001', sequence: 0 },
  { kind: 'meeting_reminder', ...ref, memberId: 's001', reminderKey: 'day-before', sequence: 0 },
  { kind: 'meeting_reminder', ...ref, memberId: 's001', reminderKey: 'hour-before', sequence: 0 },
  { kind: 'meeting_afbud_reminder', ...ref, memberId: 's001', sequence: 0 },
  {
    kind: 'meeting_seat_substituted',
    ...ref,
    memberId: 's001',
    absentMemberId: 'm001',
    at: '2027-05-10T08:00:00.000Z',
  },
  {
    kind: 'meeting_seat_returned',
    ...ref,
    memberId: 's001',
    absentMemberId: 'm001',
    at: '2027-05-11T08:00:00.000Z',
  },
];

export function aDmView(notice: MeetingDmNotice, locale: Locale): MeetingDmView {
  const owner = roster.members[0]!;
  return {
    notice,
    view: {
      council: aCouncil({ locale }),
      record: {
        meeting: {
          id: 'm0007',
          councilId: 'rar-test',
          title: `Rådsmøde ${'med en meget lang titel '.repeat(20)}`,
          start: '2027-05-20T13:00',
          end: '2027-05-20T16:00',
          place: 'Havnehuset, mødelokale 2 '.repeat(40),
          afbudDeadline: '2027-05-18T12:00',
          status: 'agenda_published',
        },
        items: longAgenda,
        attendance: [],
      },
      member: roster.substitute,
      invited: true,
      hasAfbud: false,
      coming: false,
      seatOwner: owner,
      holdsSeatOf: owner,
      begun: false,
      mayAfbud: false,
    },
  };
}
