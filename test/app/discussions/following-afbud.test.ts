import { describe, expect, it } from 'vitest';
import type { Notice } from '../../../src/app/ports.ts';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';
import {
  aDiscussionInput,
  aMeetingWithDiscussionItem,
  councilId,
  participantIds,
  secretary,
} from './discussion-fixture.ts';

/** A discussion on the Rådsmøde's D item: sign-up until Tuesday 1 December noon. */
async function aDiscussionOnTheMeeting(
  before?: (app: Awaited<ReturnType<typeof anAppWithCouncil>>['app']) => Promise<void>,
) {
  const setup = await anAppWithCouncil();
  await setup.deps.meetings.saveMeeting(aMeetingWithDiscussionItem());
  await before?.(setup.app);
  const started = await setup.app.startDiscussion(
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
  return { ...setup, ref: { councilId, discussionId: started.value.id } };
}

const invitations = (notices: readonly Notice[]) =>
  notices.filter(
    (notice) =>
      notice.kind === 'discussion_sign_up_reminder' &&
      'invitation' in notice &&
      notice.invitation === true,
  );

describe('a group discussion follows afbud for its meeting', () => {
  it('a suppleant already holding a seat is invited directly when the discussion is set up', async () => {
    const { notifier, ref } = await aDiscussionOnTheMeeting(async (app) => {
      await app.sendMeetingAfbud({ councilId, actorId: 'm001', meetingId: 'm0001' });
    });
    expect(invitations(notifier.notices)).toEqual([
      expect.objectContaining({ memberId: 's001', discussionId: ref.discussionId, sequence: 1 }),
    ]);
  });

  it('afbud sent during sign-up invites the suppleant who now holds the seat; taking it back sends nothing more', async () => {
    const { app, notifier, ref } = await aDiscussionOnTheMeeting();
    expect(invitations(notifier.notices)).toEqual([]);
    await app.sendMeetingAfbud({ councilId, actorId: 'm001', meetingId: 'm0001' });
    expect(invitations(notifier.notices)).toEqual([
      expect.objectContaining({ memberId: 's001', discussionId: ref.discussionId }),
    ]);
    await app.withdrawMeetingAfbud({ councilId, actorId: 'm001', meetingId: 'm0001' });
    expect(invitations(notifier.notices)).toHaveLength(1);
  });

  it('after the sign-up deadline the suppleant is not invited to choose what can no longer be chosen', async () => {
    const { app, notifier, clock } = await aDiscussionOnTheMeeting();
    // Tuesday 1 December 13.30 in Copenhagen: past the noon deadline, before announcing.
    clock.set('2026-12-01T12:30:00.000Z');
    await app.sendMeetingAfbud({ councilId, actorId: 'm001', meetingId: 'm0001' });
    expect(invitations(notifier.notices)).toEqual([]);
  });

  it('a suppleant who has already chosen a topic is not invited again', async () => {
    const { app, notifier, ref } = await aDiscussionOnTheMeeting(async (app) => {
      await app.sendMeetingAfbud({ councilId, actorId: 'm001', meetingId: 'm0001' });
    });
    await app.chooseTopic({ ...ref, memberId: 's001', topic: 'B' });
    notifier.notices.length = 0;
    // A repeat of the afbud (it changes nothing) asks nobody again.
    await app.sendMeetingAfbud({ councilId, actorId: 'm001', meetingId: 'm0001' });
    expect(invitations(notifier.notices)).toEqual([]);
  });

  it('after announcing, a referent who sends afbud leaves the summary to the ordstyrer, who is told at once', async () => {
    const { app, notifier, ref } = await aDiscussionOnTheMeeting();
    for (const memberId of participantIds)
      await app.chooseTopic({ ...ref, memberId, topic: memberId < 'm004' ? 'A' : 'B' });
    await app.volunteerForRole({ ...ref, memberId: 'm002', role: 'referent' });
    await app.formGroups({ ...ref, actorId: secretary, seed: 7 });
    const announced = await app.announceGroups({ ...ref, actorId: secretary });
    if (!announced.ok) throw new Error(announced.code);
    const group = announced.value.proposal!.groups.find((one) => one.referent === 'm002')!;
    notifier.notices.length = 0;

    await app.sendMeetingAfbud({ councilId, actorId: 'm002', meetingId: 'm0001' });
    expect(notifier.notices.filter((n) => n.kind === 'discussion_summary_reminder')).toEqual([
      expect.objectContaining({
        memberId: group.ordstyrer,
        groupKey: group.key,
        reminderKey: 'takeover',
      }),
    ]);
    const shown = await app.showDiscussion(ref);
    expect(shown.ok && shown.value.writers[group.key]).toBe(group.ordstyrer);
  });

  it('a discussion that is not on that meeting is left alone', async () => {
    const { app, notifier } = await aDiscussionOnTheMeeting();
    const other = await app.startDiscussion(aDiscussionInput({ title: 'Uden møde' }));
    expect(other.ok).toBe(true);
    notifier.notices.length = 0;
    await app.sendMeetingAfbud({ councilId, actorId: 'm001', meetingId: 'm0001' });
    expect(invitations(notifier.notices).map((n) => ('memberId' in n ? n.memberId : ''))).toEqual([
      's001',
    ]);
  });
});
