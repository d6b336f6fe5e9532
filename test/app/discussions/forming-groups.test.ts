import { describe, expect, it } from 'vitest';
import {
  aDiscussionInSignUp,
  aDiscussionWithSignUps,
  participantIds,
  secretary,
} from './discussion-fixture.ts';

const everyoneIn = (groups: readonly { members: readonly string[] }[]) =>
  groups.flatMap((group) => group.members).sort();

describe('forming the groups', () => {
  it('the secretariat forms a proposal: every participant in one group, each group with an ordstyrer and a referent', async () => {
    const { app, ref, notifier } = await aDiscussionWithSignUps();
    const formed = await app.formGroups({ ...ref, actorId: secretary, seed: 7 });
    if (!formed.ok) throw new Error(formed.code);
    expect(formed.value).toMatchObject({ seed: 7, formedBy: secretary });
    expect(formed.value.groups).toHaveLength(2);
    expect(everyoneIn(formed.value.groups)).toEqual([...participantIds].sort());
    for (const group of formed.value.groups) {
      expect(group.members).toContain(group.ordstyrer);
      expect(group.members).toContain(group.referent);
      expect(group.ordstyrer).not.toBe(group.referent);
    }
    expect(notifier.kinds().at(-1)).toBe('discussion_changed');
  });

  it('the same seed gives the same groups', async () => {
    const { app, ref } = await aDiscussionWithSignUps();
    const first = await app.formGroups({ ...ref, actorId: secretary, seed: 11 });
    const again = await app.formGroups({ ...ref, actorId: secretary, seed: 11 });
    expect(first.ok && again.ok && again.value.groups).toEqual(first.ok && first.value.groups);
  });

  it('a member cannot form, move or announce, and nothing changes', async () => {
    const { app, ref, deps } = await aDiscussionWithSignUps();
    const asMember = { ...ref, actorId: 'm004' };
    expect(await app.formGroups(asMember)).toMatchObject({
      code: 'not_allowed_to_manage_discussions',
    });
    expect(await app.announceGroups(asMember)).toMatchObject({
      code: 'not_allowed_to_manage_discussions',
    });
    expect(await deps.discussions.proposal(ref.councilId, ref.discussionId)).toBeUndefined();
  });

  it('more groups than people is refused with a clear answer', async () => {
    const { app, ref } = await aDiscussionInSignUp({ groupCount: 12 });
    expect(await app.formGroups({ ...ref, actorId: secretary, seed: 1 })).toMatchObject({
      ok: false,
      code: 'discussion_more_groups_than_people',
    });
  });

  it('a participant moved by hand stays in that group when the groups are formed again', async () => {
    const { app, ref } = await aDiscussionWithSignUps();
    const formed = await app.formGroups({ ...ref, actorId: secretary, seed: 7 });
    if (!formed.ok) throw new Error(formed.code);
    const from = formed.value.groups.find((group) => group.members.includes('m004'))!;
    const to = formed.value.groups.find((group) => group.key !== from.key)!;
    const moved = await app.moveParticipant({
      ...ref,
      actorId: secretary,
      memberId: 'm004',
      groupKey: to.key,
    });
    if (!moved.ok) throw new Error(moved.code);
    expect(moved.value.groups.find((g) => g.key === to.key)?.members).toContain('m004');
    expect(moved.value.manual.placements).toEqual({ m004: to.key });
    expect(moved.value.seed).toBe(7);
    const reformed = await app.formGroups({ ...ref, actorId: secretary, seed: 99 });
    expect(reformed.ok && reformed.value.groups.find((g) => g.key === to.key)?.members).toContain(
      'm004',
    );
    expect(reformed.ok && everyoneIn(reformed.value.groups)).toEqual([...participantIds].sort());
  });

  it('moving needs a proposal, a group that exists and a participant', async () => {
    const { app, ref } = await aDiscussionWithSignUps();
    const move = { ...ref, actorId: secretary, memberId: 'm004', groupKey: 'A1' };
    expect(await app.moveParticipant(move)).toMatchObject({ code: 'discussion_no_proposal' });
    await app.formGroups({ ...ref, actorId: secretary, seed: 7 });
    expect(await app.moveParticipant({ ...move, groupKey: 'Q9' })).toMatchObject({
      code: 'discussion_group_unknown',
      field: 'groupKey',
    });
    expect(await app.moveParticipant({ ...move, memberId: 'sekretariat' })).toMatchObject({
      code: 'not_a_discussion_participant',
    });
  });

  it('a role given by hand holds on re-forming, and giving it to the other role’s holder swaps the two', async () => {
    const { app, ref } = await aDiscussionWithSignUps();
    const formed = await app.formGroups({ ...ref, actorId: secretary, seed: 7 });
    if (!formed.ok) throw new Error(formed.code);
    const group = formed.value.groups[0]!;
    const someone = group.members.find((m) => m !== group.ordstyrer && m !== group.referent)!;
    const given = await app.assignGroupRole({
      ...ref,
      actorId: secretary,
      groupKey: group.key,
      role: 'ordstyrer',
      memberId: someone,
    });
    expect(given.ok && given.value.groups[0]).toMatchObject({ ordstyrer: someone });
    const swapped = await app.assignGroupRole({
      ...ref,
      actorId: secretary,
      groupKey: group.key,
      role: 'referent',
      memberId: someone,
    });
    const after = swapped.ok ? swapped.value.groups[0]! : undefined;
    expect(after?.referent).toBe(someone);
    expect(after?.ordstyrer).not.toBe(someone);
    expect(
      await app.assignGroupRole({
        ...ref,
        actorId: secretary,
        groupKey: group.key,
        role: 'referent',
        memberId: formed.value.groups[1]!.members[0]!,
      }),
    ).toMatchObject({ code: 'discussion_member_not_in_group', field: 'memberId' });
  });
});

