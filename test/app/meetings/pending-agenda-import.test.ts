import { describe, expect, it } from 'vitest';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';

const councilId = 'rar-test';

const agenda = `RAR Søhøjlandet
Dagsorden til Rådsmøde
den 12. marts 2099, kl. 13.00 til 16.00

1. Rådets arbejde

1.1 Velkomst (O)
Sagen kort: Formanden byder velkommen.

1.2 Budget for 2099 (B)
Indstilling: Det indstilles, at Rådet godkender budgettet.
`;

/** The same items, but a header that says nothing of when. */
const withoutHeader = agenda.split('\n').slice(3).join('\n');

describe('an agenda from chat, previewed before it is stored', () => {
  it('keeps the preview unstored, lists the planned meetings, and stores it once however often it is confirmed', async () => {
    const { app, deps } = await anAppWithCouncil();
    const planned = await app.createMeeting({
      councilId,
      actorId: 'sekretariat',
      title: 'Rådsmøde i marts',
      start: '2099-03-12T13:00',
      end: '2099-03-12T16:00',
    });
    if (!planned.ok) throw new Error(planned.code);
    const staged = await app.stageAgendaImport({
      councilId,
      actorId: 'sekretariat',
      format: 'text',
      text: agenda,
      fileName: 'dagsorden.txt',
    });
    if (!staged.ok) throw new Error(staged.code);
    expect(staged.value.minutes.items.map((item) => item.title)).toEqual([
      'Velkomst',
      'Budget for 2099',
    ]);
    expect(staged.value.plannedMeetings.map((meeting) => meeting.title)).toEqual([
      'Rådsmøde i marts',
    ]);
    expect(await deps.meetings.meetings(councilId)).toHaveLength(1);

    const confirm = () =>
      app.confirmAgendaImport({
        councilId,
        actorId: 'sekretariat',
        pendingId: staged.value.pendingId,
      });
    const [first, second] = await Promise.all([confirm(), confirm()]);
    expect([first.ok, second.ok].sort()).toEqual([false, true]);
    expect(first.ok ? second : first).toMatchObject({ code: 'agenda_import_not_pending' });
    expect(await deps.meetings.meetings(councilId)).toHaveLength(2);
  });

  it('keeps a preview whose header says nothing of when, so it can go into a planned meeting instead', async () => {
    const { app, deps } = await anAppWithCouncil();
    const planned = await app.createMeeting({
      councilId,
      actorId: 'sekretariat',
      title: 'Rådsmøde',
      start: '2099-03-12T13:00',
      end: '2099-03-12T16:00',
    });
    if (!planned.ok) throw new Error(planned.code);
    const staged = await app.stageAgendaImport({
      councilId,
      actorId: 'sekretariat',
      format: 'text',
      text: withoutHeader,
    });
    if (!staged.ok) throw new Error(staged.code);
    const base = { councilId, actorId: 'sekretariat', pendingId: staged.value.pendingId };
    expect(await app.confirmAgendaImport(base)).toMatchObject({
      ok: false,
      code: 'meeting_time_missing',
    });
    const stored = await app.confirmAgendaImport({ ...base, meetingId: planned.value.meeting.id });
    expect(stored.ok).toBe(true);
    const [meeting] = await deps.meetings.meetings(councilId);
    expect(meeting?.items).toHaveLength(2);
  });

  it('refuses a member, a forged id and a cancelled preview; nothing is stored', async () => {
    const { app, deps } = await anAppWithCouncil();
    expect(
      await app.stageAgendaImport({ councilId, actorId: 'm001', format: 'text', text: agenda }),
    ).toMatchObject({ ok: false, code: 'not_allowed_to_manage_meetings' });
    expect(await app.mayImportAgenda({ councilId, actorId: 'm001' })).toMatchObject({
      ok: false,
      code: 'not_allowed_to_manage_meetings',
    });
    const staged = await app.stageAgendaImport({
      councilId,
      actorId: 'sekretariat',
      format: 'text',
      text: agenda,
    });
    if (!staged.ok) throw new Error(staged.code);
    const base = { councilId, actorId: 'sekretariat' };
    expect(await app.confirmAgendaImport({ ...base, pendingId: '../other:council' })).toMatchObject(
      { ok: false, code: 'invalid_input', field: 'pendingId' },
    );
    expect(
      await app.confirmAgendaImport({
        councilId,
        actorId: 'm001',
        pendingId: staged.value.pendingId,
      }),
    ).toMatchObject({ ok: false, code: 'not_allowed_to_manage_meetings' });
    expect(await app.cancelAgendaImport({ ...base, pendingId: staged.value.pendingId })).toEqual({
      ok: true,
      value: { dropped: true },
    });
    expect(
      await app.confirmAgendaImport({ ...base, pendingId: staged.value.pendingId }),
    ).toMatchObject({ ok: false, code: 'agenda_import_not_pending' });
    expect(await deps.meetings.meetings(councilId)).toEqual([]);
  });
});
