import { describe, expect, it } from 'vitest';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';
import { fixture } from './fixture-files.ts';
import { minutesMarkdown } from '../../../src/bot/present/meetings/minutes/minutes-markdown.ts';
import { minutesOfRecord } from '../../../src/bot/present/meetings/minutes/minutes-of-record.ts';

const councilId = 'rar-test';

/** A planned Rådsmøde on Thursday 3 December 2026, created by the secretariat. */
async function anAppWithMeeting() {
  const setup = await anAppWithCouncil();
  const created = await setup.app.createMeeting({
    councilId,
    actorId: 'sekretariat',
    title: 'Rådsmøde',
    start: '2026-12-03T13:00',
    end: '2026-12-03T16:00',
  });
  if (!created.ok) throw new Error(created.code);
  return { ...setup, meetingId: created.value.meeting.id };
}

describe('createMeeting', () => {
  it('puts a planned meeting with no items on the calendar, with an id from the id source', async () => {
    const { app, deps } = await anAppWithCouncil();
    const created = await app.createMeeting({
      councilId,
      actorId: 'formand',
      title: 'Formandskabsmøde',
      start: '2026-12-03T09:00',
      end: '2026-12-03T10:30',
      place: 'Havnehuset',
      onlineLink: 'https://meet.example.org/formandskab',
      afbudDeadline: '2026-11-30T12:00',
    });
    expect(created).toEqual({
      ok: true,
      value: {
        meeting: {
          id: 'm0001',
          councilId,
          title: 'Formandskabsmøde',
          start: '2026-12-03T09:00',
          end: '2026-12-03T10:30',
          place: 'Havnehuset',
          onlineLink: 'https://meet.example.org/formandskab',
          afbudDeadline: '2026-11-30T12:00',
          status: 'planned',
        },
        items: [],
        attendance: [],
      },
    });
    expect(await deps.meetings.meeting(councilId, 'm0001')).toEqual(
      created.ok ? created.value : undefined,
    );
  });

  it('is for the secretariat and the chair group only', async () => {
    const { app, deps } = await anAppWithCouncil();
    const input = {
      councilId,
      title: 'Rådsmøde',
      start: '2026-12-03T13:00',
      end: '2026-12-03T16:00',
    };
    expect(await app.createMeeting({ ...input, actorId: 'm001' })).toEqual({
      ok: false,
      code: 'not_allowed_to_manage_meetings',
    });
    expect(await app.createMeeting({ ...input, actorId: 'nobody' })).toMatchObject({
      ok: false,
      code: 'not_on_roster',
    });
    expect((await app.createMeeting({ ...input, actorId: 'naestformand' })).ok).toBe(true);
    expect(await deps.meetings.meetings(councilId)).toHaveLength(1);
  });

  it('names the field of bad input and stores nothing', async () => {
    const { app, deps } = await anAppWithCouncil();
    const good = {
      councilId,
      actorId: 'sekretariat',
      title: 'Rådsmøde',
      start: '2026-12-03T13:00',
      end: '2026-12-03T16:00',
    };
    expect(await app.createMeeting({ ...good, title: ' ' })).toMatchObject({
      code: 'invalid_input',
      field: 'title',
      params: { problem: 'required' },
    });
    expect(await app.createMeeting({ ...good, start: '2026-02-30T13:00' })).toMatchObject({
      code: 'invalid_input',
      field: 'start',
      params: { problem: 'invalid_date_time' },
    });
    expect(await app.createMeeting({ ...good, end: '2026-12-03T12:00' })).toEqual({
      ok: false,
      code: 'meeting_end_before_start',
      field: 'end',
    });
    expect(await app.createMeeting({ ...good, onlineLink: 'møde i kantinen' })).toMatchObject({
      code: 'invalid_input',
      field: 'onlineLink',
      params: { problem: 'invalid_link' },
    });
    expect(await app.createMeeting({ ...good, afbudDeadline: 'fredag' })).toMatchObject({
      code: 'invalid_input',
      field: 'afbudDeadline',
    });
    expect(await deps.meetings.meetings(councilId)).toEqual([]);
  });
});

