import { describe, expect, it } from 'vitest';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';
import { anItem, aMeetingWithItems } from '../../domain/meetings/meeting-with-items.ts';
import type { RosterShape } from '../../fakes/council-mother.ts';
import { minutesMarkdown } from '../../../src/bot/present/meetings/minutes/minutes-markdown.ts';
import { minutesOfRecord } from '../../../src/bot/present/meetings/minutes/minutes-of-record.ts';

const councilId = 'rar-test';

/** A held Rådsmøde m0001 (items 2.1 B, 3.1 O, 4.1 D, 5.1 B+O with an imported Beslutning). */
async function anAppWithHeldMeeting(shape: RosterShape = {}) {
  const setup = await anAppWithCouncil(shape);
  await setup.deps.meetings.saveMeeting(aMeetingWithItems({ status: 'agenda_published' }));
  const secretary = setup.roster.secretary.id;
  const on = (itemNumber: string) => ({ councilId, meetingId: 'm0001', itemNumber });
  return { ...setup, secretary, on };
}

describe('recording decisions', () => {
  it('the secretariat records a Beslutning, and the meeting shows it as the item’s Beslutning', async () => {
    const { app, secretary, on } = await anAppWithHeldMeeting();
    const recorded = await app.recordDecision({
      ...on('2.1'),
      actorId: secretary,
      text: 'Rådet vedtog indstillingen.',
    });
    expect(recorded).toMatchObject({
      ok: true,
      value: {
        decision: { item: '2.1', revision: 1, recordedBy: secretary },
        event: { action: 'recorded' },
      },
    });
    const shown = await app.showMeeting({ councilId, meetingId: 'm0001' });
    if (!shown.ok) throw new Error(shown.code);
    expect(shown.value.items[0]?.fields.beslutning).toBe('Rådet vedtog indstillingen.');
    expect(shown.value.decisions).toHaveLength(1);
  });

  it('two secretaries saving the same item: the second is told who changed it, and gets their text back', async () => {
    const { app, secretary, roster, on, clock } = await anAppWithHeldMeeting();
    // Both opened the item at revision 0.
    clock.set('2026-12-03T14:02:00.000Z');
    await app.recordDecision({
      ...on('2.1'),
      actorId: roster.chair.id,
      text: 'Rådet vedtog.',
      seenRevision: 0,
    });
    const second = await app.recordDecision({
      ...on('2.1'),
      actorId: secretary,
      text: 'Rådet vedtog indstillingen med en tilføjelse.',
      seenRevision: 0,
    });
    expect(second).toEqual({
      ok: false,
      code: 'decision_changed_meanwhile',
      params: {
        item: '2.1',
        revision: 1,
        by: roster.chair.name,
        date: '2026-12-03',
        time: '15:02',
        current: 'Rådet vedtog.',
        yours: 'Rådet vedtog indstillingen med en tilføjelse.',
      },
    });
    const audit = await app.decisionAudit({ councilId, meetingId: 'm0001', itemNumber: '2.1' });
    expect(audit).toMatchObject({
      ok: true,
      value: [{ by: roster.chair.id, byName: roster.chair.name, after: 'Rådet vedtog.' }],
    });
    // Having seen revision 1, the second secretary saves over it.
    expect(
      await app.recordDecision({
        ...on('2.1'),
        actorId: secretary,
        text: 'Rådet vedtog indstillingen med en tilføjelse.',
        seenRevision: 1,
      }),
    ).toMatchObject({
      ok: true,
      value: { decision: { revision: 2 }, event: { before: 'Rådet vedtog.' } },
    });
  });

  it('a save that names no revision never replaces a decision already recorded', async () => {
    const { app, secretary, roster, on } = await anAppWithHeldMeeting();
    await app.recordDecision({ ...on('2.1'), actorId: roster.chair.id, text: 'Rådet vedtog.' });
    expect(
      await app.recordDecision({ ...on('2.1'), actorId: secretary, text: 'Rådet forkastede.' }),
    ).toMatchObject({ ok: false, code: 'decision_changed_meanwhile', params: { revision: 1 } });
    const shown = await app.showMeeting({ councilId, meetingId: 'm0001' });
    if (!shown.ok) throw new Error(shown.code);
    expect(shown.value.items[0]?.fields.beslutning).toBe('Rådet vedtog.');
  });

  it('"Taget til efterretning" on an O item, refused on a B item', async () => {
    const { app, secretary, on } = await anAppWithHeldMeeting();
    expect(
      await app.noteItem({ ...on('3.1'), actorId: secretary, text: 'Taget til efterretning.' }),
    ).toMatchObject({ ok: true, value: { decision: { noted: true }, event: { action: 'noted' } } });
    expect(
      await app.noteItem({ ...on('2.1'), actorId: secretary, text: 'Taget til efterretning.' }),
    ).toMatchObject({ ok: false, code: 'noted_only_for_information', field: 'itemNumber' });
  });

  it('only the secretariat and the chair group record decisions; bad input names its field', async () => {
    const { app, roster, secretary, on, deps } = await anAppWithHeldMeeting();
    const member = roster.members[0]!.id;
    expect(
      await app.recordDecision({ ...on('2.1'), actorId: member, text: 'Rådet vedtog.' }),
    ).toMatchObject({ ok: false, code: 'not_allowed_to_manage_meetings' });
    expect(
      await app.recordDecision({ ...on('2.1'), actorId: secretary, text: '  ' }),
    ).toMatchObject({ ok: false, code: 'invalid_input', field: 'text' });
    expect(
      await app.recordDecision({ ...on('punkt'), actorId: secretary, text: 'Rådet vedtog.' }),
    ).toMatchObject({ ok: false, code: 'invalid_input', field: 'itemNumber' });
    expect(
      await app.recordDecision({ ...on('9.1'), actorId: secretary, text: 'Rådet vedtog.' }),
    ).toMatchObject({ ok: false, code: 'decision_item_not_found' });
    expect(await deps.decisions.decisionAudit(councilId, 'm0001')).toEqual([]);
  });

  it('once the minutes are approved, the decision is part of the approved record', async () => {
    const { app, secretary, on, deps } = await anAppWithHeldMeeting();
    await deps.meetings.saveMeeting(aMeetingWithItems({ status: 'minutes_approved' }));
    expect(
      await app.recordDecision({ ...on('2.1'), actorId: secretary, text: 'Rådet vedtog.' }),
    ).toMatchObject({ ok: false, code: 'decision_after_approval' });
  });
});

