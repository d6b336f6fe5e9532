/**
 * The discussions' Block Kit, drawn from the shared fixtures and from
 * outsized ones: every message and modal stays within Slack's limits, a
 * button's value reads back only when it is ours, and a summary answer too
 * long for a Slack field is cut in the form and kept whole when unchanged.
 */
import { describe, expect, it } from 'vitest';
import type { DiscussionView } from '../../../../src/app/discussions/discussion-use-cases.ts';
import { commentsModal } from '../../../../src/bot/slack/discussions/comments-modal.ts';
import { discussionMessage } from '../../../../src/bot/slack/discussions/discussion-message.ts';
import {
  discussionValue,
  parseDiscussionValue,
} from '../../../../src/bot/slack/discussions/discussion-values.ts';
import { moveModal, roleModal } from '../../../../src/bot/slack/discussions/edit-modals.ts';
import { groupReply } from '../../../../src/bot/slack/discussions/group-messages.ts';
import {
  opsamlingMessage,
  opsamlingModal,
} from '../../../../src/bot/slack/discussions/opsamling-message.ts';
import { proposalMessage } from '../../../../src/bot/slack/discussions/proposal-message.ts';
import { setUpModal } from '../../../../src/bot/slack/discussions/set-up-modal.ts';
import { summaryModal } from '../../../../src/bot/slack/discussions/summary-modal.ts';
import {
  keptText,
  shownText,
  summaryFromForm,
} from '../../../../src/bot/slack/discussions/summary-text.ts';
import { statusMessage } from '../../../../src/bot/slack/discussions/status-command.ts';
import { groupReplyOf } from '../../../../src/bot/present/discussions/discussion-notice-plans.ts';
import { aCouncil } from '../../../fakes/council-mother.ts';
import { blockKitViolations } from '../../../support/block-kit-limits.ts';
import {
  aDiscussion,
  aProposal,
  aSummary,
  announcedView,
  compiledView,
  signUpView,
} from '../../present/discussions/discussion-fixtures.ts';

type Json = Record<string, unknown>;
const council = aCouncil();
const ok = (payload: unknown, surface: 'message' | 'modal') =>
  expect(blockKitViolations(payload as Json, surface)).toEqual([]);

const long = (words: string, times: number) => `${words} `.repeat(times).trim();

/** Sixty groups of four with long names, questions and answers: far beyond a real council. */
function outsizedView(): DiscussionView {
  const topics = ['A', 'B', 'C', 'D'].map((key) => ({
    key,
    title: long('Et meget langt emne', 20),
    questions: Array.from({ length: 6 }, (_, i) => long(`Spørgsmål ${i + 1}`, 60)),
  }));
  const participants = Array.from({ length: 240 }, (_, i) => ({
    memberId: `p${i}`,
    name: long('Navn', 10),
    organisation: 'Organisation med langt navn',
    signUp: { memberId: `p${i}`, topic: topics[i % 4]!.key, at: '2027-05-11T08:00:00.000Z' },
  }));
  const groups = Array.from({ length: 60 }, (_, g) => {
    const key = `${topics[g % 4]!.key}${Math.floor(g / 4) + 1}`;
    const members = participants.slice(g * 4, g * 4 + 4).map((p) => p.memberId);
    return { key, topic: key[0]!, members, ordstyrer: members[0]!, referent: members[1]! };
  });
  const summaries = groups.map((group) =>
    aSummary(group.key, {
      answers: Array.from({ length: 6 }, () => long('Et langt svar <@U1> & mere.', 200)),
      notes: long('Noter', 500),
    }),
  );
  return {
    discussion: aDiscussion({ status: 'compiled', topics, title: long('Titel', 60) }),
    participants,
    proposal: aProposal({ groups }),
    summaries,
    writers: Object.fromEntries(groups.map((group) => [group.key, group.referent])),
    opsamling: { compiledAt: '2027-05-21T14:00:00.000Z', compiledBy: 'due', missingGroups: [] },
  };
}