describe('listMeetings and showMeeting', () => {
  it('refuses an afbud deadline after the meeting has begun, and stores nothing', async () => {
    const { app, deps } = await anAppWithCouncil();
    expect(
      await app.createMeeting({
        councilId,
        actorId: 'sekretariat',
        title: 'Rådsmøde',
        start: '2026-12-03T13:00',
        end: '2026-12-03T16:00',
        afbudDeadline: '2026-12-04T12:00',
      }),
    ).toEqual({ ok: false, code: 'meeting_afbud_deadline_after_start', field: 'afbudDeadline' });
    expect(await deps.meetings.meetings(councilId)).toEqual([]);
  });

  it('refuses a time the clock skips when summer time begins, naming the field', async () => {
    const { app, deps } = await anAppWithCouncil();
    expect(
      await app.createMeeting({
        councilId,
        actorId: 'sekretariat',
        title: 'Natmøde',
        start: '2027-03-28T02:30',
        end: '2027-03-28T05:00',
      }),
    ).toEqual({
      ok: false,
      code: 'meeting_time_skipped',
      field: 'start',
      params: { time: '2027-03-28T02:30' },
    });
    expect(await deps.meetings.meetings(councilId)).toEqual([]);
  });

  it('lists the upcoming meetings first, soonest first, then the past ones, latest first', async () => {
    // The clock says Monday 23 November 2026, 09.00 in Copenhagen.
    const { app } = await anAppWithCouncil();
    const starts = ['2026-11-02T13:00', '2026-12-10T13:00', '2026-11-23T09:00', '2026-10-05T13:00'];
    for (const start of starts)
      await app.createMeeting({
        councilId,
        actorId: 'sekretariat',
        title: `Møde ${start}`,
        start,
        end: `${start.slice(0, 10)}T17:00`,
      });
    const listed = await app.listMeetings({ councilId });
    expect(listed.ok && listed.value.map((record) => record.meeting.start)).toEqual([
      '2026-11-23T09:00',
      '2026-12-10T13:00',
      '2026-11-02T13:00',
      '2026-10-05T13:00',
    ]);
  });

  it('shows one meeting, and says when there is no such meeting', async () => {
    const { app, meetingId } = await anAppWithMeeting();
    const shown = await app.showMeeting({ councilId, meetingId });
    expect(shown.ok && shown.value.meeting.title).toBe('Rådsmøde');
    expect(await app.showMeeting({ councilId, meetingId: 'm0404' })).toEqual({
      ok: false,
      code: 'meeting_not_found',
      field: 'meetingId',
    });
    expect(await app.listMeetings({ councilId: 'rar-unknown' })).toMatchObject({
      code: 'council_not_found',
    });
  });
});