describe('the Beslutning draft', () => {
  it('a closed hearing on item 2.1 prefills its Beslutning with the outcome and the counts', async () => {
    const { app, roster, secretary, on } = await anAppWithHeldMeeting({ members: 13 });
    const opened = await app.openHearing({
      councilId,
      actorId: secretary,
      title: 'Positivlisten',
      proposal: 'Formandskabet indstiller, at Rådet godkender positivlisten.',
      meetingId: 'm0001',
      agendaItem: '2.1',
      deadlineDate: '2026-11-27',
      deadlineTime: '12:00',
    });
    if (!opened.ok) throw new Error(opened.code);
    const hearingId = opened.value.id;
    const choices = [...Array(12).fill('for'), 'against', 'against', 'abstain'] as const;
    for (const [at, choice] of choices.entries())
      await app.castBallot({
        councilId,
        hearingId,
        actorId: roster.seatIds[at]!,
        choice,
        reason: 'Begrundelse.',
      });
    expect(
      await app.closeHearing({ councilId, hearingId, actorId: roster.chair.id }),
    ).toMatchObject({
      ok: true,
    });
    const draft = await app.decisionDraft({ ...on('2.1'), actorId: secretary });
    expect(draft).toMatchObject({
      ok: true,
      value: {
        item: '2.1',
        revision: 0,
        draftFrom: 'hearing',
        hearing: {
          hearingId,
          mode: 'vote',
          outcome: 'adopted',
          tally: { for: 12, against: 2, abstain: 1 },
        },
      },
    });
    // Another item's draft knows nothing of it.
    expect(await app.decisionDraft({ ...on('3.1'), actorId: secretary })).toMatchObject({
      ok: true,
      value: { draftFrom: 'nothing' },
    });
  });

  it('without a hearing, the draft is the recorded decision, else the imported Beslutning', async () => {
    const { app, secretary, on } = await anAppWithHeldMeeting();
    expect(await app.decisionDraft({ ...on('5.1'), actorId: secretary })).toMatchObject({
      ok: true,
      value: { draftFrom: 'imported', imported: 'Rådet godkendte planen.', revision: 0 },
    });
    await app.recordDecision({
      ...on('5.1'),
      actorId: secretary,
      text: 'Rådet godkendte planen med en tilføjelse.',
    });
    expect(await app.decisionDraft({ ...on('5.1'), actorId: secretary })).toMatchObject({
      ok: true,
      value: {
        draftFrom: 'decision',
        revision: 1,
        current: { text: 'Rådet godkendte planen med en tilføjelse.' },
      },
    });
  });
});

