import { describe, expect, it } from 'vitest';
import type { MeetingRecord } from '../../../src/domain/meetings/meeting-record.ts';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';

const councilId = 'rar-test';

/**
 * A Rådsmøde on Thursday 3 December 2026 13.00–16.00 with its agenda out and
 * an afbud deadline on Monday 30 November 12.00; the clock stands on Monday
 * 23 November 09.00 (Copenhagen). Roster (test/fakes/council-mother.ts):
 * formand (DA), næstformand (FH), m001–m006 (DA, FH, KL, DH, Akademikerne,
 * Lederne), s001 suppleant for m001, a tilforordnet and the secretariat.
 */
async function aMeetingAhead(changes: Partial<MeetingRecord> = {}) {
  const setup = await anAppWithCouncil();
  const record: MeetingRecord = {
    meeting: {
      id: 'm0001',
      councilId,
      title: 'Rådsmøde',
      start: '2026-12-03T13:00',
      end: '2026-12-03T16:00',
      afbudDeadline: '2026-11-30T12:00',
      status: 'agenda_published',
    },
    items: [
      {
        number: [2, 1, 1],
        theme: '2. Rådets indsatser',
        title: 'Positivlisten',
        kinds: ['B'],
        presentation: true,
        presenters: ['Vita Havnefoged'],
        fields: { bilag: [], other: [] },
      },
    ],
    attendance: [],
    ...changes,
  };
  await setup.deps.meetings.saveMeeting(record);
  return { ...setup, meetingId: record.meeting.id };
}

/** The meeting has begun: Thursday 3 December 13.30 in Copenhagen. */
const duringTheMeeting = '2026-12-03T12:30:00.000Z';

