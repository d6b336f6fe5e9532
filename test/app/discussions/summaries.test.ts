import { describe, expect, it } from 'vitest';
import { aDiscussionWithSignUps, anAnnouncedDiscussion, secretary } from './discussion-fixture.ts';

const answersFor = (topic: string) =>
  topic === 'A' ? ['Mentorordninger virker.', 'Skolerne og jobcentret.'] : ['I byggeriet.'];

describe('the groups’ summaries', () => {
  it('the referent gets the form for their group: its topic, questions and nothing saved yet', async () => {
    const { app, ref, groups, writers } = await anAnnouncedDiscussion();
    const group = groups[0]!;
    expect(writers[group.key]).toBe(group.referent);
    const draft = await app.summaryDraft({ ...ref, actorId: group.referent });
    expect(draft).toMatchObject({ ok: true, value: { group: { key: group.key } } });
    expect(draft.ok && draft.value.topic.key).toBe(group.topic);
    expect(draft.ok && draft.value.summary).toBeUndefined();
    expect(await app.summaryDraft({ ...ref, actorId: group.ordstyrer })).toMatchObject({
      code: 'discussion_not_group_writer',
    });
  });

  it('the referent submits one answer per question and free notes; the secretary sees which groups are in', async () => {
    const { app, ref, groups, notifier } = await anAnnouncedDiscussion();
    const group = groups[0]!;
    const submitted = await app.submitSummary({
      ...ref,
      actorId: group.referent,
      groupKey: group.key,
      answers: answersFor(group.topic),
      notes: '  Vi nåede ikke det hele.  ',
      seenRevision: 0,
    });
    expect(submitted).toMatchObject({
      ok: true,
      value: {
        allIn: false,
        summary: { groupKey: group.key, revision: 1, notes: 'Vi nåede ikke det hele.' },
      },
    });
    expect(notifier.kinds().at(-1)).toBe('discussion_changed');
    const shown = await app.showDiscussion(ref);
    expect(shown.ok && shown.value.summaries.map((s) => s.groupKey)).toEqual([group.key]);
  });

  it('someone else in the group cannot submit; the secretariat can, on the group’s behalf', async () => {
    const { app, ref, groups } = await anAnnouncedDiscussion();
    const group = groups[0]!;
    const summary = {
      ...ref,
      groupKey: group.key,
      answers: answersFor(group.topic),
      notes: '',
      seenRevision: 0,
    };
    expect(await app.submitSummary({ ...summary, actorId: group.ordstyrer })).toMatchObject({
      code: 'discussion_not_group_writer',
    });
    expect(await app.summaryDraft({ ...ref, actorId: secretary })).toMatchObject({
      code: 'discussion_not_group_writer',
    });
    expect(
      await app.summaryDraft({ ...ref, actorId: secretary, groupKey: group.key }),
    ).toMatchObject({ ok: true, value: { group: { key: group.key } } });
    expect(
      await app.summaryDraft({ ...ref, actorId: group.ordstyrer, groupKey: group.key }),
    ).toMatchObject({ code: 'discussion_not_group_writer' });
    expect(await app.submitSummary({ ...summary, actorId: secretary })).toMatchObject({
      ok: true,
      value: { summary: { submittedBy: secretary } },
    });
  });

  it('needs one answer per question, and refuses an answer beyond the stored limit naming it', async () => {
    const { app, ref, groups } = await anAnnouncedDiscussion();
    const group = groups.find((g) => g.topic === 'A')!;
    const summary = {
      ...ref,
      actorId: group.referent,
      groupKey: group.key,
      notes: '',
      seenRevision: 0,
    };
    expect(await app.submitSummary({ ...summary, answers: ['Kun ét svar.'] })).toMatchObject({
      code: 'discussion_summary_answers_mismatch',
      field: 'answers',
      params: { questions: 2, answers: 1 },
    });
    expect(
      await app.submitSummary({ ...summary, answers: ['Kort.', 'x'.repeat(20_001)] }),
    ).toMatchObject({ code: 'discussion_summary_too_long', field: 'answers.1' });
    const long = 'æ'.repeat(20_000);
    const kept = await app.submitSummary({ ...summary, answers: [long, 'Kort.'] });
    expect(kept.ok && kept.value.summary.answers[0]).toHaveLength(20_000);
  });

  it('an edit made on an older revision is refused, never overwriting the newer one', async () => {
    const { app, ref, groups } = await anAnnouncedDiscussion();
    const group = groups[0]!;
    const summary = {
      ...ref,
      actorId: group.referent,
      groupKey: group.key,
      answers: answersFor(group.topic),
    };
    await app.submitSummary({ ...summary, notes: 'Første.', seenRevision: 0 });
    expect(await app.submitSummary({ ...summary, notes: 'Anden.', seenRevision: 1 })).toMatchObject(
      { ok: true, value: { summary: { revision: 2 } } },
    );
    expect(
      await app.submitSummary({ ...summary, notes: 'Gammel form.', seenRevision: 1 }),
    ).toMatchObject({ code: 'discussion_changed_meanwhile' });
    const draft = await app.summaryDraft({ ...ref, actorId: group.referent });
    expect(draft.ok && draft.value.summary).toMatchObject({ notes: 'Anden.', revision: 2 });
  });

  it('a referent who sent afbud hands the summary to the ordstyrer', async () => {
    const { app, ref, groups, deps } = await anAnnouncedDiscussion();
    const group = groups[0]!;
    await deps.absences.addAbsence(ref.councilId, {
      memberId: group.referent,
      scope: { kind: 'period', from: '2026-11-26', to: '2026-11-26' },
      registeredAt: '2026-11-26T14:00:00.000Z',
    });
    const shown = await app.showDiscussion(ref);
    expect(shown.ok && shown.value.writers[group.key]).toBe(group.ordstyrer);
    expect(
      await app.submitSummary({
        ...ref,
        actorId: group.ordstyrer,
        groupKey: group.key,
        answers: answersFor(group.topic),
        notes: '',
        seenRevision: 0,
      }),
    ).toMatchObject({ ok: true });
  });

  it('after the due time summaries are closed', async () => {
    const { app, ref, groups, clock } = await anAnnouncedDiscussion();
    const group = groups[0]!;
    clock.set('2026-11-27T11:00:00.000Z'); // Friday 12.00
    expect(
      await app.submitSummary({
        ...ref,
        actorId: group.referent,
        groupKey: group.key,
        answers: answersFor(group.topic),
        notes: '',
        seenRevision: 0,
      }),
    ).toMatchObject({ code: 'discussion_summaries_closed', params: { due: '2026-11-27T12:00' } });
  });

  it('before the groups are announced there is nothing to submit', async () => {
    const { app, ref } = await aDiscussionWithSignUps();
    expect(await app.summaryDraft({ ...ref, actorId: 'm002' })).toMatchObject({
      code: 'discussion_not_announced',
    });
  });
});

