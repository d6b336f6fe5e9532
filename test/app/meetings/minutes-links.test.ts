import { describe, expect, it } from 'vitest';
import { anAppWithCouncil } from '../../fakes/in-memory-app.ts';

const councilId = 'rar-test';

/** A planned Rådsmøde on Thursday 3 December 2026; the app's clock stands at Monday 23 November, 09.00. */
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

const tokenOf = (url: string) => url.split('/files/')[1] ?? '';

describe('minutesLink', () => {
  it('links to the Word referat for a week unless told otherwise', async () => {
    const { app, meetingId } = await anAppWithMeeting();
    const link = await app.minutesLink({ councilId, meetingId });
    expect(link).toEqual({
      ok: true,
      value: {
        url: expect.stringMatching(/^https:\/\/raadsbot\.test\/files\/[\w-]+\.[\w-]{43}$/),
        format: 'docx',
        expiresAt: '2026-11-30T08:00:00.000Z',
      },
    });
  });

  it('names the field at fault and makes no link for bad input', async () => {
    const { app, meetingId } = await anAppWithMeeting();
    expect(await app.minutesLink({ councilId, meetingId, format: 'pdf' as 'md' })).toMatchObject({
      ok: false,
      code: 'invalid_input',
      field: 'format',
    });
    for (const validForMinutes of [0, 30 * 24 * 60 + 1, 1.5])
      expect(await app.minutesLink({ councilId, meetingId, validForMinutes })).toMatchObject({
        ok: false,
        code: 'invalid_input',
        field: 'validForMinutes',
      });
    expect(await app.minutesLink({ councilId, meetingId: 'm-none' })).toMatchObject({
      ok: false,
      code: 'meeting_not_found',
    });
  });
});

describe('openMinutesLink', () => {
  it('gives the council, the meeting as shown now and the format, until the link expires', async () => {
    const { app, clock, meetingId } = await anAppWithMeeting();
    const link = await app.minutesLink({ councilId, meetingId, format: 'md', validForMinutes: 60 });
    if (!link.ok) throw new Error(link.code);
    const opened = await app.openMinutesLink({ token: tokenOf(link.value.url) });
    expect(opened.ok && opened.value.format).toBe('md');
    expect(opened.ok && opened.value.council.id).toBe(councilId);
    expect(opened.ok && opened.value.meeting.meeting.title).toBe('Rådsmøde');

    clock.advance({ minutes: 60 });
    expect(await app.openMinutesLink({ token: tokenOf(link.value.url) })).toEqual({
      ok: false,
      code: 'minutes_link_expired',
    });
  });

  it("refuses a link signed for something other than a meeting's document as if it were forged", async () => {
    const { app, deps, meetingId } = await anAppWithMeeting();
    const later = new Date('2026-12-01T00:00:00Z');
    for (const subject of [
      ['invitation', councilId, meetingId, 'md'],
      ['minutes', councilId, meetingId, 'pdf'],
      ['minutes', councilId, meetingId, 'md', 'extra'],
    ]) {
      const url = await deps.fileLinks.link(subject, later);
      expect(await app.openMinutesLink({ token: tokenOf(url) })).toEqual({
        ok: false,
        code: 'minutes_link_invalid',
      });
    }
    expect(await app.openMinutesLink({ token: 'x'.repeat(10_000) })).toEqual({
      ok: false,
      code: 'minutes_link_invalid',
    });
  });

  it('answers a signed link to a meeting that is not there as not found', async () => {
    const { app, deps } = await anAppWithMeeting();
    const url = await deps.fileLinks.link(
      ['minutes', councilId, 'm-gone', 'docx'],
      new Date('2026-12-01T00:00:00Z'),
    );
    expect(await app.openMinutesLink({ token: tokenOf(url) })).toMatchObject({
      ok: false,
      code: 'meeting_not_found',
    });
  });
});
