import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../fakes/fixed-clock.ts';
import { startTestRaadsbot, type TestRaadsbot } from '../../support/start-test-raadsbot.ts';

/**
 * The meeting's calendar invitation behind a signed link, as the published
 * agenda links to it: the real service (real Redis, real HTTP server) makes
 * the .ics when the link is opened, so a moved meeting gives the new time.
 */
const clock = new FixedClock('2026-11-23T08:00:00.000Z');
let bot: TestRaadsbot;
let meetingId: string;

beforeAll(async () => {
  bot = await startTestRaadsbot({ RUN_WORKERS: 'false' }, { label: 'invitation-links', clock });
  const roster = await bot.useCases.importRoster({
    format: 'yaml',
    text: `council: { id: rar-ics, name: RAR Kalenderby }
members:
  - { id: sek, name: Sofie Sekretær, organisation: Sekretariatet, role: sekretariat }
  - { id: fm, name: Frode Formand, organisation: DA, role: formand }
`,
  });
  if (!roster.ok) throw new Error(roster.code);
  const created = await bot.useCases.createMeeting({
    councilId: 'rar-ics',
    actorId: 'sek',
    title: 'Rådsmøde',
    start: '2026-12-10T13:00',
    end: '2026-12-10T16:00',
    place: 'Havnehuset',
  });
  if (!created.ok) throw new Error(created.code);
  meetingId = created.value.meeting.id;
});
afterAll(async () => bot?.shutdown());

const linkTo = async (id: string) => {
  const made = await bot.useCases.invitationLink({ councilId: 'rar-ics', meetingId: id });
  if (!made.ok) throw new Error(made.code);
  return made.value.url;
};

describe("a meeting's calendar invitation behind a signed link", () => {
  it('serves the .ics with the meeting as it is when opened: a move gives the new time', async () => {
    const url = await linkTo(meetingId);
    expect(url.startsWith(`${bot.url}/files/`)).toBe(true);

    const first = await fetch(url);
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    expect(first.headers.get('content-disposition')).toContain('.ics');
    const ics = await first.text();
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('SUMMARY:Rådsmøde');
    expect(ics).toContain('LOCATION:Havnehuset');

    const moved = await bot.useCases.moveMeeting({
      councilId: 'rar-ics',
      actorId: 'sek',
      meetingId,
      start: '2026-12-11T09:00',
      end: '2026-12-11T12:00',
    });
    expect(moved.ok).toBe(true);
    const again = await (await fetch(url)).text();
    expect(again).toContain('SEQUENCE:1');
    expect(again).not.toBe(ics);
  });

  it("leaves other links to the referat's route: a referat link still serves the referat", async () => {
    const referat = await bot.useCases.minutesLink({
      councilId: 'rar-ics',
      meetingId,
      format: 'md',
    });
    if (!referat.ok) throw new Error(referat.code);
    const served = await fetch(referat.value.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
  });

  it('serves the agenda as a document of its own: "Dagsorden til …", not a referat', async () => {
    const agenda = await bot.useCases.minutesLink({
      councilId: 'rar-ics',
      meetingId,
      format: 'md',
      document: 'agenda',
    });
    if (!agenda.ok) throw new Error(agenda.code);
    const served = await fetch(agenda.value.url);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-disposition')).toContain('Dagsorden');
    const text = await served.text();
    expect(text).toContain('Dagsorden til Rådsmøde');
    expect(text).not.toContain('Referat af');
  });

  it('a tampered link is a plain 404 and an unknown meeting never gets a link', async () => {
    const url = await linkTo(meetingId);
    const tampered = `${url.slice(0, -3)}${url.endsWith('AAA') ? 'BBB' : 'AAA'}`;
    expect((await fetch(tampered)).status).toBe(404);
    const unknown = await bot.useCases.invitationLink({
      councilId: 'rar-ics',
      meetingId: 'm-unknown',
    });
    expect(unknown.ok ? 'made' : unknown.code).toBe('meeting_not_found');
  });

  it('an expired link is 410, as for the referat', async () => {
    const url = await linkTo(meetingId);
    const before = clock.now();
    clock.advance(61 * 24 * 60 * 60_000);
    try {
      expect((await fetch(url)).status).toBe(410);
    } finally {
      clock.set(before);
    }
  });
});
