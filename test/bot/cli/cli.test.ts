import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FixedClock } from '../../fakes/fixed-clock.ts';
import { instants } from '../../fakes/test-instants.ts';
import { startTestRaadsbot, type TestRaadsbot } from '../../support/start-test-raadsbot.ts';
import { cliOf } from '../../support/cli-runner.ts';

let bot: TestRaadsbot;
/** Saturday 2 January 2027, 10:00 in Copenhagen, for the bot and the CLI alike. */
const clock = new FixedClock(instants.saturdayMorning);
/** A week from now, as the secretariat would type it. */
const inAWeek = '+7d 12:00';
let rosterFile: string;

beforeAll(async () => {
  bot = await startTestRaadsbot({ RUN_WORKERS: 'false' }, { label: 'cli', clock });
  const dir = await mkdtemp(join(tmpdir(), 'raadsbot-cli-'));
  rosterFile = join(dir, 'roster.yaml');
  await writeFile(
    rosterFile,
    `council: { id: rar-cli, name: RAR Kommandolinje }
members:
  - { id: sek, name: Signe Skrivebord, organisation: Sekretariatet, role: sekretariat }
  - { id: fm, name: Folke Mødeleder, organisation: DA, role: formand }
  - { id: m1, name: Mette Mosegård, organisation: FH, role: medlem }
  - { id: m2, name: Jens Jordbær, organisation: KL, role: medlem }
  - { id: s2, name: Bo Birkelund, organisation: KL, role: suppleant, substituteFor: m2 }
`,
  );
});
afterAll(async () => bot?.shutdown());

const cli = cliOf(() => bot);