describe('importAgendaIntoMeeting', () => {
  it('fills the meeting with the items, and takes header fields only where it has none', async () => {
    const { app, deps, meetingId } = await anAppWithMeeting();
    await deps.meetings.saveMeeting({
      ...(await deps.meetings.meeting(councilId, meetingId))!,
      meeting: {
        ...(await deps.meetings.meeting(councilId, meetingId))!.meeting,
        place: 'Rådhuset',
      },
    });
    const imported = await app.importAgendaIntoMeeting({
      councilId,
      actorId: 'sekretariat',
      meetingId,
      format: 'markdown',
      text: fixture('markdown-dagsorden.md'),
    });
    if (!imported.ok) throw new Error(imported.code);
    expect(imported.value.created).toBe(false);
    const stored = await deps.meetings.meeting(councilId, meetingId);
    // The meeting's own title, time and place stay; the file gives the link it had not.
    expect(stored?.meeting).toEqual({
      id: meetingId,
      councilId,
      title: 'Rådsmøde',
      start: '2026-12-03T13:00',
      end: '2026-12-03T16:00',
      place: 'Rådhuset',
      onlineLink: 'https://meet.example.org/kystlandet-raad',
      // "Mødet sluttede kl. 15.50": the minutes' fact, kept for the referat.
      endedAt: '15:50',
      status: 'planned',
    });
    expect(stored?.items.map((item) => item.number.join('.'))).toEqual(['0.1.1', '0.1.2', '1.1.1']);
    expect(stored?.items[0]?.kinds).toEqual(['O', 'D']);
    expect(stored?.attendance.map((group) => group.organisation)).toEqual([
      'FH',
      'DA',
      'Oplægsholdere',
    ]);
    expect(stored).toEqual(imported.value.record);
    expect(minutesMarkdown(minutesOfRecord({ name: 'RAR Kystlandet' }, stored!))).toContain(
      'Mødet sluttede kl. 15.50',
    );
  });

  it('creates the meeting from the header when no meeting is given', async () => {
    const { app, deps } = await anAppWithCouncil();
    const imported = await app.importAgendaIntoMeeting({
      councilId,
      actorId: 'formand',
      format: 'markdown',
      text: fixture('markdown-dagsorden.md'),
    });
    if (!imported.ok) throw new Error(imported.code);
    expect(imported.value.created).toBe(true);
    expect(imported.value.record.meeting).toEqual({
      id: 'm0001',
      councilId,
      title: 'Rådsmøde',
      start: '2023-09-28T13:00',
      end: '2023-09-28T16:00',
      place: 'Havnehuset, mødelokale 2',
      onlineLink: 'https://meet.example.org/kystlandet-raad',
      endedAt: '15:50',
      status: 'planned',
    });
    expect(await deps.meetings.meeting(councilId, 'm0001')).toEqual(imported.value.record);
  });

  it('refuses a file that does not say when, a cancelled or unknown meeting, and other members; storing nothing', async () => {
    const { app, deps, meetingId } = await anAppWithMeeting();
    const agenda = fixture('markdown-dagsorden.md');
    const base = { councilId, actorId: 'sekretariat', format: 'markdown' as const };
    expect(
      await app.importAgendaIntoMeeting({
        ...base,
        text: '- 1.1.1 Punkt (B)\nBeslutning Godkendt.\n',
      }),
    ).toEqual({
      ok: false,
      code: 'meeting_time_missing',
      field: 'text',
      params: { part: 'title' },
    });
    expect(
      await app.importAgendaIntoMeeting({ ...base, meetingId: 'm0404', text: agenda }),
    ).toEqual({ ok: false, code: 'meeting_not_found', field: 'meetingId' });
    expect(
      await app.importAgendaIntoMeeting({ ...base, actorId: 'm002', meetingId, text: agenda }),
    ).toEqual({ ok: false, code: 'not_allowed_to_manage_meetings' });
    expect(await app.importAgendaIntoMeeting({ ...base, meetingId, text: ' \n' })).toMatchObject({
      code: 'agenda_text_empty',
    });
    expect(
      await app.importAgendaIntoMeeting({ ...base, meetingId: 'm 1', text: agenda }),
    ).toMatchObject({ code: 'invalid_input', field: 'meetingId' });
    await app.cancelMeeting({ councilId, actorId: 'sekretariat', meetingId });
    expect(await app.importAgendaIntoMeeting({ ...base, meetingId, text: agenda })).toEqual({
      ok: false,
      code: 'meeting_cancelled',
      field: 'meetingId',
    });
    expect(await deps.meetings.meetings(councilId)).toHaveLength(1);
    expect((await deps.meetings.meeting(councilId, meetingId))?.items).toEqual([]);
  });

  it('never replaces an agenda with a file of no items, drops an item that has a decision, or touches minutes out for approval', async () => {
    const { app, deps, clock, meetingId } = await anAppWithMeeting();
    const base = { councilId, actorId: 'sekretariat', meetingId, format: 'markdown' as const };
    const agenda = fixture('markdown-dagsorden.md');
    expect((await app.importAgendaIntoMeeting({ ...base, text: agenda })).ok).toBe(true);
    const before = await deps.meetings.meeting(councilId, meetingId);

    expect(
      await app.importAgendaIntoMeeting({ ...base, text: 'Noter fra frokosten\nIntet andet.\n' }),
    ).toEqual({ ok: false, code: 'agenda_import_without_items', params: { count: 3 } });

    await app.recordDecision({
      councilId,
      actorId: 'sekretariat',
      meetingId,
      itemNumber: '0.1.2',
      text: 'Indstillingen blev godkendt.',
    });
    const withoutItem = agenda.replace(/### 0\.1\.2[\s\S]*?(?=## 1\.)/, '');
    expect(await app.importAgendaIntoMeeting({ ...base, text: withoutItem })).toEqual({
      ok: false,
      code: 'agenda_import_drops_decisions',
      params: { items: '0.1.2' },
    });

    clock.set('2026-12-03T15:30:00.000Z');
    const sent = await app.sendMinutesForApproval({
      councilId,
      actorId: 'sekretariat',
      meetingId,
      deadline: '2026-12-10T12:00',
    });
    if (!sent.ok) throw new Error(sent.code);
    expect(await app.importAgendaIntoMeeting({ ...base, text: agenda })).toEqual({
      ok: false,
      code: 'meeting_minutes_locked',
      field: 'meetingId',
      params: { status: 'minutes_sent' },
    });
    expect((await deps.meetings.meeting(councilId, meetingId))?.items).toEqual(before?.items);
  });
});

describe('cancelMeeting', () => {
  it('cancels with who and when, once', async () => {
    const { app, deps, meetingId } = await anAppWithMeeting();
    const cancelled = await app.cancelMeeting({ councilId, actorId: 'formand', meetingId });
    expect(cancelled.ok && cancelled.value.meeting).toMatchObject({
      status: 'cancelled',
      cancelledAt: '2026-11-23T08:00:00.000Z',
      cancelledBy: 'formand',
    });
    expect((await deps.meetings.meeting(councilId, meetingId))?.meeting).toEqual(
      cancelled.ok ? cancelled.value.meeting : undefined,
    );
    expect(await app.cancelMeeting({ councilId, actorId: 'sekretariat', meetingId })).toEqual({
      ok: false,
      code: 'meeting_cancelled',
      field: 'meetingId',
    });
  });

  it('only checks, changing nothing, when asked to', async () => {
    const { app, deps, meetingId } = await anAppWithMeeting();
    const checked = await app.cancelMeeting({
      councilId,
      actorId: 'sekretariat',
      meetingId,
      onlyCheck: true,
    });
    expect(checked.ok && checked.value.meeting.status).toBe('planned');
    expect((await deps.meetings.meeting(councilId, meetingId))?.meeting.status).toBe('planned');
    expect(
      await app.cancelMeeting({ councilId, actorId: 'm001', meetingId, onlyCheck: true }),
    ).toEqual({ ok: false, code: 'not_allowed_to_manage_meetings' });
  });

  it('is for the secretariat and the chair group only, and refuses a held meeting', async () => {
    const { app, deps, meetingId } = await anAppWithMeeting();
    expect(await app.cancelMeeting({ councilId, actorId: 'm001', meetingId })).toEqual({
      ok: false,
      code: 'not_allowed_to_manage_meetings',
    });
    const record = (await deps.meetings.meeting(councilId, meetingId))!;
    await deps.meetings.saveMeeting({ ...record, meeting: { ...record.meeting, status: 'held' } });
    expect(await app.cancelMeeting({ councilId, actorId: 'sekretariat', meetingId })).toMatchObject(
      {
        ok: false,
        code: 'meeting_status_invalid',
      },
    );
    expect((await deps.meetings.meeting(councilId, meetingId))?.meeting.status).toBe('held');
  });
});