describe('announcing the groups', () => {
  it('needs a proposal', async () => {
    const { app, ref } = await aDiscussionWithSignUps();
    expect(await app.announceGroups({ ...ref, actorId: secretary })).toMatchObject({
      code: 'discussion_no_proposal',
    });
  });

  it('announces: every participant gets their group in a direct message, and the summaries are planned', async () => {
    const { app, ref, notifier, discussionScheduler } = await aDiscussionWithSignUps();
    await app.formGroups({ ...ref, actorId: secretary, seed: 7 });
    const announced = await app.announceGroups({ ...ref, actorId: secretary });
    if (!announced.ok) throw new Error(announced.code);
    expect(announced.value.discussion).toMatchObject({ status: 'announced', sequence: 2 });
    const dms = notifier.notices.filter((n) => n.kind === 'discussion_group_to_member');
    expect(dms.map((n) => ('memberId' in n ? n.memberId : '')).sort()).toEqual(
      [...participantIds].sort(),
    );
    expect(dms.every((n) => 'sequence' in n && n.sequence === 2)).toBe(true);
    // A day before Friday noon is before the groups meet; halfway from their end (Thursday
    // 14.00) is 01.00 at night, in quiet hours: Thursday evening at 19.00 instead.
    expect(discussionScheduler.plans.get(ref.discussionId)).toEqual({
      phase: 'summaries',
      sequence: 2,
      reminderAt: new Date('2026-11-26T18:00:00.000Z'),
      at: new Date('2026-11-27T11:00:00.000Z'),
    });
  });

  it('two announce clicks announce once', async () => {
    const { app, ref, notifier } = await aDiscussionWithSignUps();
    await app.formGroups({ ...ref, actorId: secretary, seed: 7 });
    const [first, second] = await Promise.all([
      app.announceGroups({ ...ref, actorId: secretary }),
      app.announceGroups({ ...ref, actorId: secretary }),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect([first, second].find((r) => !r.ok)).toMatchObject({
      code: 'discussion_already_announced',
    });
    expect(notifier.kinds().filter((k) => k === 'discussion_group_to_member')).toHaveLength(
      participantIds.length,
    );
  });

  it('per-group room links that do not fit the groups formed are refused, and nothing is announced', async () => {
    const { app, ref, deps } = await aDiscussionWithSignUps({
      groupCount: undefined,
      groupSize: 3,
      roomLinks: ['https://meet.example/1', 'https://meet.example/2'],
    });
    await app.formGroups({ ...ref, actorId: secretary, seed: 7 });
    expect(await app.announceGroups({ ...ref, actorId: secretary })).toMatchObject({
      code: 'discussion_room_links_mismatch',
      params: { links: 2, groups: 3 },
    });
    expect(await deps.discussions.discussion(ref.councilId, ref.discussionId)).toMatchObject({
      status: 'sign_up',
    });
  });

  it('someone who sent afbud after the groups were formed: they are formed again for the secretary to look at before announcing', async () => {
    const { app, ref, deps } = await aDiscussionWithSignUps();
    await app.formGroups({ ...ref, actorId: secretary, seed: 7 });
    await deps.absences.addAbsence(ref.councilId, {
      memberId: 'm005',
      scope: { kind: 'period', from: '2026-11-26', to: '2026-11-26' },
      registeredAt: '2026-11-23T08:00:00.000Z',
    });
    expect(await app.announceGroups({ ...ref, actorId: secretary })).toMatchObject({
      code: 'discussion_reformed_before_announcing',
    });
    const proposal = await deps.discussions.proposal(ref.councilId, ref.discussionId);
    expect(everyoneIn(proposal?.groups ?? [])).not.toContain('m005');
    expect(await app.announceGroups({ ...ref, actorId: secretary })).toMatchObject({ ok: true });
  });

  it('a member who changes topic after the groups were formed: they are formed again with the new choice before anything goes out', async () => {
    const { app, ref, deps, clock } = await aDiscussionWithSignUps();
    await app.formGroups({ ...ref, actorId: secretary, seed: 7 });
    clock.advance({ minutes: 5 });
    const changed = await app.chooseTopic({ ...ref, memberId: 'm001', topic: 'B' });
    if (!changed.ok) throw new Error(changed.code);
    expect(await app.announceGroups({ ...ref, actorId: secretary })).toMatchObject({
      code: 'discussion_reformed_before_announcing',
    });
    expect(await deps.discussions.discussion(ref.councilId, ref.discussionId)).toMatchObject({
      status: 'sign_up',
    });
    const proposal = await deps.discussions.proposal(ref.councilId, ref.discussionId);
    const groupOfM001 = proposal?.groups.find((group) => group.members.includes('m001'));
    expect(groupOfM001?.topic).toBe('B');
    expect(await app.announceGroups({ ...ref, actorId: secretary })).toMatchObject({ ok: true });
  });

  it('after announcing, the groups can no longer be formed or moved, but a role can change hands and the new holder is told', async () => {
    const { app, ref, notifier } = await aDiscussionWithSignUps();
    await app.formGroups({ ...ref, actorId: secretary, seed: 7 });
    const announced = await app.announceGroups({ ...ref, actorId: secretary });
    if (!announced.ok) throw new Error(announced.code);
    expect(await app.formGroups({ ...ref, actorId: secretary })).toMatchObject({
      code: 'discussion_already_announced',
    });
    const group = announced.value.proposal!.groups[0]!;
    expect(
      await app.moveParticipant({
        ...ref,
        actorId: secretary,
        memberId: group.members[0]!,
        groupKey: group.key,
      }),
    ).toMatchObject({ code: 'discussion_already_announced' });
    const newReferent = group.members.find((m) => m !== group.referent && m !== group.ordstyrer)!;
    const handed = await app.assignGroupRole({
      ...ref,
      actorId: secretary,
      groupKey: group.key,
      role: 'referent',
      memberId: newReferent,
    });
    expect(handed.ok && handed.value.groups[0]).toMatchObject({ referent: newReferent });
    const shown = await app.showDiscussion(ref);
    expect(shown.ok && shown.value.writers[group.key]).toBe(newReferent);
    expect(shown.ok && shown.value.discussion.sequence).toBe(3);
    expect(notifier.notices.at(-1)).toMatchObject({
      kind: 'discussion_group_to_member',
      memberId: newReferent,
      sequence: 3,
    });
  });
});

describe('announcing before the sign-up deadline', () => {
  it('the view says sign-up is still open until the deadline, so the confirmation can say announcing closes it', async () => {
    const { app, ref, clock } = await aDiscussionWithSignUps();
    await app.formGroups({ ...ref, actorId: secretary, seed: 7 });
    const before = await app.showDiscussion(ref);
    expect(before.ok && before.value.signUpStillOpen).toBe(true);
    // Wednesday 25 November 12.00 in Copenhagen: the deadline.
    clock.set('2026-11-25T11:00:00.000Z');
    const at = await app.showDiscussion(ref);
    expect(at.ok && at.value.signUpStillOpen).toBeUndefined();
  });
});