describe('the opsamling', () => {
  it('when every group is in, the opsamling is compiled at once and posted', async () => {
    const { app, ref, groups, notifier } = await anAnnouncedDiscussion();
    let last;
    for (const group of groups)
      last = await app.submitSummary({
        ...ref,
        actorId: group.referent,
        groupKey: group.key,
        answers: answersFor(group.topic),
        notes: '',
        seenRevision: 0,
      });
    expect(last).toMatchObject({ ok: true, value: { allIn: true } });
    const shown = await app.showDiscussion(ref);
    expect(shown.ok && shown.value.discussion.status).toBe('compiled');
    expect(shown.ok && shown.value.opsamling).toMatchObject({
      compiledBy: 'all_submitted',
      missingGroups: [],
    });
    expect(notifier.kinds()).toContain('discussion_opsamling_posted');
  });

  it('the secretariat compiles early with “Saml op nu”; the missing groups are named', async () => {
    const { app, ref, groups } = await anAnnouncedDiscussion();
    expect(await app.compileOpsamling({ ...ref, actorId: secretary })).toMatchObject({
      code: 'discussion_no_summaries',
    });
    const first = groups[0]!;
    await app.submitSummary({
      ...ref,
      actorId: first.referent,
      groupKey: first.key,
      answers: answersFor(first.topic),
      notes: '',
      seenRevision: 0,
    });
    expect(await app.compileOpsamling({ ...ref, actorId: 'm003' })).toMatchObject({
      code: 'not_allowed_to_manage_discussions',
    });
    const compiled = await app.compileOpsamling({ ...ref, actorId: secretary });
    expect(compiled).toMatchObject({
      ok: true,
      value: {
        discussion: { status: 'compiled' },
        opsamling: { compiledBy: secretary, missingGroups: groups.slice(1).map((g) => g.key) },
      },
    });
  });

  it('a summary edited after the opsamling refreshes it', async () => {
    const { app, ref, groups, notifier } = await anAnnouncedDiscussion();
    const [first, second] = groups as [(typeof groups)[0], (typeof groups)[0]];
    await app.submitSummary({
      ...ref,
      actorId: first.referent,
      groupKey: first.key,
      answers: answersFor(first.topic),
      notes: '',
      seenRevision: 0,
    });
    await app.compileOpsamling({ ...ref, actorId: secretary });
    const posted = notifier.kinds().filter((k) => k === 'discussion_opsamling_posted').length;
    const late = await app.submitSummary({
      ...ref,
      actorId: second.referent,
      groupKey: second.key,
      answers: answersFor(second.topic),
      notes: 'Kom lidt senere.',
      seenRevision: 0,
    });
    expect(late).toMatchObject({ ok: true, value: { allIn: true } });
    const shown = await app.showDiscussion(ref);
    expect(shown.ok && shown.value.opsamling).toMatchObject({
      compiledBy: secretary,
      missingGroups: [],
    });
    expect(notifier.kinds().filter((k) => k === 'discussion_opsamling_posted').length).toBe(
      posted + 1,
    );
  });

  it('is sent “i høring til kommentering og supplering” once, as a comments hearing', async () => {
    const { app, ref, groups, deps } = await anAnnouncedDiscussion();
    const send = {
      ...ref,
      actorId: secretary,
      proposal: 'Opsamling fra gruppedrøftelserne. Kommentér og supplér gerne.',
      deadlineDate: '2026-12-02',
      deadlineTime: '12:00',
    };
    expect(await app.sendOpsamlingForComments(send)).toMatchObject({
      code: 'discussion_not_compiled',
    });
    const first = groups[0]!;
    await app.submitSummary({
      ...ref,
      actorId: first.referent,
      groupKey: first.key,
      answers: answersFor(first.topic),
      notes: '',
      seenRevision: 0,
    });
    await app.compileOpsamling({ ...ref, actorId: secretary });
    const sent = await app.sendOpsamlingForComments(send);
    if (!sent.ok) throw new Error(sent.code);
    const hearing = await deps.hearings.hearing(ref.councilId, sent.value.hearingId);
    expect(hearing).toMatchObject({
      mode: 'comments',
      title: 'Opsamling fra gruppedrøftelser: Ungeindsatsen',
      state: 'open',
    });
    const shown = await app.showDiscussion(ref);
    expect(shown.ok && shown.value.opsamling?.hearingId).toBe(sent.value.hearingId);
    expect(await app.sendOpsamlingForComments(send)).toMatchObject({
      code: 'discussion_opsamling_already_sent',
      params: { hearingId: sent.value.hearingId },
    });
  });

  it('two clicks on “send i høring” at once open one hearing', async () => {
    const { app, ref, groups, deps } = await anAnnouncedDiscussion();
    const first = groups[0]!;
    await app.submitSummary({
      ...ref,
      actorId: first.referent,
      groupKey: first.key,
      answers: answersFor(first.topic),
      notes: '',
      seenRevision: 0,
    });
    await app.compileOpsamling({ ...ref, actorId: secretary });
    const send = {
      ...ref,
      actorId: secretary,
      proposal: 'Opsamling fra gruppedrøftelserne.',
      deadlineDate: '2026-12-02',
      deadlineTime: '12:00',
    };
    const results = await Promise.all([
      app.sendOpsamlingForComments(send),
      app.sendOpsamlingForComments(send),
    ]);
    expect(results.filter((result) => result.ok)).toHaveLength(1);
    expect(results.find((result) => !result.ok)).toMatchObject({
      code: 'discussion_opsamling_already_sent',
    });
    expect(await deps.hearings.openHearings(ref.councilId)).toHaveLength(1);
  });

  it('a hearing that could not be opened (a deadline in the past) can be sent again', async () => {
    const { app, ref, groups } = await anAnnouncedDiscussion();
    const first = groups[0]!;
    await app.submitSummary({
      ...ref,
      actorId: first.referent,
      groupKey: first.key,
      answers: answersFor(first.topic),
      notes: '',
      seenRevision: 0,
    });
    await app.compileOpsamling({ ...ref, actorId: secretary });
    const send = {
      ...ref,
      actorId: secretary,
      proposal: 'Opsamling fra gruppedrøftelserne.',
      deadlineTime: '12:00',
    };
    expect(
      await app.sendOpsamlingForComments({ ...send, deadlineDate: '2026-11-20' }),
    ).toMatchObject({ ok: false });
    expect(
      await app.sendOpsamlingForComments({ ...send, deadlineDate: '2026-12-02' }),
    ).toMatchObject({ ok: true });
  });
});
