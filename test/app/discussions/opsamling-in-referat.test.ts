import { describe, expect, it } from 'vitest';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';
import {
  aDiscussionInput,
  aMeetingWithDiscussionItem,
  councilId,
  participantIds,
  secretary,
} from './discussion-fixture.ts';

/** A discussion on the Rådsmøde's D item 2, announced, with the clock after the groups met. */
async function anAnnouncedDiscussionOnItem() {
  const setup = await anAppWithCouncil();
  const { app, deps, clock } = setup;
  await deps.meetings.saveMeeting(aMeetingWithDiscussionItem());
  const started = await app.startDiscussion(
    aDiscussionInput({ meetingId: 'm0001', itemNumber: '2' }),
  );
  if (!started.ok) throw new Error(started.code);
  const ref = { councilId, discussionId: started.value.id };
  for (const memberId of participantIds)
    await app.chooseTopic({ ...ref, memberId, topic: memberId < 'm004' ? 'A' : 'B' });
  await app.formGroups({ ...ref, actorId: secretary, seed: 3 });
  const announced = await app.announceGroups({ ...ref, actorId: secretary });
  if (!announced.ok) throw new Error(announced.code);
  clock.set('2026-11-26T14:00:00.000Z');
  return { ...setup, ref, groups: announced.value.proposal!.groups };
}

const answersFor = (topic: string) => (topic === 'A' ? ['Svar et.', 'Svar to.'] : ['Svar.']);

describe('the opsamling in the referat', () => {
  it('a discussion on a meeting’s item puts its opsamling under that item, and a later edit replaces it', async () => {
    const { app, ref, groups } = await anAnnouncedDiscussionOnItem();
    const [first, ...rest] = groups;
    await app.submitSummary({
      ...ref,
      actorId: first!.referent,
      groupKey: first!.key,
      answers: answersFor(first!.topic),
      notes: 'Første gruppe.',
      seenRevision: 0,
    });
    await app.compileOpsamling({ ...ref, actorId: secretary });
    const compiled = await app.showMeeting({ councilId, meetingId: 'm0001' });
    expect(compiled.ok && compiled.value.groupDiscussions?.['2']).toMatchObject({
      discussionId: ref.discussionId,
      title: 'Ungeindsatsen',
      missingGroups: rest.map((group) => group.key),
    });

    for (const group of rest)
      await app.submitSummary({
        ...ref,
        actorId: group.referent,
        groupKey: group.key,
        answers: answersFor(group.topic),
        notes: '',
        seenRevision: 0,
      });
    const refreshed = await app.showMeeting({ councilId, meetingId: 'm0001' });
    expect(refreshed.ok && refreshed.value.groupDiscussions?.['2']?.missingGroups).toEqual([]);
  });
});
