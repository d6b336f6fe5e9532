import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FixedClock } from '../../fakes/fixed-clock.ts';
import { startTestRaadsbot, type TestRaadsbot } from '../../support/start-test-raadsbot.ts';
import { cliOf } from '../../support/cli-runner.ts';

// Monday 23 November 2026, 10:00 in Copenhagen; the deadline is a week later.
const clock = new FixedClock('2026-11-23T09:00:00.000Z');
const deadline = '2026-11-30 12:00';
let bot: TestRaadsbot;
let dir: string;

beforeAll(async () => {
  bot = await startTestRaadsbot({ RUN_WORKERS: 'false' }, { label: 'cli-lang', clock });
  dir = await mkdtemp(join(tmpdir(), 'raadsbot-cli-lang-'));
  const roster = join(dir, 'roster.yaml');
  await writeFile(
    roster,
    `council: { id: rar-sprog, name: RAR Sprog }
members:
  - { id: sek, name: Signe Skrivebord, organisation: Sekretariatet, role: sekretariat }
  - { id: fm, name: Folke Mødeleder, organisation: DA, role: formand }
  - { id: kk, name: Karen Kommune, organisation: KL, role: medlem }
  - { id: ss, name: Sune Suppleant, organisation: KL, role: suppleant, substituteFor: kk }
`,
  );
  await cli('roster', 'import', roster);
});
afterAll(async () => bot?.shutdown());
beforeEach(() => clock.set('2026-11-23T09:00:00.000Z'));

const cli = cliOf(() => bot);

async function openHearing(title: string, ...extra: string[]): Promise<string> {
  const opened = await cli(
    'hearing',
    'open',
    '--as',
    'sek',
    '--title',
    title,
    '--proposal',
    'Sekretariatet indstiller, at Rådet godkender planen.',
    '--deadline',
    deadline,
    ...extra,
  );
  expect(opened.err).toBe('');
  return /\[(h[a-z0-9]+)\]/.exec(opened.out)?.[1] ?? '';
}

describe('the command line in the council’s words', () => {
  it('a vote in Danish words is accepted, and so is one in English', async () => {
    const id = await openHearing('Årshjul 2027');
    expect((await cli('hearing', 'vote', id, 'imod', '--as', 'fm')).out).toBe(
      'Din stemme er registreret: Imod.\n',
    );
    expect((await cli('hearing', 'vote', id, 'Undlader', '--as', 'fm')).out).toBe(
      'Din stemme er ændret fra Imod til Undlader at stemme.\n',
    );
    expect((await cli('hearing', 'vote', id, 'against', '--as', 'kk')).code).toBe(0);
  });

  it('an answer it does not know lists the words the user may type, and changes nothing', async () => {
    const id = await openHearing('Mødeplan 2027');
    expect(await cli('hearing', 'vote', id, 'ja', '--as', 'fm')).toEqual({
      code: 2,
      out: '',
      err: 'Svaret «ja» kendes ikke her. Skriv for, imod eller undlader.\n',
    });
    expect((await cli('hearing', 'show', id)).out).toContain('Folke Mødeleder (DA): ikke svaret');
  });

  it('a missing --as names the flag and where to find the ids', async () => {
    const id = await openHearing('Budget 2027');
    const missing = await cli('hearing', 'vote', id, 'for');
    expect(missing.code).toBe(2);
    expect(missing.err).toBe(
      'Angiv, hvem du handler som: --as og et id fra medlemslisten, fx --as sekretariat. Se id’erne med «npm run cli -- roster show».\n',
    );
    expect((await cli('hearing', 'open', '--as', 'sek', '--deadline', deadline)).err).toBe(
      'Angiv sagens titel med --title, fx --title "Årshjul 2027".\n',
    );
  });

  it('a flag it does not know, or one without its value, is named in Danish', async () => {
    const unknown = await cli('council', 'list', '--hurtig');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^Ukendt flag: --hurtig\./);
    expect((await cli('hearing', 'show', 'h1', '--as')).err).toMatch(
      /^Skriv en værdi efter --as\./,
    );
  });

  it('a refusal about a flag’s value names the flag, in the CLI’s words', async () => {
    const past = await cli(
      'hearing',
      'open',
      '--as',
      'sek',
      '--title',
      'For sent',
      '--proposal',
      'P',
      '--deadline',
      '2026-11-20 12:00',
    );
    expect(past.code).toBe(1);
    expect(past.err).toMatch(/^--deadline: /);
    const id = await openHearing('Høringssvar', '--mode', 'comments');
    expect((await cli('hearing', 'vote', id, 'kommentar', '--as', 'fm')).err).toBe(
      'Skriv dit høringssvar efter --reason, fx --reason "Vi foreslår …".\n',
    );
    expect(
      (await cli('hearing', 'vote', id, 'høringssvar', '--as', 'fm', '--reason', 'Fint.')).code,
    ).toBe(0);
  });

  it('an unknown hearing points to «hearing list», not to a chat command', async () => {
    const unknown = await cli('hearing', 'show', 'h0000000');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('«npm run cli -- hearing list»');
    expect(unknown.err).not.toContain('mine høringer');
  });

  it('the audit trail names the substitute for the seat, with the time, as a sentence', async () => {
    const id = await openHearing('Tilskudsregler');
    clock.set('2026-11-29T09:42:00.000Z');
    await cli('hearing', 'afbud', id, '--as', 'kk');
    expect((await cli('hearing', 'vote', id, 'undlader', '--as', 'ss')).code).toBe(0);
    clock.set('2026-11-29T10:05:00.000Z');
    await cli('hearing', 'vote', id, 'for', '--as', 'fm');
    await cli('hearing', 'vote', id, 'imod', '--as', 'fm', '--reason', 'For dyrt.');
    await cli('hearing', 'withdraw', id, '--as', 'fm');

    const shown = (await cli('hearing', 'show', id)).out;
    expect(shown).toContain('Sune Suppleant (KL, suppleant for Karen Kommune): Undlader at stemme');
    expect(shown).toContain(
      '29. nov. kl. 10.42  Sune Suppleant (KL, suppleant for Karen Kommune) undlod at stemme',
    );
    expect(shown).toContain('29. nov. kl. 11.05  Folke Mødeleder (DA) stemte For');
    expect(shown).toContain(
      '29. nov. kl. 11.05  Folke Mødeleder (DA) ændrede til Imod — «For dyrt.»',
    );
    expect(shown).toContain('29. nov. kl. 11.05  Folke Mødeleder (DA) trak sin stemme tilbage');
    expect(shown).not.toMatch(/cast|change|plads|←/);
  });
});

