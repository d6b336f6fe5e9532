/** What "næste møde" and App Home are built from: the member's next meeting, their status and the minutes waiting for them. */
import { describe, expect, it } from 'vitest';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';
import { heldMeetingWithMinutes, planMeeting } from '../../support/meeting-seeds.ts';

async function aCouncil() {
  const made = await anAppWithCouncil();
  const seed = {
    councilId: made.council.id,
    actorId: made.roster.secretary.id,
    now: made.deps.clock.now(),
  };
  const nextFor = async (memberId: string) => {
    const next = await made.app.nextMeetingForMember({ councilId: made.council.id, memberId });
    if (!next.ok) throw new Error(next.code);
    return next.value;
  };
  return { ...made, seed, nextFor };
}

describe('nextMeetingForMember', () => {
  it('skips cancelled meetings and takes the soonest one not yet held', async () => {
    const { app, seed, roster, nextFor } = await aCouncil();
    const cancelled = await planMeeting(app, seed, { daysAhead: 3, publish: false });
    await app.cancelMeeting({
      councilId: seed.councilId,
      actorId: seed.actorId,
      meetingId: cancelled,
    });
    const later = await planMeeting(app, seed, { daysAhead: 20, publish: false });
    const sooner = await planMeeting(app, seed, { daysAhead: 10, publish: false });

    const next = await nextFor(roster.members[1]!.id);

    expect(next.next?.record.meeting.id).toBe(sooner);
    expect(next.next?.record.meeting.id).not.toBe(later);
    expect(next.next?.status).toEqual({ kind: 'unanswered' });
    expect(next.next?.open).toBe(true);
  });

  it('a meeting under way is still the next one, but afbud can no longer change', async () => {
    const { app, seed, roster, clock, nextFor } = await aCouncil();
    const meetingId = await planMeeting(app, seed, { daysAhead: 2, publish: false });
    const shown = await app.showMeeting({ councilId: seed.councilId, meetingId });
    if (!shown.ok) throw new Error(shown.code);
    // 14:00 Copenhagen on the meeting's day (13:00–16:00), winter time.
    clock.set(`${shown.value.meeting.start.split('T')[0]}T13:00:00.000Z`);

    const next = await nextFor(roster.members[0]!.id);

    expect(next.next?.record.meeting.id).toBe(meetingId);
    expect(next.next?.open).toBe(false);
  });

  it('gives afbud with the suppleant, the seat a suppleant holds, and nothing to the secretariat', async () => {
    const { app, seed, roster, nextFor } = await aCouncil();
    const meetingId = await planMeeting(app, seed);
    const [principal, coming] = roster.members;
    await app.sendMeetingAfbud({
      councilId: seed.councilId,
      actorId: principal!.id,
      meetingId,
      reason: 'Ferie',
    });
    await app.markComing({ councilId: seed.councilId, actorId: coming!.id, meetingId });

    expect((await nextFor(principal!.id)).next?.status).toEqual({
      kind: 'afbud',
      reason: 'Ferie',
      substitute: roster.substitute,
    });
    expect((await nextFor(roster.substitute.id)).next?.status).toEqual({
      kind: 'holds_seat',
      seatOf: principal,
      coming: false,
    });
    expect((await nextFor(coming!.id)).next?.status).toEqual({ kind: 'coming' });
    expect((await nextFor(roster.secretary.id)).next?.status).toEqual({ kind: 'not_invited' });
  });

  it('lists the minutes a participant has not approved yet, and drops them once approved', async () => {
    const { app, seed, roster, nextFor } = await aCouncil();
    const { meetingId } = await heldMeetingWithMinutes(app, seed);
    const member = roster.members[2]!;

    expect((await nextFor(member.id)).minutesAwaiting.map((m) => m.record.meeting.id)).toEqual([
      meetingId,
    ]);
    expect((await nextFor(roster.secretary.id)).minutesAwaiting).toEqual([]);

    await app.approveMinutes({ councilId: seed.councilId, actorId: member.id, meetingId });
    expect((await nextFor(member.id)).minutesAwaiting).toEqual([]);
    expect((await nextFor(member.id)).next).toBeUndefined();
  });

  it('names the field of bad input and changes nothing', async () => {
    const { app, seed } = await aCouncil();

    const refused = await app.nextMeetingForMember({ councilId: seed.councilId, memberId: '' });

    expect(refused).toMatchObject({ ok: false, code: 'invalid_input', field: 'memberId' });
  });
});

describe('markFollowUpDone', () => {
  it('lets the owner (by id or name) and the secretariat mark a point done, and refuses anyone else', async () => {
    const { app, seed, roster } = await aCouncil();
    const owner = roster.members[0]!;
    const { pointId } = await heldMeetingWithMinutes(app, seed, { owner: owner.name });
    const mark = (actorId: string) =>
      app.markFollowUpDone({ councilId: seed.councilId, actorId, pointId });

    expect(await mark(roster.members[1]!.id)).toMatchObject({
      ok: false,
      code: 'follow_up_not_owner',
    });
    expect(await mark(owner.id)).toMatchObject({ ok: true, value: { status: 'done' } });
    const other = await heldMeetingWithMinutes(app, seed, { owner: owner.id });
    expect(
      await app.markFollowUpDone({
        councilId: seed.councilId,
        actorId: roster.secretary.id,
        pointId: other.pointId,
      }),
    ).toMatchObject({ ok: true });
    const open = await app.listFollowUp({ councilId: seed.councilId });
    expect(open.ok && open.value).toEqual([]);
  });

  it('answers a point that does not exist', async () => {
    const { app, seed, roster } = await aCouncil();

    const refused = await app.markFollowUpDone({
      councilId: seed.councilId,
      actorId: roster.secretary.id,
      pointId: 'm9999/1.2',
    });

    expect(refused).toMatchObject({
      ok: false,
      code: 'follow_up_point_not_found',
      field: 'pointId',
    });
  });
});
