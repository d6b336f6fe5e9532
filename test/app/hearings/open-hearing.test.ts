import { describe, expect, it } from 'vitest';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';

const proposal = {
  councilId: 'rar-test',
  title: 'Positivlisten for 2. halvår',
  proposal: 'Sekretariatet indstiller, at Rådet godkender positivlisten.',
  deadlineDate: '2026-11-27',
  deadlineTime: '12:00',
};

describe('opening a hearing', () => {
  it('the secretariat opens a vote with a deadline in council time, scheduled and announced', async () => {
    const { app, roster, scheduler, notifier } = await anAppWithCouncil();
    const opened = await app.openHearing({ ...proposal, actorId: roster.secretary.id });
    if (!opened.ok) throw new Error(opened.code);
    expect(opened.value).toMatchObject({
      state: 'open',
      mode: 'vote',
      deadline: '2026-11-27T11:00:00.000Z',
    });
    expect(scheduler.closeScheduledFor(opened.value.id)).toBe('2026-11-27T11:00:00.000Z');
    expect(scheduler.plans.get(opened.value.id)?.reminders.map((r) => r.key)).toEqual([
      'day-before',
      'two-hours',
    ]);
    expect(notifier.kinds()).toEqual(['hearing_opened']);
  });

  it('the chair may open one too', async () => {
    const { app, roster } = await anAppWithCouncil();
    expect((await app.openHearing({ ...proposal, actorId: roster.chair.id })).ok).toBe(true);
  });

  it('a member is politely refused and nothing is created', async () => {
    const { app, deps, roster, notifier } = await anAppWithCouncil();
    const refused = await app.openHearing({ ...proposal, actorId: roster.members[0]!.id });
    expect(refused).toMatchObject({ ok: false, code: 'not_allowed_to_open' });
    expect(await deps.hearings.openHearings('rar-test')).toEqual([]);
    expect(notifier.notices).toEqual([]);
  });

  it('an empty title is named as the field to fix', async () => {
    const { app, roster, deps } = await anAppWithCouncil();
    const result = await app.openHearing({
      ...proposal,
      title: '   ',
      actorId: roster.secretary.id,
    });
    expect(result).toMatchObject({
      ok: false,
      code: 'invalid_input',
      field: 'title',
      params: { problem: 'required' },
    });
    expect(await deps.hearings.openHearings('rar-test')).toEqual([]);
  });

  it('a malformed date, a date that does not exist and a deadline in the past are each refused', async () => {
    const { app, roster } = await anAppWithCouncil();
    const actorId = roster.secretary.id;
    expect(
      await app.openHearing({ ...proposal, actorId, deadlineDate: '27/11/2026' }),
    ).toMatchObject({
      field: 'deadlineDate',
      params: { problem: 'invalid_date' },
    });
    expect(
      await app.openHearing({ ...proposal, actorId, deadlineDate: '2026-02-30' }),
    ).toMatchObject({
      field: 'deadlineDate',
    });
    expect(
      await app.openHearing({ ...proposal, actorId, deadlineDate: '2026-11-20' }),
    ).toMatchObject({
      code: 'deadline_in_past',
      field: 'deadline',
    });
  });

  it('an unknown mode lists the modes to choose from', async () => {
    const { app, roster } = await anAppWithCouncil();
    const result = await app.openHearing({
      ...proposal,
      actorId: roster.secretary.id,
      mode: 'poll' as never,
    });
    expect(result).toMatchObject({
      field: 'mode',
      params: { problem: 'invalid_option', options: 'vote, silence, comments' },
    });
  });

  it('a stranger is told they are not on the roster', async () => {
    const { app } = await anAppWithCouncil();
    expect(await app.openHearing({ ...proposal, actorId: 'someone-else' })).toMatchObject({
      code: 'not_on_roster',
    });
  });

  it('a draft is kept without being announced or scheduled', async () => {
    const { app, roster, scheduler, notifier } = await anAppWithCouncil();
    const draft = await app.openHearing({
      ...proposal,
      actorId: roster.secretary.id,
      asDraft: true,
    });
    expect(draft).toMatchObject({ ok: true, value: { state: 'draft' } });
    expect(scheduler.plans.size).toBe(0);
    expect(notifier.notices).toEqual([]);
  });

  it('a draft is sent in høring later: opened, scheduled and announced then', async () => {
    const { app, roster, scheduler, notifier } = await anAppWithCouncil();
    const draft = await app.openHearing({
      ...proposal,
      actorId: roster.secretary.id,
      asDraft: true,
    });
    if (!draft.ok) throw new Error(draft.code);
    expect(
      await app.publishDraft({
        councilId: 'rar-test',
        hearingId: draft.value.id,
        actorId: roster.members[0]!.id,
      }),
    ).toMatchObject({
      code: 'not_allowed_to_open',
    });
    const opened = await app.publishDraft({
      councilId: 'rar-test',
      hearingId: draft.value.id,
      actorId: roster.chair.id,
    });
    expect(opened).toMatchObject({ ok: true, value: { state: 'open' } });
    expect(scheduler.closeScheduledFor(draft.value.id)).toBe('2026-11-27T11:00:00.000Z');
    expect(notifier.kinds()).toEqual(['hearing_opened']);
    expect(
      await app.publishDraft({
        councilId: 'rar-test',
        hearingId: draft.value.id,
        actorId: roster.chair.id,
      }),
    ).toMatchObject({
      code: 'hearing_not_open',
    });
  });

  describe("on a meeting's agenda", () => {
    const onAgenda = async () => {
      const setup = await anAppWithCouncil();
      await setup.deps.meetings.saveMeeting({
        meeting: {
          id: 'm0001',
          councilId: 'rar-test',
          title: 'Rådsmøde',
          start: '2026-12-03T13:00',
          end: '2026-12-03T16:00',
          status: 'agenda_published',
        },
        items: [
          {
            number: [2, 1],
            title: 'Positivlisten',
            kinds: ['B'],
            presentation: false,
            presenters: [],
            fields: { bilag: [], other: [] },
          },
        ],
        attendance: [],
      });
      return setup;
    };

    it('a hearing on item 2.1 of a meeting carries the link to both', async () => {
      const { app, roster } = await onAgenda();
      const opened = await app.openHearing({
        ...proposal,
        actorId: roster.secretary.id,
        meetingId: 'm0001',
        agendaItem: '2.1',
      });
      expect(opened).toMatchObject({ ok: true, value: { meetingId: 'm0001', agendaItem: '2.1' } });
    });

    it('a meeting without an item, an item not on its agenda, an unknown or a cancelled meeting are refused, and nothing is opened', async () => {
      const { app, roster, deps } = await onAgenda();
      const open = (link: { meetingId: string; agendaItem?: string }) =>
        app.openHearing({ ...proposal, actorId: roster.secretary.id, ...link });
      expect(await open({ meetingId: 'm0001' })).toMatchObject({
        ok: false,
        code: 'agenda_item_needed_with_meeting',
        field: 'agendaItem',
      });
      expect(await open({ meetingId: 'm0001', agendaItem: '2.2' })).toMatchObject({
        ok: false,
        code: 'agenda_item_not_on_meeting',
        params: { item: '2.2', title: 'Rådsmøde' },
      });
      expect(await open({ meetingId: 'm0404', agendaItem: '2.1' })).toMatchObject({
        ok: false,
        code: 'meeting_not_found',
      });
      await deps.meetings.markCancelled(
        'rar-test',
        'm0001',
        new Date('2026-11-23T08:00:00.000Z'),
        roster.secretary.id,
      );
      expect(await open({ meetingId: 'm0001', agendaItem: '2.1' })).toMatchObject({
        ok: false,
        code: 'meeting_cancelled',
      });
      expect(await deps.hearings.openHearings('rar-test')).toEqual([]);
    });

    it('the suppleant votes in it for a member who sent afbud for the meeting', async () => {
      const { app, roster, deps } = await onAgenda();
      const opened = await app.openHearing({
        ...proposal,
        actorId: roster.secretary.id,
        meetingId: 'm0001',
        agendaItem: '2.1',
      });
      if (!opened.ok) throw new Error(opened.code);
      const principal = roster.substitute.substituteFor ?? '';
      await deps.absences.addAbsence('rar-test', {
        memberId: principal,
        scope: { kind: 'meeting', meetingId: 'm0001' },
        registeredAt: '2026-11-20T09:00:00.000Z',
      });
      const vote = (actorId: string) =>
        app.castBallot({
          councilId: 'rar-test',
          hearingId: opened.value.id,
          actorId,
          choice: 'for',
        });
      expect(await vote(principal)).toMatchObject({ ok: false, code: 'seat_held_by_substitute' });
      expect(await vote(roster.substitute.id)).toMatchObject({ ok: true });
    });
  });
});