describe('hearing export', () => {
  it('writes one row per seat: who answered for it, the answer, reason, time and changes', async () => {
    const id = await openHearing('Eksport, navngivet');
    await cli('hearing', 'afbud', id, '--as', 'kk');
    clock.set('2026-11-24T08:15:00.000Z');
    await cli('hearing', 'vote', id, 'for', '--as', 'ss');
    await cli('hearing', 'vote', id, 'imod', '--as', 'ss', '--reason', 'Uklart; "for" tidligt');

    const csv = await cli('hearing', 'export', id);
    expect(csv.code).toBe(0);
    const rows = parse(csv.out, { bom: true, delimiter: ';' }) as string[][];
    expect(rows[0]).toEqual([
      'Plads',
      'Medlem',
      'Organisation',
      'Svaret af',
      'Som',
      'Svar',
      'Begrundelse',
      'Tidspunkt',
      'Ændringer',
      'Sidst ændret',
    ]);
    expect(rows).toContainEqual([
      'kk',
      'Karen Kommune',
      'KL',
      'Sune Suppleant (KL, suppleant for Karen Kommune)',
      'suppleant',
      'Imod',
      'Uklart; "for" tidligt',
      '2026-11-24 09:15:00',
      '1',
      '2026-11-24 09:15:00',
    ]);
    expect(rows).toContainEqual(['fm', 'Folke Mødeleder', 'DA', '', '', '', '', '', '0', '']);

    const out = join(dir, 'named.json');
    const written = await cli('hearing', 'export', id, '--format', 'json', '--out', out);
    expect(written.out).toBe(`2 rækker skrevet til ${out}.\n`);
    const json = JSON.parse(await readFile(out, 'utf8'));
    expect(json.seats).toContainEqual(
      expect.objectContaining({ seat: 'kk', actingAs: 'substitute', answer: 'Imod', changes: 1 }),
    );
  });

  it('export of a secret hearing does not tie answers to names', async () => {
    const id = await openHearing('Eksport, hemmelig', '--secret');
    await cli('hearing', 'vote', id, 'for', '--as', 'fm');
    await cli('hearing', 'vote', id, 'imod', '--as', 'kk', '--reason', 'Hemmelig grund');
    await cli('hearing', 'close', id, '--as', 'sek');

    const csv = (await cli('hearing', 'export', id)).out;
    expect(csv).not.toContain('Hemmelig grund');
    const rows = parse(csv, { bom: true, delimiter: ';', relax_column_count: true }) as string[][];
    const seats = rows.slice(
      1,
      rows.findIndex((row) => row.length === 1 && row[0] === ''),
    );
    expect(seats.map((row) => [row[1], row[5]])).toEqual([
      ['Folke Mødeleder', 'har svaret (hemmelig afstemning)'],
      ['Karen Kommune', 'har svaret (hemmelig afstemning)'],
    ]);
    expect(rows.slice(-4)).toEqual([
      ['Svar', 'Antal'],
      ['For', '1'],
      ['Imod', '1'],
      ['Undlader at stemme', '0'],
    ]);

    const json = JSON.parse((await cli('hearing', 'export', id, '--format', 'json')).out);
    for (const seat of json.seats) expect(seat).not.toHaveProperty('answer');
    expect(json.tally).toEqual([
      { answer: 'For', count: 1 },
      { answer: 'Imod', count: 1 },
      { answer: 'Undlader at stemme', count: 0 },
    ]);

    const audit = (await cli('hearing', 'export', id, '--audit', '--format', 'json')).out;
    expect(audit).not.toMatch(/"answer"|Imod|Hemmelig grund/);
    expect((await cli('hearing', 'show', id)).out).toContain('Karen Kommune (KL) afgav sin stemme');
  });

  it('exports the audit trail as CSV, one row per event', async () => {
    const id = await openHearing('Eksport, log');
    clock.set('2026-11-25T13:00:00.000Z');
    await cli('hearing', 'vote', id, 'for', '--as', 'fm');
    const rows = parse((await cli('hearing', 'export', id, '--audit')).out, {
      bom: true,
      delimiter: ';',
    }) as string[][];
    expect(rows).toEqual([
      ['Tidspunkt', 'Hændelse', 'Plads', 'Af', 'Som', 'Svar', 'Begrundelse'],
      [
        '2026-11-25 14:00:00',
        'svar afgivet',
        'Folke Mødeleder',
        'Folke Mødeleder (DA)',
        'medlem',
        'For',
        '',
      ],
    ]);
  });

  it('names --format when it is neither csv nor json', async () => {
    const id = await openHearing('Eksport, format');
    expect(await cli('hearing', 'export', id, '--format', 'xlsx')).toEqual({
      code: 2,
      out: '',
      err: '--format: vælg en af: csv, json.\n',
    });
  });
});