describe('the command line', () => {
  it('runs a hearing from roster import to result, in Danish', async () => {
    expect((await cli('roster', 'import', rosterFile)).out).toContain('er indlæst: 5 personer');
    const opened = await cli(
      'hearing',
      'open',
      '--council',
      'rar-cli',
      '--as',
      'sek',
      '--title',
      'Årshjul 2027',
      '--proposal',
      'Sekretariatet indstiller, at Rådet godkender årshjulet.',
      '--deadline',
      inAWeek,
    );
    expect(opened.code).toBe(0);
    // A week after Saturday 2 January is a Saturday: accepted, with a note.
    expect(opened.out).toContain('lørdag 9. januar kl. 12.00');
    expect(opened.out).toContain('Fristen ligger på en lørdag.');
    const hearingId = /\[(h[a-z0-9]+)\]/.exec(opened.out)?.[1] ?? '';
    expect(hearingId).not.toBe('');

    expect(
      (await cli('hearing', 'vote', hearingId, 'for', '--council', 'rar-cli', '--as', 'fm')).out,
    ).toBe('Din stemme er registreret: For.\n');
    expect(
      (await cli('hearing', 'vote', hearingId, 'imod', '--council', 'rar-cli', '--as', 'fm')).out,
    ).toBe('Din stemme er ændret fra For til Imod.\n');
    await cli('hearing', 'afbud', hearingId, '--council', 'rar-cli', '--as', 'm2');
    expect(
      (await cli('hearing', 'vote', hearingId, 'for', '--council', 'rar-cli', '--as', 's2')).code,
    ).toBe(0);
    expect(
      (await cli('hearing', 'vote', hearingId, 'for', '--council', 'rar-cli', '--as', 'm1')).code,
    ).toBe(0);

    const closed = await cli('hearing', 'close', hearingId, '--council', 'rar-cli', '--as', 'sek');
    expect(closed.out).toBe('Høringen «Årshjul 2027» er lukket: Vedtaget.\n');
    const shown = await cli('hearing', 'show', hearingId, '--council', 'rar-cli');
    expect(shown.out).toContain('For: 2 · Imod: 1 · Undlader: 0 — 3 af 3 har svaret');
    expect(shown.out).toContain('Bo Birkelund (KL, suppleant for Jens Jordbær): For');
    expect(shown.out).toContain('Folke Mødeleder (DA) ændrede til Imod');
    expect(shown.out).toContain('Lukket af Signe Skrivebord.');
  });

  it('refuses a member who opens a hearing, with exit code 1', async () => {
    await cli('roster', 'import', rosterFile);
    const refused = await cli(
      'hearing',
      'open',
      '--council',
      'rar-cli',
      '--as',
      'm1',
      '--title',
      'T',
      '--proposal',
      'P',
      '--deadline',
      inAWeek,
    );
    expect(refused).toMatchObject({
      code: 1,
      err: 'Kun sekretariatet og formandskabet kan sende sager i høring.\n',
    });
  });

  const openWithDeadline = (...deadline: string[]) =>
    cli(
      'hearing',
      'open',
      '--council',
      'rar-cli',
      '--as',
      'sek',
      '--title',
      'T',
      '--proposal',
      'P',
      ...deadline,
    );

  it('names the field that is wrong, with exit code 2 and an example that lies ahead', async () => {
    await cli('roster', 'import', rosterFile);
    expect(await openWithDeadline('--deadline', '2027-02-30 12:00')).toMatchObject({
      code: 2,
      err: '--deadline: skal være en gyldig dato (ÅÅÅÅ-MM-DD), fx 2027-01-09.\n',
    });
  });

  it('says which --deadline forms it reads, with examples counted from today', async () => {
    await cli('roster', 'import', rosterFile);
    expect(await openWithDeadline('--deadline', '10-01-2030 12:00')).toMatchObject({
      code: 2,
      err: '--deadline «10-01-2030 12:00» kan ikke læses som en frist. Skriv fx «2027-01-09 12:00», «+7d 12:00», «fredag 12:00» eller «i morgen 12:00».\n',
    });
    expect(await openWithDeadline()).toMatchObject({
      code: 2,
      err: 'Angiv fristen med --deadline, fx «2027-01-09 12:00», «+7d 12:00», «fredag 12:00» eller «i morgen 12:00».\n',
    });
  });

  it('takes a weekday name and notes a deadline on a Sunday or a public holiday', async () => {
    await cli('roster', 'import', rosterFile);
    const friday = await openWithDeadline('--deadline', 'fredag 12:00');
    expect(friday.code).toBe(0);
    expect(friday.out).toContain('fredag 8. januar kl. 12.00');
    expect(friday.out).not.toContain('Fristen ligger på');
    const hearingId = /\[(h[a-z0-9]+)\]/.exec(friday.out)?.[1] ?? '';
    const moved = await cli(
      'hearing',
      'deadline',
      hearingId,
      '--deadline',
      'søndag 12:00',
      '--council',
      'rar-cli',
      '--as',
      'sek',
    );
    expect(moved.code).toBe(0);
    expect(moved.out).toContain('søndag 3. januar kl. 12.00');
    expect(moved.out).toContain('Fristen ligger på en søndag.');

    const easter = await openWithDeadline('--deadline', '2027-03-26 12:00');
    expect(easter.code).toBe(0);
    expect(easter.out).toContain('Fristen ligger på en helligdag (Langfredag).');
  });

  it('lists every problem of a bad roster file by line and imports nothing', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'raadsbot-cli-'));
    const bad = join(dir, 'bad.csv');
    await writeFile(
      bad,
      'id,name,organisation,role,substituteFor,slackTeamId,slackUserId,teams\nx1,Ulla Ulvedal,DA,borgmester,,,,\nx2,Per Pilegaard,FH,suppleant,,,,\n',
    );
    const result = await cli('roster', 'import', bad, '--council', 'rar-csv');
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      [
        'Medlemslisten har fejl og er ikke indlæst.',
        'Linje 2, felt «role»: vælg en af: formand, naestformand, medlem, suppleant, tilforordnet, sekretariat.',
        'Linje 3, felt «substituteFor»: en suppleant skal have «substituteFor» (det medlem, suppleanten træder ind for).',
        '',
      ].join('\n'),
    );
    expect((await cli('council', 'list')).out).not.toContain('rar-csv');
  });

  it('binds a Slack workspace to the council, so its members are recognised', async () => {
    await cli('roster', 'import', rosterFile);
    expect((await cli('workspace', 'bind', 'slack', 'T0CLI', '--council', 'rar-cli')).out).toBe(
      'Slack-arbejdsområdet T0CLI er nu knyttet til RAR Kommandolinje.\n',
    );
    expect(await bot.deps.directory.councilForWorkspace('slack', 'T0CLI')).toBe('rar-cli');
    expect((await cli('workspace', 'bind', 'irc', 'x', '--council', 'rar-cli')).code).toBe(2);
  });

  it('prints help for an unknown command', async () => {
    const unknown = await cli('hearing', 'dance');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Ukendt kommando: «hearing dance».');
    expect(unknown.err).toContain('npm run cli -- hearing vote');
  });
});
