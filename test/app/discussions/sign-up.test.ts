import { describe, expect, it } from 'vitest';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';
import {
  aDiscussionInput,
  aDiscussionInSignUp,
  aMeetingWithDiscussionItem,
  councilId,
  participantIds,
} from './discussion-fixture.ts';

describe('signing up', () => {
  it('a member chooses a topic and changes it until the deadline; each change refreshes the channel message', async () => {
    const { app, ref, notifier } = await aDiscussionInSignUp();
    const first = await app.chooseTopic({ ...ref, memberId: 'm002', topic: 'A' });
    expect(first).toMatchObject({ ok: true, value: { signUp: { memberId: 'm002', topic: 'A' } } });
    const changed = await app.chooseTopic({ ...ref, memberId: 'm002', topic: 'B' });
    expect(changed).toMatchObject({ ok: true, value: { signUp: { topic: 'B' } } });
    const show = await app.showDiscussion(ref);
    expect(show.ok && show.value.participants.find((p) => p.memberId === 'm002')).toMatchObject({
      signUp: { topic: 'B' },
    });
    expect(notifier.kinds()).toEqual([
      'discussion_changed',
      'discussion_changed',
      'discussion_changed',
    ]);
  });

  it('volunteering for a role keeps the chosen topic, and withdrawing keeps it too', async () => {
    const { app, ref } = await aDiscussionInSignUp();
    await app.chooseTopic({ ...ref, memberId: 'm003', topic: 'A' });
    expect(
      await app.volunteerForRole({ ...ref, memberId: 'm003', role: 'referent' }),
    ).toMatchObject({ value: { signUp: { topic: 'A', volunteer: 'referent' } } });
    const withdrawn = await app.volunteerForRole({ ...ref, memberId: 'm003', role: null });
    expect(withdrawn.ok && withdrawn.value.signUp).toEqual({
      memberId: 'm003',
      topic: 'A',
      at: '2026-11-23T08:00:00.000Z',
    });
    const noPreference = await app.chooseTopic({ ...ref, memberId: 'm003', topic: null });
    expect(noPreference.ok && noPreference.value.signUp.topic).toBeUndefined();
  });

  it('an unknown topic is refused, naming it', async () => {
    const { app, ref } = await aDiscussionInSignUp();
    expect(await app.chooseTopic({ ...ref, memberId: 'm002', topic: 'C' })).toMatchObject({
      ok: false,
      code: 'discussion_topic_unknown',
      field: 'topic',
      params: { topic: 'C' },
    });
  });

  it('after the deadline sign-up is closed, and nothing changes', async () => {
    const { app, ref, clock } = await aDiscussionInSignUp();
    await app.chooseTopic({ ...ref, memberId: 'm002', topic: 'A' });
    clock.set('2026-11-25T11:00:00.000Z'); // Wednesday 12.00, the deadline
    expect(await app.chooseTopic({ ...ref, memberId: 'm002', topic: 'B' })).toMatchObject({
      code: 'discussion_sign_up_closed',
      params: { deadline: '2026-11-25T12:00' },
    });
    const show = await app.showDiscussion(ref);
    expect(show.ok && show.value.participants.find((p) => p.memberId === 'm002')).toMatchObject({
      signUp: { topic: 'A' },
    });
  });

  it('the council’s members and the tilforordnede take part; the secretariat and an uncalled suppleant do not', async () => {
    const { app, ref } = await aDiscussionInSignUp();
    const show = await app.showDiscussion(ref);
    expect(show.ok && show.value.participants.map((p) => p.memberId)).toEqual(participantIds);
    expect(await app.chooseTopic({ ...ref, memberId: 'sekretariat', topic: 'A' })).toMatchObject({
      code: 'not_a_discussion_participant',
    });
    expect(await app.chooseTopic({ ...ref, memberId: 's001', topic: 'A' })).toMatchObject({
      code: 'not_a_discussion_participant',
    });
  });

  it('a suppleant is invited in place of a member with afbud, and the member is told why they cannot sign up', async () => {
    const { app, ref, deps } = await aDiscussionInSignUp();
    await deps.absences.addAbsence(councilId, {
      memberId: 'm001',
      scope: { kind: 'period', from: '2026-11-26', to: '2026-11-26' },
      registeredAt: '2026-11-23T08:00:00.000Z',
    });
    const show = await app.showDiscussion(ref);
    expect(show.ok && show.value.participants.find((p) => p.memberId === 's001')).toMatchObject({
      forMemberId: 'm001',
    });
    expect(show.ok && show.value.participants.some((p) => p.memberId === 'm001')).toBe(false);
    expect(await app.chooseTopic({ ...ref, memberId: 'm001', topic: 'A' })).toMatchObject({
      code: 'discussion_participant_has_afbud',
    });
    expect(await app.chooseTopic({ ...ref, memberId: 's001', topic: 'A' })).toMatchObject({
      ok: true,
    });
  });

  it('on a meeting’s item, afbud for the meeting leaves the member out and invites their suppleant', async () => {
    const { app, deps } = await anAppWithCouncil();
    await deps.meetings.saveMeeting(aMeetingWithDiscussionItem());
    const started = await app.startDiscussion(
      aDiscussionInput({
        meetingId: 'm0001',
        itemNumber: '2',
        signUpDeadline: '2026-12-01T12:00',
        windowStart: '2026-12-03T13:00',
        windowEnd: '2026-12-03T14:00',
        summariesDue: '2026-12-04T12:00',
      }),
    );
    if (!started.ok) throw new Error(started.code);
    const ref = { councilId, discussionId: started.value.id };
    expect(
      await app.sendMeetingAfbud({ councilId, actorId: 'm001', meetingId: 'm0001' }),
    ).toMatchObject({ ok: true });
    const show = await app.showDiscussion(ref);
    expect(show.ok && show.value.participants.map((p) => p.memberId)).toEqual([
      'formand',
      'naestformand',
      's001',
      'm002',
      'm003',
      'm004',
      'm005',
      'm006',
      'tilforordnet',
    ]);
    expect(await app.chooseTopic({ ...ref, memberId: 'm001', topic: 'A' })).toMatchObject({
      code: 'discussion_participant_has_afbud',
    });
  });
});
