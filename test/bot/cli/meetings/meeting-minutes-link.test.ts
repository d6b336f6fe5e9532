import { describe, expect, it } from 'vitest';
import { validForMinutes } from '../../../../src/bot/cli/meetings/meeting-minutes-link.ts';
import { cliParts } from '../../../../src/capabilities/index.ts';
import { anAppWithCouncil } from '../../../fakes/in-memory-app.ts';
import { cliOf } from '../../../support/cli-runner.ts';

describe('--valid for a link to the referat', () => {
  it('reads days, hours (t or h) and minutes, up to 30 days', () => {
    expect(validForMinutes('7d')).toBe(7 * 24 * 60);
    expect(validForMinutes('12t')).toBe(12 * 60);
    expect(validForMinutes('12H')).toBe(12 * 60);
    expect(validForMinutes(' 30 m ')).toBe(30);
    expect(validForMinutes('30d')).toBe(30 * 24 * 60);
    for (const bad of ['31d', '0m', '7', 'd', '-1d', '1.5d', '1w', ''])
      expect(validForMinutes(bad), bad).toBeUndefined();
  });
});

describe('meeting minutes MEETING --url in an English council', () => {
  it("says the link and its expiry in the council's language and time", async () => {
    const setup = await anAppWithCouncil();
    await setup.deps.councils.saveCouncil({ ...setup.council, locale: 'en' });
    const created = await setup.app.createMeeting({
      councilId: setup.council.id,
      actorId: 'sekretariat',
      title: 'Council meeting',
      start: '2026-12-03T13:00',
      end: '2026-12-03T16:00',
    });
    if (!created.ok) throw new Error(created.code);
    const cli = cliOf(() => ({ useCases: setup.app, deps: setup.deps }), cliParts());
    const answer = await cli(
      'meeting',
      'minutes',
      created.value.meeting.id,
      '--url',
      '--format',
      'md',
      '--valid',
      '2d',
    );
    expect(answer.err).toBe('');
    expect(answer.code).toBe(0);
    const [said, url] = answer.out.trim().split('\n');
    expect(said).toBe('Link to the minutes as Markdown, valid until 25/11/2026 at 09:00:');
    expect(url).toMatch(/^https:\/\/raadsbot\.test\/files\//);
  });
});
