import { describe, expect, it } from 'vitest';
import { discussionDmModel } from '../../../../src/bot/present/discussions/discussion-models.ts';
import type { DiscussionView } from '../../../../src/app/discussions/discussion-use-cases.ts';
import {
  discussionNoticePlans,
  groupReplyOf,
} from '../../../../src/bot/present/discussions/discussion-notice-plans.ts';
import type { DiscussionPlanUseCases } from '../../../../src/bot/present/discussions/discussion-loader.ts';
import type { DiscussionMessageState } from '../../../../src/bot/present/discussions/discussion-states.ts';
import { fail, succeed } from '../../../../src/domain/errors.ts';
import { aCouncil, testCouncilId } from '../../../fakes/council-mother.ts';
import {
  aDiscussion,
  aSummary,
  announcedView,
  compiledView,
  memberOf,
  signUpView,
} from './discussion-fixtures.ts';

const roster = ['m1', 'm2', 'm3', 'm4', 'm5', 'm6', 'sek1'].map((id) => memberOf(id));

/** The use cases the plans read, showing the given view. */
const useCasesShowing = (view: DiscussionView | undefined): DiscussionPlanUseCases =>
  ({
    describeCouncil: async () =>
      succeed({ council: aCouncil(), members: roster, openHearings: [] }),
    showDiscussion: async () => (view ? succeed(view) : fail('discussion_not_found')),
  }) as unknown as DiscussionPlanUseCases;

const ref = { councilId: testCouncilId, discussionId: 'd0001' };
const changed = { kind: 'discussion_changed', ...ref };
const opsamlingPosted = { kind: 'discussion_opsamling_posted', ...ref };
const groupDm = { kind: 'discussion_group_to_member', ...ref, memberId: 'm3', sequence: 2 };
const signUpReminder = {
  kind: 'discussion_sign_up_reminder',
  ...ref,
  memberId: 'm5',
  sequence: 1,
};
const summaryReminder = (memberId: string, groupKey: string) => ({
  kind: 'discussion_summary_reminder',
  ...ref,
  memberId,
  groupKey,
  reminderKey: 'before',
  sequence: 2,
});

const stateOf = (view: DiscussionView): DiscussionMessageState => ({ council: aCouncil(), view });

describe("a discussion's notice plans", () => {
  const plans = discussionNoticePlans(useCasesShowing(announcedView()));

  it('post the discussion once in the council channel and keep it current', () => {
    expect(plans.message.handles(changed)).toBe(true);
    expect(plans.message.plan(changed)).toEqual({
      to: 'subject',
      subject: 'discussion:d0001',
      whenUnposted: 'open',
    });
    expect(plans.opsamling.plan(opsamlingPosted)).toEqual({
      to: 'subject',
      subject: 'opsamling:d0001',
      whenUnposted: 'open',
    });
  });

  it('each take only their own kinds, and none takes a notice missing a field', () => {
    expect(plans.message.handles(opsamlingPosted)).toBe(false);
    expect(plans.opsamling.handles(changed)).toBe(false);
    expect(plans.direct.handles(groupDm)).toBe(true);
    expect(plans.direct.handles({ kind: 'discussion_group_to_member', ...ref })).toBe(false);
    expect(plans.message.handles({ kind: 'meeting_agenda_published', councilId: 'rar-test' })).toBe(
      false,
    );
  });

  it("send a group's details only directly, and a reminder at most as a mention in the thread", () => {
    expect(plans.direct.plan(groupDm)).toEqual({
      to: 'member',
      memberId: 'm3',
      subject: 'discussion:d0001',
      whenUnreachable: 'none',
    });
    expect(plans.direct.plan(signUpReminder)).toMatchObject({ whenUnreachable: 'thread' });
    expect(plans.direct.plan(summaryReminder('m2', 'A2'))).toMatchObject({
      whenUnreachable: 'thread',
    });
  });

  it('keep no group replies in sign-up: the proposal is the secretary’s', () => {
    expect(plans.message.threadReplies?.(changed, stateOf(signUpView()))).toEqual([]);
  });

  it('keep one reply per group once announced, keyed by the group', () => {
    const replies = plans.message.threadReplies?.(changed, stateOf(announcedView())) ?? [];
    expect(replies.map((reply) => reply.key)).toEqual(['A1', 'A2', 'B1']);
    const a2 = groupReplyOf(stateOf(announcedView()), 'A2');
    expect(a2.roomUrl).toBe('https://rum.example/a2');
    expect(a2.members.map((member) => member.name)).toEqual(['Bjarke Lyngholt', 'Edel Ovesholm']);
    expect(a2.summary).toBeUndefined();
  });

  it('update only the reply of the group whose summary came in or whose roles changed', () => {
    const before = plans.message.threadReplies?.(changed, stateOf(announcedView())) ?? [];
    const submitted = announcedView({ summaries: [aSummary('A1'), aSummary('A2')] });
    const after = plans.message.threadReplies?.(changed, stateOf(submitted)) ?? [];
    expect(after[0]?.version).toBe(before[0]?.version);
    expect(after[1]?.version).not.toBe(before[1]?.version);
    expect(after[2]?.version).toBe(before[2]?.version);

    const handedOver = announcedView({ writers: { A1: 'm3', A2: 'm5', B1: 'm4' } });
    const afterHandover = plans.message.threadReplies?.(changed, stateOf(handedOver)) ?? [];
    expect(afterHandover[1]?.version).not.toBe(before[1]?.version);
  });

  it('load the opsamling only once compiled', async () => {
    const notYet = await discussionNoticePlans(useCasesShowing(announcedView())).opsamling.load(
      opsamlingPosted,
    );
    expect(notYet.ok).toBe(false);
    const compiled = await discussionNoticePlans(useCasesShowing(compiledView())).opsamling.load(
      opsamlingPosted,
    );
    expect(compiled.ok && compiled.value.opsamling.missingGroups).toEqual(['A2']);
  });
});