describe('afbud for a meeting', () => {
  it('a substitute holds the seat of a member who sent afbud for the meeting, in the meeting and in a hearing on its agenda', async () => {
    const { app, meetingId, roster } = await aMeetingAhead();
    const sent = await app.sendMeetingAfbud({
      councilId,
      actorId: 'm001',
      meetingId,
      reason: 'Sygdom',
    });
    expect(sent).toMatchObject({
      ok: true,
      value: {
        member: { id: 'm001' },
        substitute: { id: 's001' },
        added: true,
        afterDeadline: false,
        absence: { memberId: 'm001', scope: { kind: 'meeting', meetingId }, reason: 'Sygdom' },
      },
    });

    const attendance = await app.meetingAttendance({ councilId, meetingId });
    if (!attendance.ok) throw new Error(attendance.code);
    expect(attendance.value.sheet.afbud).toEqual([
      { member: roster.members[0], reason: 'Sygdom', substitute: roster.substitute },
    ]);
    expect(attendance.value.sheet.present[0]).toEqual({
      organisation: 'DA',
      people: [
        { name: roster.chair.name },
        { name: roster.substitute.name, note: `suppleant for ${roster.members[0]!.name}` },
      ],
    });

    const hearing = await app.openHearing({
      councilId,
      actorId: 'sekretariat',
      title: 'Positivlisten for 2. halvår',
      proposal: 'Sekretariatet indstiller, at Rådet godkender positivlisten.',
      deadlineDate: '2026-11-27',
      deadlineTime: '12:00',
      meetingId,
      agendaItem: '2.1.1',
    });
    if (!hearing.ok) throw new Error(hearing.code);
    const hearingId = hearing.value.id;
    expect(
      await app.castBallot({ councilId, hearingId, actorId: 'm001', choice: 'for' }),
    ).toMatchObject({ ok: false, code: 'seat_held_by_substitute' });
    expect(
      await app.castBallot({ councilId, hearingId, actorId: 's001', choice: 'for' }),
    ).toMatchObject({ ok: true });
  });

  it('withdrawing the afbud before the meeting gives the seat back', async () => {
    const { app, meetingId, deps } = await aMeetingAhead();
    await app.sendMeetingAfbud({ councilId, actorId: 'm001', meetingId });
    const withdrawn = await app.withdrawMeetingAfbud({ councilId, actorId: 'm001', meetingId });
    expect(withdrawn).toMatchObject({ ok: true, value: { member: { id: 'm001' } } });
    expect(await deps.absences.absences(councilId)).toEqual([]);
    const attendance = await app.meetingAttendance({ councilId, meetingId });
    if (!attendance.ok) throw new Error(attendance.code);
    expect(attendance.value.sheet.afbud).toEqual([]);
    expect(attendance.value.sheet.participantIds).toContain('m001');
    expect(attendance.value.sheet.participantIds).not.toContain('s001');
    expect(await app.withdrawMeetingAfbud({ councilId, actorId: 'm001', meetingId })).toMatchObject(
      { ok: false, code: 'no_meeting_afbud' },
    );
  });

  it('withdrawing the afbud hands the seat in a hearing on its agenda back to the member', async () => {
    const { app, meetingId } = await aMeetingAhead();
    await app.sendMeetingAfbud({ councilId, actorId: 'm001', meetingId });
    const hearing = await app.openHearing({
      councilId,
      actorId: 'sekretariat',
      title: 'Positivlisten for 2. halvår',
      proposal: 'Sekretariatet indstiller, at Rådet godkender positivlisten.',
      deadlineDate: '2026-11-27',
      deadlineTime: '12:00',
      meetingId,
      agendaItem: '2.1.1',
    });
    if (!hearing.ok) throw new Error(hearing.code);
    await app.withdrawMeetingAfbud({ councilId, actorId: 'm001', meetingId });
    const vote = (actorId: string) =>
      app.castBallot({ councilId, hearingId: hearing.value.id, actorId, choice: 'for' });
    expect(await vote('s001')).toMatchObject({ ok: false, code: 'substitute_not_active' });
    expect(await vote('m001')).toMatchObject({ ok: true });
  });

  it('sending it twice stores it once and says so', async () => {
    const { app, meetingId, deps } = await aMeetingAhead();
    await app.sendMeetingAfbud({ councilId, actorId: 'm002', meetingId });
    const again = await app.sendMeetingAfbud({ councilId, actorId: 'm002', meetingId });
    expect(again).toMatchObject({ ok: true, value: { added: false } });
    expect(again.ok && again.value.substitute).toBeFalsy();
    expect(await deps.absences.absences(councilId)).toHaveLength(1);
  });

  it('after the afbud deadline it is still taken, and the answer says the deadline has passed', async () => {
    const { app, meetingId, clock } = await aMeetingAhead();
    clock.set('2026-12-01T08:00:00.000Z');
    expect(await app.sendMeetingAfbud({ councilId, actorId: 'm003', meetingId })).toMatchObject({
      ok: true,
      value: { added: true, afterDeadline: true },
    });
  });

  it('is refused once the meeting has begun, and nothing is stored', async () => {
    const { app, meetingId, clock, deps } = await aMeetingAhead();
    clock.set(duringTheMeeting);
    expect(await app.sendMeetingAfbud({ councilId, actorId: 'm001', meetingId })).toEqual({
      ok: false,
      code: 'meeting_already_begun',
    });
    expect(await deps.absences.absences(councilId)).toEqual([]);
  });

  it("a suppleant's own afbud is refused with the reason; the secretariat may register a member's", async () => {
    const { app, meetingId } = await aMeetingAhead();
    expect(await app.sendMeetingAfbud({ councilId, actorId: 's001', meetingId })).toMatchObject({
      ok: false,
      code: 'afbud_by_substitute',
    });
    expect(
      await app.sendMeetingAfbud({ councilId, actorId: 'm002', meetingId, onBehalfOf: 'm003' }),
    ).toMatchObject({ ok: false, code: 'not_allowed_to_manage_meetings', field: 'onBehalfOf' });
    expect(
      await app.sendMeetingAfbud({
        councilId,
        actorId: 'sekretariat',
        meetingId,
        onBehalfOf: 'm003',
        reason: 'Ringede',
      }),
    ).toMatchObject({ ok: true, value: { member: { id: 'm003' } } });
  });

  it('sending afbud un-marks "coming", and saying "coming" withdraws the afbud', async () => {
    const { app, meetingId, deps } = await aMeetingAhead();
    await app.markComing({ councilId, actorId: 'm001', meetingId });
    await app.sendMeetingAfbud({ councilId, actorId: 'm001', meetingId });
    expect([...(await deps.meetings.comingMembers(councilId, meetingId)).keys()]).toEqual([]);
    expect(await app.markComing({ councilId, actorId: 'm001', meetingId })).toMatchObject({
      ok: true,
      value: { withdrewAfbud: true },
    });
    expect(await deps.absences.absences(councilId)).toEqual([]);
    expect([...(await deps.meetings.comingMembers(councilId, meetingId)).keys()]).toEqual(['m001']);
  });

  it('"coming" is for invitees: a suppleant only while holding the seat, never the secretariat', async () => {
    const { app, meetingId } = await aMeetingAhead();
    expect(await app.markComing({ councilId, actorId: 's001', meetingId })).toMatchObject({
      ok: false,
      code: 'substitute_not_called',
    });
    expect(await app.markComing({ councilId, actorId: 'sekretariat', meetingId })).toMatchObject({
      ok: false,
      code: 'not_invited',
    });
    await app.sendMeetingAfbud({ councilId, actorId: 'm001', meetingId });
    expect(await app.markComing({ councilId, actorId: 's001', meetingId })).toMatchObject({
      ok: true,
      value: { withdrewAfbud: false },
    });
  });
});

