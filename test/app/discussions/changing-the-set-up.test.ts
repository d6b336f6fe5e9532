import { describe, expect, it } from 'vitest';
import { compileNow } from '../../../src/app/discussions/compile-opsamling.ts';
import {
  aDiscussionInSignUp,
  aDiscussionWithSignUps,
  anAnnouncedDiscussion,
  participantIds,
  secretary,
} from './discussion-fixture.ts';

const topicsAsGiven = [
  { title: 'Unge uden uddannelse', questions: ['Hvad virker?', 'Hvem skal vi samarbejde med?'] },
  { title: 'Virksomhedsrettet indsats', questions: ['Hvor er der mangel på arbejdskraft?'] },
];

describe('changing a discussion’s set-up in sign-up', () => {
  it('a moved sign-up deadline is saved, the channel message redrawn and the reminder and deadline planned for it', async () => {
    const { app, ref, discussion, notifier, discussionScheduler } = await aDiscussionInSignUp();
    notifier.notices.length = 0;
    const edited = await app.editDiscussion({
      ...ref,
      actorId: secretary,
      seenSequence: discussion.sequence,
      signUpDeadline: '2026-11-25T16:00',
      roomLinks: ['https://meet.example/alle'],
    });
    if (!edited.ok) throw new Error(edited.code);
    expect(edited.value.changed).toEqual(['signUpDeadline', 'roomLinks']);
    expect(edited.value.discussion).toMatchObject({
      signUpDeadline: '2026-11-25T16:00',
      rooms: { kind: 'shared', url: 'https://meet.example/alle' },
      sequence: 2,
    });
    expect(notifier.kinds()).toEqual(['discussion_changed']);
    // A day before Wednesday 16.00 is Tuesday 16.00 in Copenhagen (15.00Z).
    expect(discussionScheduler.plans.get(ref.discussionId)).toEqual({
      phase: 'sign_up',
      sequence: 2,
      reminderAt: new Date('2026-11-24T15:00:00.000Z'),
      at: new Date('2026-11-25T15:00:00.000Z'),
    });
  });

  it('a form sent back with nothing changed writes nothing and says so', async () => {
    const { app, ref, discussion, notifier, deps } = await aDiscussionInSignUp();
    notifier.notices.length = 0;
    const edited = await app.editDiscussion({
      ...ref,
      actorId: secretary,
      seenSequence: 1,
      title: discussion.title,
      topics: topicsAsGiven,
      groupCount: 2,
      signUpDeadline: discussion.signUpDeadline,
      roomLinks: [],
    });
    expect(edited).toMatchObject({ ok: true, value: { changed: [] } });
    expect(notifier.notices).toEqual([]);
    expect(await deps.discussions.discussion(ref.councilId, ref.discussionId)).toEqual(discussion);
  });

  it('a title change keeps the reminder already planned rather than reminding twice', async () => {
    const { app, ref, discussionScheduler, clock } = await aDiscussionInSignUp();
    // Past Tuesday noon: the reminder has gone out.
    clock.set('2026-11-24T13:00:00.000Z');
    const edited = await app.editDiscussion({
      ...ref,
      actorId: secretary,
      seenSequence: 1,
      title: 'Ungeindsatsen 2027',
    });
    expect(edited).toMatchObject({ ok: true, value: { changed: ['title'] } });
    expect(discussionScheduler.plans.get(ref.discussionId)).toEqual({
      phase: 'sign_up',
      sequence: 2,
      reminderAt: undefined,
      at: new Date('2026-11-25T11:00:00.000Z'),
    });
  });

  it('a reminder planned at an earlier change is kept by a later one that moves no time', async () => {
    const { app, ref, discussionScheduler, clock } = await aDiscussionInSignUp();
    clock.set('2026-11-24T08:00:00.000Z');
    await app.editDiscussion({
      ...ref,
      actorId: secretary,
      seenSequence: 1,
      signUpDeadline: '2026-11-25T16:00',
    });
    const afterMove = discussionScheduler.plans.get(ref.discussionId)!;
    expect(afterMove.reminderAt!.getTime()).toBeGreaterThan(
      new Date('2026-11-24T16:30:00.000Z').getTime(),
    );
    clock.set('2026-11-24T16:30:00.000Z');
    await app.editDiscussion({ ...ref, actorId: secretary, seenSequence: 2, title: 'Ny titel' });
    expect(discussionScheduler.plans.get(ref.discussionId)).toEqual({
      ...afterMove,
      sequence: 3,
    });
  });

  it('after the deadline, with the groups formed, the room links can still be changed; the passed deadline is not run again', async () => {
    const { app, ref, clock, discussionScheduler } = await aDiscussionWithSignUps();
    clock.set('2026-11-25T11:00:00.000Z');
    await app.closeSignUp({ ...ref, sequence: 1 });
    const links = ['https://meet.example/1', 'https://meet.example/2'];
    clock.set('2026-11-25T12:00:00.000Z');
    const edited = await app.editDiscussion({
      ...ref,
      actorId: secretary,
      seenSequence: 1,
      roomLinks: links,
    });
    expect(edited).toMatchObject({ ok: true, value: { changed: ['roomLinks'] } });
    expect(discussionScheduler.plans.has(ref.discussionId)).toBe(false);
    // Moving the deadline back before now is still refused: that would not reopen anything.
    expect(
      await app.editDiscussion({
        ...ref,
        actorId: secretary,
        seenSequence: 2,
        signUpDeadline: '2026-11-25T12:30',
      }),
    ).toMatchObject({ code: 'discussion_times_out_of_order', field: 'signUpDeadline' });
  });

  it('a changed group count forms the proposal again, with its seed, and says so', async () => {
    const { app, ref } = await aDiscussionWithSignUps();
    await app.formGroups({ ...ref, actorId: secretary, seed: 7 });
    const edited = await app.editDiscussion({
      ...ref,
      actorId: secretary,
      seenSequence: 1,
      groupCount: 3,
    });
    expect(edited).toMatchObject({ ok: true, value: { regrouped: true, changed: ['sizing'] } });
    const shown = await app.showDiscussion(ref);
    if (!shown.ok) throw new Error(shown.code);
    expect(shown.value.proposal?.groups).toHaveLength(3);
    expect(shown.value.proposal?.seed).toBe(7);
  });

  it('a proposal formed for another frame than the discussion now has is formed again before announcing', async () => {
    const { app, ref, deps } = await aDiscussionWithSignUps();
    await app.formGroups({ ...ref, actorId: secretary, seed: 7 });
    // As if an edit stored the discussion but was cut short before its new proposal.
    const stored = (await deps.discussions.discussion(ref.councilId, ref.discussionId))!;
    await deps.discussions.saveDiscussion({
      ...stored,
      sizing: { kind: 'count', groups: 3 },
      sequence: 2,
    });
    expect(await app.announceGroups({ ...ref, actorId: secretary })).toMatchObject({
      code: 'discussion_reformed_before_announcing',
    });
    const shown = await app.showDiscussion(ref);
    expect(shown.ok && shown.value.proposal?.groups).toHaveLength(3);
    expect(shown.ok && shown.value.discussion.status).toBe('sign_up');
  });

  it('two secretaries changing it from the same form: one is saved, the other told, nothing undone', async () => {
    const { app, ref } = await aDiscussionInSignUp();
    const [first, second] = await Promise.all([
      app.editDiscussion({ ...ref, actorId: secretary, seenSequence: 1, title: 'Første' }),
      app.editDiscussion({
        ...ref,
        actorId: 'formand',
        seenSequence: 1,
        roomLinks: ['https://meet.example/alle'],
      }),
    ]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect([first, second].find((one) => !one.ok)).toMatchObject({
      code: 'discussion_changed_meanwhile',
    });
  });

  it('fewer groups set aside only the hand edits about a group that is gone; the rest hold', async () => {
    const { app, ref } = await aDiscussionWithSignUps({ groupCount: 3 });
    const formed = await app.formGroups({ ...ref, actorId: secretary, seed: 7 });
    if (!formed.ok) throw new Error(formed.code);
    expect(formed.value.groups.map((group) => group.key).sort()).toEqual(['A1', 'A2', 'B1']);
    for (const [memberId, groupKey] of [
      ['m001', 'A2'],
      ['m003', 'A1'],
    ] as const)
      expect(
        await app.moveParticipant({ ...ref, actorId: secretary, memberId, groupKey }),
      ).toMatchObject({ ok: true });

    const edited = await app.editDiscussion({
      ...ref,
      actorId: secretary,
      seenSequence: 1,
      groupCount: 2,
    });
    expect(edited).toMatchObject({ ok: true, value: { regrouped: true, handEditsSetAside: true } });
    const shown = await app.showDiscussion(ref);
    if (!shown.ok) throw new Error(shown.code);
    expect(shown.value.proposal?.manual.placements).toEqual({ m003: 'A1' });
    const a1 = shown.value.proposal?.groups.find((group) => group.key === 'A1');
    expect(a1?.members).toContain('m003');
  });

  it('after the deadline the times must still make sense: summaries cannot be due already', async () => {
    const { app, ref, clock } = await aDiscussionWithSignUps();
    clock.set('2026-11-25T11:00:00.000Z');
    await app.closeSignUp({ ...ref, sequence: 1 });
    // Wednesday 15.00 in Copenhagen.
    clock.set('2026-11-25T14:00:00.000Z');
    expect(
      await app.editDiscussion({
        ...ref,
        actorId: secretary,
        seenSequence: 1,
        windowStart: '2026-11-25T13:00',
        windowEnd: '2026-11-25T14:00',
        summariesDue: '2026-11-25T15:00',
      }),
    ).toMatchObject({
      code: 'discussion_times_out_of_order',
      field: 'summariesDue',
      params: { field: 'summariesDuePassed' },
    });
  });

  it('a proposal whose hand edits name a group the set-up no longer has is formed again with the rest, never stuck', async () => {
    const { app, ref, deps } = await aDiscussionWithSignUps({ groupCount: 3 });
    await app.formGroups({ ...ref, actorId: secretary, seed: 7 });
    await app.moveParticipant({ ...ref, actorId: secretary, memberId: 'm001', groupKey: 'A2' });
    await app.moveParticipant({ ...ref, actorId: secretary, memberId: 'm003', groupKey: 'A1' });
    // As if a move formed from the old set-up crossed an edit to two groups.
    const stored = (await deps.discussions.discussion(ref.councilId, ref.discussionId))!;
    await deps.discussions.saveDiscussion({
      ...stored,
      sizing: { kind: 'count', groups: 2 },
      sequence: 2,
    });
    const again = await app.formGroups({ ...ref, actorId: secretary, seed: 7 });
    expect(again).toMatchObject({ ok: true, value: { manual: { placements: { m003: 'A1' } } } });
    expect(await app.announceGroups({ ...ref, actorId: secretary })).toMatchObject({ ok: true });
  });

  it('per-group room links are checked against the groups formed, and a mismatch changes nothing', async () => {
    const { app, ref, deps } = await aDiscussionWithSignUps({
      groupCount: undefined,
      groupSize: 3,
    });
    await app.formGroups({ ...ref, actorId: secretary, seed: 7 });
    const links = ['https://meet.example/1', 'https://meet.example/2'];
    expect(
      await app.editDiscussion({ ...ref, actorId: secretary, seenSequence: 1, roomLinks: links }),
    ).toMatchObject({ code: 'discussion_room_links_mismatch', params: { links: 2, groups: 3 } });
    const stored = await deps.discussions.discussion(ref.councilId, ref.discussionId);
    expect(stored).toMatchObject({ rooms: { kind: 'none' }, sequence: 1 });

    // One per formed group: saved, and announcing goes through.
    const fitting = [...links, 'https://meet.example/3'];
    expect(
      await app.editDiscussion({ ...ref, actorId: secretary, seenSequence: 1, roomLinks: fitting }),
    ).toMatchObject({ ok: true });
    expect(await app.announceGroups({ ...ref, actorId: secretary })).toMatchObject({ ok: true });
  });

  it('a new number of groups must still fit the per-group room links, and nothing changes when it does not', async () => {
    const { app, ref } = await aDiscussionInSignUp({
      roomLinks: ['https://meet.example/1', 'https://meet.example/2'],
    });
    expect(
      await app.editDiscussion({ ...ref, actorId: secretary, seenSequence: 1, groupCount: 3 }),
    ).toMatchObject({ code: 'discussion_room_links_mismatch', params: { links: 2, groups: 3 } });
  });

  it('a topic members chose cannot be taken away, nor moved to another letter', async () => {
    const { app, ref } = await aDiscussionWithSignUps();
    expect(
      await app.editDiscussion({
        ...ref,
        actorId: secretary,
        seenSequence: 1,
        topics: [topicsAsGiven[0]!],
      }),
    ).toMatchObject({ code: 'discussion_topic_has_sign_ups', params: { topic: 'B', count: 4 } });
    expect(
      await app.editDiscussion({
        ...ref,
        actorId: secretary,
        seenSequence: 1,
        topics: [topicsAsGiven[1]!, topicsAsGiven[0]!],
      }),
    ).toMatchObject({ code: 'discussion_topic_has_sign_ups', params: { topic: 'A' } });
    // Renaming one in place, and adding a third, is fine.
    const renamed = await app.editDiscussion({
      ...ref,
      actorId: secretary,
      seenSequence: 1,
      topics: [
        { ...topicsAsGiven[0]!, title: 'Unge uden uddannelse og job' },
        topicsAsGiven[1]!,
        { title: 'Voksne ledige', questions: ['Hvad mangler?'] },
      ],
    });
    expect(renamed).toMatchObject({ ok: true, value: { changed: ['topics'] } });
  });

  it('times out of order are refused naming the field, and nothing changes', async () => {
    const { app, ref, deps, discussion } = await aDiscussionInSignUp();
    expect(
      await app.editDiscussion({
        ...ref,
        actorId: secretary,
        seenSequence: 1,
        summariesDue: '2026-11-26T13:30',
      }),
    ).toMatchObject({ code: 'discussion_times_out_of_order', field: 'summariesDue' });
    expect(await deps.discussions.discussion(ref.councilId, ref.discussionId)).toEqual(discussion);
  });

  it('a member cannot change it; a form older than the last change is refused, nothing overwritten', async () => {
    const { app, ref } = await aDiscussionInSignUp();
    expect(
      await app.editDiscussion({ ...ref, actorId: 'm002', seenSequence: 1, title: 'Mit eget' }),
    ).toMatchObject({ code: 'not_allowed_to_manage_discussions' });
    await app.editDiscussion({ ...ref, actorId: secretary, seenSequence: 1, title: 'Første' });
    expect(
      await app.editDiscussion({ ...ref, actorId: secretary, seenSequence: 1, title: 'Anden' }),
    ).toMatchObject({ code: 'discussion_changed_meanwhile' });
    const shown = await app.showDiscussion(ref);
    expect(shown.ok && shown.value.discussion.title).toBe('Første');
  });
});

describe('changing a discussion’s set-up after the groups are announced', () => {
  it('new room links reach every participant again, with the summaries’ jobs kept', async () => {
    const { app, ref, notifier, groups, discussionScheduler } = await anAnnouncedDiscussion();
    notifier.notices.length = 0;
    const links = groups.map((group) => `https://meet.example/${group.key}`);
    const edited = await app.editDiscussion({
      ...ref,
      actorId: secretary,
      seenSequence: 2,
      roomLinks: links,
    });
    expect(edited).toMatchObject({
      ok: true,
      value: { membersTold: true, changed: ['roomLinks'] },
    });
    const dms = notifier.notices.filter((n) => n.kind === 'discussion_group_to_member');
    expect(dms.map((n) => ('memberId' in n ? n.memberId : '')).sort()).toEqual(
      [...participantIds].sort(),
    );
    expect(dms.every((n) => 'sequence' in n && n.sequence === 3)).toBe(true);
    // Thursday 14.00: the reminder planned for 19.00 that evening has not gone out, so it is kept.
    expect(discussionScheduler.plans.get(ref.discussionId)).toEqual({
      phase: 'summaries',
      sequence: 3,
      reminderAt: new Date('2026-11-26T18:00:00.000Z'),
      at: new Date('2026-11-27T11:00:00.000Z'),
    });
  });

  it('the topics, the number of groups and the sign-up deadline are locked, each refused by name', async () => {
    const { app, ref } = await anAnnouncedDiscussion();
    expect(
      await app.editDiscussion({ ...ref, actorId: secretary, seenSequence: 2, groupCount: 3 }),
    ).toMatchObject({ code: 'discussion_field_locked', field: 'sizing' });
    expect(
      await app.editDiscussion({
        ...ref,
        actorId: secretary,
        seenSequence: 2,
        topics: [{ title: 'Noget andet', questions: ['Hvad?'] }],
      }),
    ).toMatchObject({ code: 'discussion_field_locked', field: 'topics' });
    // The same values as they are: no change, so not refused.
    expect(
      await app.editDiscussion({ ...ref, actorId: secretary, seenSequence: 2, groupCount: 2 }),
    ).toMatchObject({ ok: true, value: { changed: [] } });
  });

  it('a later due time is saved, its reminder planned and the writers told; an overdue one is refused', async () => {
    const { app, ref, discussionScheduler, notifier, writers } = await anAnnouncedDiscussion();
    notifier.notices.length = 0;
    expect(
      await app.editDiscussion({
        ...ref,
        actorId: secretary,
        seenSequence: 2,
        summariesDue: '2026-11-26T14:30',
      }),
    ).toMatchObject({
      code: 'discussion_times_out_of_order',
      field: 'summariesDue',
      params: { field: 'summariesDuePassed' },
    });
    const edited = await app.editDiscussion({
      ...ref,
      actorId: secretary,
      seenSequence: 2,
      summariesDue: '2026-11-30T12:00',
    });
    expect(edited).toMatchObject({ ok: true, value: { membersTold: false, writersTold: true } });
    const told = notifier.notices.filter((n) => n.kind === 'discussion_group_to_member');
    expect(told.map((n) => ('memberId' in n ? n.memberId : '')).sort()).toEqual(
      Object.values(writers).sort(),
    );
    expect(discussionScheduler.plans.get(ref.discussionId)).toEqual({
      phase: 'summaries',
      sequence: 3,
      reminderAt: new Date('2026-11-29T11:00:00.000Z'),
      at: new Date('2026-11-30T11:00:00.000Z'),
    });
  });

  it('compiling from a reading older than a change saved meanwhile keeps the change', async () => {
    const { app, ref, deps, groups } = await anAnnouncedDiscussion();
    const read = (await deps.discussions.discussion(ref.councilId, ref.discussionId))!;
    const links = groups.map((group) => `https://meet.example/${group.key}`);
    await app.editDiscussion({ ...ref, actorId: secretary, seenSequence: 2, roomLinks: links });
    expect(await compileNow(deps, read, 'due')).toBe(true);
    expect(await deps.discussions.discussion(ref.councilId, ref.discussionId)).toMatchObject({
      status: 'compiled',
      sequence: 3,
      rooms: { kind: 'per_group', urls: links },
    });
  });

  it('nothing can change once the opsamling has gone to the council', async () => {
    const { app, ref, groups } = await anAnnouncedDiscussion();
    const group = groups[0]!;
    await app.submitSummary({
      ...ref,
      actorId: group.referent,
      groupKey: group.key,
      answers: group.topic === 'A' ? ['Praktik.', 'Skolerne.'] : ['Byggeriet.'],
      notes: '',
      seenRevision: 0,
    });
    expect(await app.compileOpsamling({ ...ref, actorId: secretary })).toMatchObject({ ok: true });
    const shown = await app.showDiscussion(ref);
    if (!shown.ok) throw new Error(shown.code);
    expect(
      await app.editDiscussion({
        ...ref,
        actorId: secretary,
        seenSequence: shown.value.discussion.sequence,
        title: 'For sent',
      }),
    ).toMatchObject({ code: 'discussion_edit_closed' });
  });
});