describe("a discussion's direct messages", () => {
  const load = async (view: DiscussionView, notice: object, viewer?: string) => {
    const plans = discussionNoticePlans(useCasesShowing(view)).direct;
    const state = await plans.load(notice as never, viewer);
    if (!state.ok) throw new Error(state.code);
    return { plans, state: state.value };
  };

  it('give a member their group with its room, the others and who writes', async () => {
    const { plans, state } = await load(announcedView(), groupDm);
    expect(state.kind).toBe('discussion_group_to_member');
    if (state.kind !== 'discussion_group_to_member') return;
    expect(state.group.key).toBe('A1');
    expect(state.roomUrl).toBe('https://rum.example/a1');
    expect(state.writer).toBe('m3');
    expect(plans.recipient(state)?.id).toBe('m3');
    expect(plans.stillDue(groupDm, state)).toBe(true);
  });

  it('remind only a participant who still has not chosen, of the current sign-up', async () => {
    const { plans, state } = await load(signUpView(), signUpReminder);
    expect(plans.stillDue(signUpReminder, state)).toBe(true);

    const chose = signUpView({
      participants: signUpView().participants.map((one) =>
        one.memberId === 'm5'
          ? { ...one, signUp: { memberId: 'm5', topic: 'B', at: '2027-05-12T08:00:00.000Z' } }
          : one,
      ),
    });
    const later = await load(chose, signUpReminder);
    expect(later.plans.stillDue(signUpReminder, later.state)).toBe(false);

    const edited = await load(
      signUpView({ discussion: aDiscussion({ sequence: 2 }) }),
      signUpReminder,
    );
    expect(edited.plans.stillDue(signUpReminder, edited.state)).toBe(false);
  });

  it("remind the group's writer only while its summary is not in", async () => {
    const waiting = await load(announcedView(), summaryReminder('m2', 'A2'));
    expect(waiting.plans.stillDue(summaryReminder('m2', 'A2'), waiting.state)).toBe(true);
    const done = await load(announcedView(), summaryReminder('m3', 'A1'));
    expect(done.plans.stillDue(summaryReminder('m3', 'A1'), done.state)).toBe(false);
    const handedOver = await load(
      announcedView({ writers: { A1: 'm3', A2: 'm5', B1: 'm4' } }),
      summaryReminder('m2', 'A2'),
    );
    expect(handedOver.plans.stillDue(summaryReminder('m2', 'A2'), handedOver.state)).toBe(false);
  });

  it('tell the secretary of the proposal only while it is still in sign-up', async () => {
    const notice = { kind: 'discussion_proposal_ready', ...ref, memberId: 'sek1', sequence: 1 };
    const formed = signUpView({ proposal: announcedView().proposal! });
    const { plans, state } = await load(formed, notice);
    expect(plans.stillDue(notice, state)).toBe(true);
    const announced = await load(announcedView(), notice);
    expect(announced.plans.stillDue(notice, announced.state)).toBe(false);
  });

  it('tell the secretary when the groups could not be formed at the deadline, and how to see why', async () => {
    const notice = { kind: 'discussion_proposal_ready', ...ref, memberId: 'sek1', sequence: 1 };
    const { state } = await load(signUpView(), notice);
    expect(state.kind).toBe('discussion_proposal_ready');
    const model = discussionDmModel(state as never);
    expect(model.headline).toContain('grupperne kunne ikke dannes af sig selv');
    expect(model.action).toBe('proposal');
  });

  it('deliver nothing to someone off the roster', async () => {
    const plans = discussionNoticePlans(useCasesShowing(announcedView())).direct;
    const loaded = await plans.load({ ...groupDm, memberId: 'gone' } as never);
    expect(loaded.ok).toBe(false);
  });
});