describe('the follow-up sheet', () => {
  /** The held meeting m0001 and a next one, m0002, a month later. */
  async function twoMeetings() {
    const setup = await anAppWithHeldMeeting();
    await setup.deps.meetings.saveMeeting({
      ...aMeetingWithItems({
        id: 'm0002',
        start: '2027-01-07T13:00',
        end: '2027-01-07T16:00',
        status: 'planned',
      }),
      items: [anItem('1.1', ['O'])],
    });
    await setup.app.recordDecision({
      ...setup.on('2.1'),
      actorId: setup.secretary,
      text: 'Rådet vedtog indstillingen.',
    });
    return setup;
  }

  it('has a point per B item with a decision, and the next meeting shows the open ones first', async () => {
    const { app } = await twoMeetings();
    const listed = await app.listFollowUp({ councilId });
    expect(listed).toMatchObject({
      ok: true,
      value: [
        { id: 'm0001/2.1', decision: 'Rådet vedtog indstillingen.', status: 'open' },
        { id: 'm0001/5.1', decision: 'Rådet godkendte planen.', status: 'open' },
      ],
    });
    const next = await app.showMeeting({ councilId, meetingId: 'm0002' });
    expect(next.ok && next.value.followUp.map((point) => point.id)).toEqual([
      'm0001/2.1',
      'm0001/5.1',
    ]);
    const same = await app.showMeeting({ councilId, meetingId: 'm0001' });
    expect(same.ok && same.value.followUp).toEqual([]);
  });

  it('the secretariat sets owner, due date and status; a changed decision keeps them; done points leave the list', async () => {
    const { app, secretary, on } = await twoMeetings();
    expect(
      await app.setFollowUp({
        councilId,
        actorId: secretary,
        pointId: 'm0001/2.1',
        owner: 'Sekretariatet',
        due: '2027-01-05',
      }),
    ).toMatchObject({
      ok: true,
      value: { owner: 'Sekretariatet', due: '2027-01-05', status: 'open' },
    });
    await app.recordDecision({
      ...on('2.1'),
      actorId: secretary,
      text: 'Rådet vedtog indstillingen med ændringer.',
      seenRevision: 1,
    });
    expect(await app.listFollowUp({ councilId, meetingId: 'm0001' })).toMatchObject({
      ok: true,
      value: [
        {
          id: 'm0001/2.1',
          decision: 'Rådet vedtog indstillingen med ændringer.',
          owner: 'Sekretariatet',
          due: '2027-01-05',
        },
        { id: 'm0001/5.1' },
      ],
    });
    await app.setFollowUp({
      councilId,
      actorId: secretary,
      pointId: 'm0001/2.1',
      status: 'done',
      owner: '',
    });
    const open = await app.listFollowUp({ councilId });
    expect(open.ok && open.value.map((point) => point.id)).toEqual(['m0001/5.1']);
    const all = await app.listFollowUp({ councilId, all: true });
    expect(all.ok && all.value[0]).toMatchObject({
      id: 'm0001/2.1',
      status: 'done',
      due: '2027-01-05',
    });
    expect(all.ok && all.value[0]?.owner).toBeUndefined();
  });

  it('refuses a point that does not exist, a bad due date, and an edit that sets nothing', async () => {
    const { app, secretary, deps } = await twoMeetings();
    const set = (input: Record<string, string>) =>
      app.setFollowUp({ councilId, actorId: secretary, pointId: 'm0001/2.1', ...input });
    expect(await set({ pointId: 'm0001/3.1', status: 'done' })).toMatchObject({
      code: 'follow_up_point_not_found',
    });
    expect(await set({ pointId: 'm0404/2.1', status: 'done' })).toMatchObject({
      code: 'follow_up_point_not_found',
    });
    expect(await set({ due: '2027-02-30' })).toMatchObject({ code: 'invalid_input', field: 'due' });
    expect(await set({})).toMatchObject({ code: 'follow_up_nothing_to_set' });
    expect((await deps.followUp.followUpEdits(councilId, ['m0001'])).get('m0001')).toEqual(
      new Map(),
    );
  });
});

describe('the referat of a meeting with recorded decisions', () => {
  it('prints them as the items’ Beslutning, and importing it again gives them back', async () => {
    const { app, secretary, on, council } = await anAppWithHeldMeeting();
    await app.recordDecision({
      ...on('2.1'),
      actorId: secretary,
      text: 'Rådet vedtog indstillingen (For 12, Imod 2, Undlader 1)',
    });
    await app.noteItem({ ...on('3.1'), actorId: secretary, text: 'Taget til efterretning.' });
    const shown = await app.showMeeting({ councilId, meetingId: 'm0001' });
    if (!shown.ok) throw new Error(shown.code);
    const markdown = minutesMarkdown(minutesOfRecord(council, shown.value), 'da');
    const again = await app.previewAgendaImport({ format: 'markdown', text: markdown });
    if (!again.ok) throw new Error(again.code);
    expect(again.value.items.map((item) => item.fields.beslutning)).toEqual([
      'Rådet vedtog indstillingen (For 12, Imod 2, Undlader 1)',
      'Taget til efterretning.',
      undefined,
      'Rådet godkendte planen.',
    ]);
  });
});