describe('the attendance of a meeting', () => {
  it('is grouped by organisation as the minutes print it, with guests, the secretariat and presenters "under punkt 2.1.1"', async () => {
    const { app, meetingId, roster } = await aMeetingAhead();
    await app.sendMeetingAfbud({ councilId, actorId: 'm004', meetingId, reason: 'Ferie' });
    await app.markComing({ councilId, actorId: 'm002', meetingId });
    const guest = (guestName: string, organisation: string, extra = {}) =>
      app.addMeetingGuest({
        councilId,
        actorId: 'sekretariat',
        meetingId,
        guestName,
        organisation,
        ...extra,
      });
    expect(await guest('Tove Tangsø', 'FH', { note: 'bagland' })).toMatchObject({
      ok: true,
      value: { added: true },
    });
    await guest('Uffe Ålekvist', 'Baglande repræsentanter');
    await guest('Rune Rorgænger', 'STAR', { presenter: true, note: 'under punkt 2.1.1' });

    const shown = await app.meetingAttendance({ councilId, meetingId });
    if (!shown.ok) throw new Error(shown.code);
    const { sheet } = shown.value;
    const [m001, m002, m003, m004, m005, m006] = roster.members.map((member) => member.name);
    expect(sheet.coming.map((member) => member.id)).toEqual(['m002']);
    expect(sheet.afbud).toEqual([{ member: roster.members[3], reason: 'Ferie' }]);
    expect(sheet.present).toEqual([
      { organisation: 'DA', people: [{ name: roster.chair.name }, { name: m001 }] },
      {
        organisation: 'FH',
        people: [
          { name: roster.viceChair.name },
          { name: m002 },
          { name: 'Tove Tangsø', note: 'bagland' },
        ],
      },
      { organisation: 'KL', people: [{ name: m003 }] },
      { organisation: 'Akademikerne', people: [{ name: m005 }] },
      { organisation: 'Lederne', people: [{ name: m006 }] },
      {
        organisation: 'Tilforordnede',
        people: [{ name: roster.observer.name, note: 'Professionshøjskolen' }],
      },
      { organisation: 'Baglande repræsentanter', people: [{ name: 'Uffe Ålekvist' }] },
      { organisation: 'sekretariatet', people: [{ name: roster.secretary.name }] },
      {
        organisation: 'Oplægsholdere',
        people: [
          { name: 'Rune Rorgænger', note: 'STAR; under punkt 2.1.1' },
          { name: 'Vita Havnefoged', note: 'under punkt 2.1.1' },
        ],
      },
    ]);
    expect(sheet.present.flatMap((group) => group.people.map((p) => p.name))).not.toContain(m004);

    expect(
      await app.removeMeetingGuest({
        councilId,
        actorId: 'sekretariat',
        meetingId,
        guestName: 'uffe ålekvist',
      }),
    ).toMatchObject({ ok: true });
    expect(
      await app.removeMeetingGuest({
        councilId,
        actorId: 'sekretariat',
        meetingId,
        guestName: 'Uffe Ålekvist',
      }),
    ).toMatchObject({ ok: false, code: 'guest_not_found' });
  });

  it('guests are added by the secretariat and the chair group only, naming the field on bad input', async () => {
    const { app, meetingId } = await aMeetingAhead();
    expect(
      await app.addMeetingGuest({
        councilId,
        actorId: 'm001',
        meetingId,
        guestName: 'Tove Tangsø',
        organisation: 'FH',
      }),
    ).toMatchObject({ ok: false, code: 'not_allowed_to_manage_meetings' });
    expect(
      await app.addMeetingGuest({
        councilId,
        actorId: 'sekretariat',
        meetingId,
        guestName: 'Tove Tangsø',
        organisation: ' ',
      }),
    ).toMatchObject({ ok: false, code: 'invalid_input', field: 'organisation' });
  });

  it('the referat of a meeting run in Rådsbot carries the built attendance once it has begun', async () => {
    const { app, meetingId, clock, roster } = await aMeetingAhead();
    await app.sendMeetingAfbud({ councilId, actorId: 'm001', meetingId });
    const before = await app.showMeeting({ councilId, meetingId });
    expect(before.ok && before.value.attendance).toEqual([]);
    clock.set(duringTheMeeting);
    const shown = await app.showMeeting({ councilId, meetingId });
    if (!shown.ok) throw new Error(shown.code);
    expect(shown.value.attendance[0]).toEqual({
      organisation: 'DA',
      people: [
        { name: roster.chair.name },
        { name: roster.substitute.name, note: `suppleant for ${roster.members[0]!.name}` },
      ],
    });
  });

  it('a meeting whose minutes were imported keeps its imported attendance', async () => {
    const imported = [{ organisation: 'FH', people: [{ name: 'Anna Kajplads', note: 'bagland' }] }];
    const { app, meetingId, clock } = await aMeetingAhead({ attendance: imported });
    clock.set(duringTheMeeting);
    const shown = await app.showMeeting({ councilId, meetingId });
    expect(shown.ok && shown.value.attendance).toEqual(imported);
  });
});
