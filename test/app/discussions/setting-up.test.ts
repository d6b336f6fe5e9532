import { describe, expect, it } from 'vitest';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';
import {
  aDiscussionInput,
  aDiscussionInSignUp,
  aMeetingWithDiscussionItem,
  councilId,
  secretary,
} from './discussion-fixture.ts';

describe('setting up a group discussion', () => {
  it('the secretariat sets one up: topics A and B, sign-up open, its reminder and deadline planned, the channel message queued', async () => {
    const { discussion, discussionScheduler, notifier } = await aDiscussionInSignUp();
    expect(discussion).toMatchObject({
      status: 'sign_up',
      sequence: 1,
      sizing: { kind: 'count', groups: 2 },
      rooms: { kind: 'none' },
      createdBy: secretary,
    });
    expect(discussion.topics.map((topic) => topic.key)).toEqual(['A', 'B']);
    // A day before the Wednesday noon deadline: Tuesday 12.00 in Copenhagen (11.00Z).
    expect(discussionScheduler.plans.get(discussion.id)).toEqual({
      phase: 'sign_up',
      sequence: 1,
      reminderAt: new Date('2026-11-24T11:00:00.000Z'),
      at: new Date('2026-11-25T11:00:00.000Z'),
    });
    expect(notifier.kinds()).toEqual(['discussion_changed']);
  });

  it('a member cannot set one up, and nothing is stored', async () => {
    const { app, deps } = await anAppWithCouncil();
    const refused = await app.startDiscussion(aDiscussionInput({ actorId: 'm002' }));
    expect(refused).toMatchObject({ ok: false, code: 'not_allowed_to_manage_discussions' });
    expect(await deps.discussions.discussions(councilId)).toEqual([]);
  });

  it('times out of order are refused naming the field that is out of place', async () => {
    const { app } = await anAppWithCouncil();
    expect(
      await app.startDiscussion(aDiscussionInput({ signUpDeadline: '2026-11-20T12:00' })),
    ).toMatchObject({ code: 'discussion_times_out_of_order', field: 'signUpDeadline' });
    expect(
      await app.startDiscussion(aDiscussionInput({ windowStart: '2026-11-25T11:00' })),
    ).toMatchObject({ code: 'discussion_times_out_of_order', field: 'windowStart' });
    expect(
      await app.startDiscussion(aDiscussionInput({ windowEnd: '2026-11-26T13:00' })),
    ).toMatchObject({ code: 'discussion_times_out_of_order', field: 'windowEnd' });
    expect(
      await app.startDiscussion(aDiscussionInput({ summariesDue: '2026-11-26T13:30' })),
    ).toMatchObject({ code: 'discussion_times_out_of_order', field: 'summariesDue' });
    expect(
      await app.startDiscussion(aDiscussionInput({ windowEnd: '2026-11-31T14:00' })),
    ).toMatchObject({ code: 'invalid_input', field: 'windowEnd' });
  });

  it('needs a topic with questions, and one of a group count or a group size', async () => {
    const { app } = await anAppWithCouncil();
    expect(await app.startDiscussion(aDiscussionInput({ topics: [] }))).toMatchObject({
      code: 'discussion_without_topics',
      field: 'topics',
    });
    expect(
      await app.startDiscussion(
        aDiscussionInput({ topics: [{ title: 'Tomt emne', questions: [] }] }),
      ),
    ).toMatchObject({ code: 'invalid_input', field: 'topics.0.questions' });
    expect(await app.startDiscussion(aDiscussionInput({ groupSize: 4 }))).toMatchObject({
      code: 'invalid_input',
      field: 'groupSize',
      params: { problem: 'one_of_count_or_size' },
    });
    expect(await app.startDiscussion(aDiscussionInput({ groupCount: undefined }))).toMatchObject({
      code: 'invalid_input',
      field: 'groupCount',
    });
    expect(await app.startDiscussion(aDiscussionInput({ groupCount: 51 }))).toMatchObject({
      code: 'invalid_input',
      field: 'groupCount',
    });
  });

  it('room links: one is shared by every group; one per group must match the number of groups', async () => {
    const { app } = await anAppWithCouncil();
    const shared = await app.startDiscussion(
      aDiscussionInput({ roomLinks: ['https://meet.example/rum'] }),
    );
    expect(shared).toMatchObject({
      ok: true,
      value: { rooms: { kind: 'shared', url: 'https://meet.example/rum' } },
    });
    const perGroup = await app.startDiscussion(
      aDiscussionInput({ roomLinks: ['https://meet.example/1', 'https://meet.example/2'] }),
    );
    expect(perGroup).toMatchObject({ ok: true, value: { rooms: { kind: 'per_group' } } });
    expect(
      await app.startDiscussion(
        aDiscussionInput({
          groupCount: 3,
          roomLinks: ['https://meet.example/1', 'https://meet.example/2'],
        }),
      ),
    ).toMatchObject({
      code: 'discussion_room_links_mismatch',
      field: 'roomLinks',
      params: { links: 2, groups: 3 },
    });
    expect(
      await app.startDiscussion(aDiscussionInput({ roomLinks: ['ftp://meet.example/1'] })),
    ).toMatchObject({ code: 'invalid_input', field: 'roomLinks.0' });
  });
});