describe("the discussions' Block Kit", () => {
  it('the channel message in every phase, the group replies and the proposal stay within the limits, even outsized', () => {
    const huge = outsizedView();
    const views = [
      signUpView(),
      announcedView(),
      compiledView(),
      huge,
      { ...huge, discussion: { ...huge.discussion, status: 'sign_up' as const } },
    ];
    for (const view of views) {
      ok(discussionMessage({ council, view }), 'message');
      ok(proposalMessage('da', view, ['alle fik deres førsteprioritet']), 'message');
      for (const group of view.proposal?.groups ?? [])
        ok(groupReply(groupReplyOf({ council, view }, group.key)), 'message');
    }
    ok(
      statusMessage(
        council,
        views.map((view, i) => ({ ...view, discussion: { ...view.discussion, id: `d${i}` } })),
      ),
      'message',
    );
  });

  it('the opsamling is cut in the channel with «Vis hele opsamlingen», and the modal holds what a modal can', () => {
    const huge = outsizedView();
    const message = opsamlingMessage({ council, view: huge, opsamling: huge.opsamling! });
    ok(message, 'message');
    expect(JSON.stringify(message)).toContain('discussion.show_opsamling');
    expect(JSON.stringify(message)).not.toContain('<@U1>');
    ok(opsamlingModal('da', huge), 'modal');
    const small = compiledView();
    const short = opsamlingMessage({ council, view: small, opsamling: small.opsamling! });
    expect(JSON.stringify(short)).not.toContain('discussion.show_opsamling');
    expect(JSON.stringify(short)).toContain('discussion.send_for_comments');
  });

  it('the forms stay within the limits: set-up, move, role, summary and the comments hearing', () => {
    const huge = outsizedView();
    ok(setUpModal('da'), 'modal');
    ok(
      setUpModal(
        'en',
        { title: long('Titel', 100), signUpDeadline: '2027-05-18T12:00' },
        { meetingId: 'm1', itemNumber: '3' },
      ),
      'modal',
    );
    ok(moveModal('da', huge), 'modal');
    ok(roleModal('da', huge), 'modal');
    ok(commentsModal('da', huge, { date: '2027-05-28', time: '12:00' }), 'modal');
    const topic = huge.discussion.topics[0]!;
    ok(
      summaryModal('da', {
        discussion: huge.discussion,
        group: huge.proposal!.groups[0]!,
        topic,
        summary: huge.summaries[0]!,
      }),
      'modal',
    );
  });
});

describe("a discussion button's value", () => {
  it('reads back what was drawn, and nothing else', () => {
    const value = discussionValue({ discussionId: 'd0001', topic: 'A' });
    expect(parseDiscussionValue(value)).toEqual({ discussionId: 'd0001', topic: 'A' });
    expect(parseDiscussionValue(discussionValue({ discussionId: 'd1', role: 'referent' }))).toEqual(
      { discussionId: 'd1', role: 'referent' },
    );
    for (const forged of [
      undefined,
      '',
      '{',
      '[]',
      '{"d":""}',
      '{"d":"x","t":"a b"}',
      '{"d":"x","r":"formand"}',
      'x'.repeat(600),
    ])
      expect(parseDiscussionValue(forged)).toBeUndefined();
  });
});

describe('a summary answer longer than a Slack field', () => {
  const whole = 'x'.repeat(4_000);

  it('is shown as its first 3,000 characters', () => {
    expect(shownText(whole)).toEqual({ shown: 'x'.repeat(3_000), cut: true });
    expect(shownText('kort')).toEqual({ shown: 'kort', cut: false });
  });

  it('is kept whole when the field comes back as shown, and replaced when it was edited', () => {
    expect(keptText(whole, 'x'.repeat(3_000))).toBe(whole);
    expect(keptText(whole, 'nyt svar')).toBe('nyt svar');
    expect(keptText('kort', 'kort')).toBe('kort');
    expect(keptText(undefined, 'første')).toBe('første');
  });

  it('an unshown question keeps its stored answer, the notes follow the same rule', () => {
    expect(
      summaryFromForm(
        { answers: ['a', whole, 'c'], notes: whole },
        { answers: ['A', 'x'.repeat(3_000), undefined], notes: 'x'.repeat(3_000) },
      ),
    ).toEqual({ answers: ['A', whole, 'c'], notes: whole });
  });
});