describe('a discussion from a meeting’s D item', () => {
  it('belongs to the item when the item is one the council discusses (D)', async () => {
    const { app, deps } = await anAppWithCouncil();
    await deps.meetings.saveMeeting(aMeetingWithDiscussionItem());
    const onItem = await app.startDiscussion(
      aDiscussionInput({ meetingId: 'm0001', itemNumber: '2' }),
    );
    expect(onItem).toMatchObject({ ok: true, value: { meetingId: 'm0001', itemNumber: '2' } });
  });

  it('one discussion per item: a second is refused naming the first, until the first is cancelled', async () => {
    const { app, deps } = await anAppWithCouncil();
    await deps.meetings.saveMeeting(aMeetingWithDiscussionItem());
    const onItem = aDiscussionInput({ meetingId: 'm0001', itemNumber: '2' });
    const first = await app.startDiscussion(onItem);
    if (!first.ok) throw new Error(first.code);
    const again = { councilId, actorId: secretary, meetingId: 'm0001', itemNumber: '2' };
    expect(await app.startDiscussion(onItem)).toMatchObject({
      code: 'discussion_already_on_item',
      field: 'itemNumber',
      params: { item: '2', title: 'Ungeindsatsen' },
    });
    expect(await app.discussionDraftForItem(again)).toMatchObject({
      code: 'discussion_already_on_item',
    });
    await app.cancelDiscussion({ councilId, discussionId: first.value.id, actorId: secretary });
    expect(await app.discussionDraftForItem(again)).toMatchObject({ ok: true });
    expect(await app.startDiscussion(onItem)).toMatchObject({ ok: true });
  });

  it('is refused on an item that is not D, an item not on the agenda, or a meeting that is not there', async () => {
    const { app, deps } = await anAppWithCouncil();
    await deps.meetings.saveMeeting(aMeetingWithDiscussionItem());
    expect(
      await app.startDiscussion(aDiscussionInput({ meetingId: 'm0001', itemNumber: '3' })),
    ).toMatchObject({ code: 'discussion_item_not_discussion', field: 'itemNumber' });
    expect(
      await app.startDiscussion(aDiscussionInput({ meetingId: 'm0001', itemNumber: '9' })),
    ).toMatchObject({ code: 'agenda_item_not_on_meeting', field: 'itemNumber' });
    expect(
      await app.startDiscussion(aDiscussionInput({ meetingId: 'm9999', itemNumber: '2' })),
    ).toMatchObject({ code: 'meeting_not_found' });
  });

  it('the draft suggests the item’s title, sign-up until two working days before at noon, the meeting’s first hour, and summaries the next day at noon', async () => {
    const { app, deps } = await anAppWithCouncil();
    await deps.meetings.saveMeeting(aMeetingWithDiscussionItem());
    const draft = await app.discussionDraftForItem({
      councilId,
      actorId: secretary,
      meetingId: 'm0001',
      itemNumber: '2',
    });
    expect(draft).toEqual({
      ok: true,
      value: {
        title: 'Drøftelse af ungeindsatsen',
        meetingId: 'm0001',
        itemNumber: '2',
        signUpDeadline: '2026-12-01T12:00',
        windowStart: '2026-12-03T13:00',
        windowEnd: '2026-12-03T14:00',
        summariesDue: '2026-12-04T12:00',
      },
    });
  });

  it('the draft moves the sign-up deadline nearer the meeting when two working days before has passed', async () => {
    const { app, deps, clock } = await anAppWithCouncil();
    await deps.meetings.saveMeeting(aMeetingWithDiscussionItem());
    clock.set('2026-12-01T12:00:00.000Z'); // Tuesday 13.00
    const draft = await app.discussionDraftForItem({
      councilId,
      actorId: secretary,
      meetingId: 'm0001',
      itemNumber: '2',
    });
    expect(draft).toMatchObject({ ok: true, value: { signUpDeadline: '2026-12-02T12:00' } });
  });
});

describe('listing and cancelling', () => {
  it('lists the council’s discussions newest first, cancelled ones left out', async () => {
    const { app, clock, discussionId } = await aDiscussionInSignUp();
    clock.advance({ minutes: 5 });
    const second = await app.startDiscussion(aDiscussionInput({ title: 'Kompetencer' }));
    if (!second.ok) throw new Error(second.code);
    expect(await app.listDiscussions({ councilId })).toMatchObject({
      value: [{ title: 'Kompetencer' }, { id: discussionId }],
    });
    await app.cancelDiscussion({ councilId, discussionId: second.value.id, actorId: secretary });
    expect(await app.listDiscussions({ councilId })).toMatchObject({
      value: [{ id: discussionId }],
    });
  });

  it('cancelling stops its jobs and refreshes its message; a member cannot cancel', async () => {
    const { app, discussionId, discussionScheduler, notifier } = await aDiscussionInSignUp();
    expect(await app.cancelDiscussion({ councilId, discussionId, actorId: 'm001' })).toMatchObject({
      code: 'not_allowed_to_manage_discussions',
    });
    const cancelled = await app.cancelDiscussion({ councilId, discussionId, actorId: secretary });
    expect(cancelled).toMatchObject({ ok: true, value: { status: 'cancelled', sequence: 2 } });
    expect(discussionScheduler.plans.has(discussionId)).toBe(false);
    expect(notifier.kinds()).toEqual(['discussion_changed', 'discussion_changed']);
    expect(
      await app.chooseTopic({ councilId, discussionId, memberId: 'm001', topic: 'A' }),
    ).toMatchObject({ code: 'discussion_cancelled' });
  });

  it('an unknown discussion is answered as not found', async () => {
    const { app } = await anAppWithCouncil();
    expect(await app.showDiscussion({ councilId, discussionId: 'd9999' })).toMatchObject({
      code: 'discussion_not_found',
    });
  });
});
