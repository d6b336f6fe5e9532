import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliParts } from '../../../../src/capabilities/index.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { cliOf } from '../../../support/cli-runner.ts';
import { startTestRaadsbot, type TestRaadsbot } from '../../../support/start-test-raadsbot.ts';

let bot: TestRaadsbot;
let folder: string;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'raadsbot-invitation-'));
  // Monday 15 March 2027, 10.00 in Copenhagen.
  bot = await startTestRaadsbot(
    { RUN_WORKERS: 'false' },
    { label: 'cli-meeting-move', clock: new FixedClock('2027-03-15T09:00:00.000Z') },
  );
  const imported = await bot.useCases.importRoster({
    format: 'yaml',
    text: `council: { id: rar-flyt, name: RAR Flyttested }
members:
  - { id: sek, name: Sofus Sekretær, organisation: Sekretariatet, role: sekretariat }
  - { id: fm, name: Frida Formand, organisation: DA, role: formand }
  - { id: m1, name: Malte Medlem, organisation: FH, role: medlem }
`,
  });
  if (!imported.ok) throw new Error(imported.code);
});
afterAll(async () => {
  await bot?.shutdown();
  await rm(folder, { recursive: true, force: true });
});

const cli = cliOf(() => bot, cliParts());
const council = ['--council', 'rar-flyt'];

async function aMeeting(): Promise<string> {
  const created = await cli(
    'meeting',
    'create',
    ...council,
    '--title',
    'Rådsmøde',
    '--start',
    '2027-03-25 10:00',
    '--end',
    '13:00',
    '--place',
    'Havnehuset',
    '--afbud-deadline',
    '2027-03-22 12:00',
    '--as',
    'sek',
  );
  return /\[([A-Za-z0-9_-]+)\]/.exec(created.out)?.[1] ?? '';
}

describe('moving and publishing a meeting from the command line, over Redis and BullMQ', () => {
  it('publishes the agenda with its reminders, moves it with them, and prints the new invitation', async () => {
    const id = await aMeeting();
    const published = await cli('meeting', 'publish', id, ...council, '--as', 'sek');
    expect(published).toEqual({
      code: 0,
      err: '',
      out: [
        'Dagsordenen til «Rådsmøde» 25.03.2027 kl. 10.00–13.00 er udsendt, og rådet får besked.',
        'Påmindelser:',
        '  21.03.2027 kl. 12.00  dagen før afbudsfristen, til dem, der ikke har svaret',
        '  24.03.2027 kl. 10.00  dagen før mødet',
        '  25.03.2027 kl. 09.00  en time før mødet',
        '',
      ].join('\n'),
    });
    const again = await cli('meeting', 'publish', id, ...council, '--as', 'sek');
    expect(again.out).toContain('er udsendt igen. Ingen får samme besked to gange.');

    const moved = await cli(
      'meeting',
      'move',
      id,
      ...council,
      '--start',
      '2027-03-29 10:00',
      '--as',
      'fm',
    );
    expect(moved.code).toBe(0);
    expect(moved.out).toContain('Mødet «Rådsmøde» er flyttet til 29.03.2027 kl. 10.00–13.00.');
    expect(moved.out).toContain('Frist for afbud: 26.03.2027 kl. 12.00');
    // Sunday 28 March is the day summer time begins: the reminder is still at 10.00.
    expect(moved.out).toContain('  28.03.2027 kl. 10.00  dagen før mødet');
    expect(moved.out).toContain(`npm run cli -- meeting invitation ${id} --out ${id}.ics`);

    const path = join(folder, `${id}.ics`);
    const written = await cli('meeting', 'invitation', id, ...council, '--out', path);
    expect(written.out).toBe(`Kalenderinvitationen er skrevet til ${path}.\n`);
    const ics = (await readFile(path, 'utf8')).replace(/\r\n[ \t]/g, '');
    expect(ics).toContain(`UID:${id}@rar-flyt.raadsbot`);
    expect(ics).toContain('SEQUENCE:1');
    expect(ics).toContain('DTSTART:20270329T080000Z');
  });

  it('answers a member who may not move it, and a move that names no time, without changing anything', async () => {
    const id = await aMeeting();
    const member = await cli(
      'meeting',
      'move',
      id,
      ...council,
      '--start',
      '2027-03-29 10:00',
      '--as',
      'm1',
    );
    expect(member.code).toBe(1);
    expect(member.err).toContain('Kun sekretariatet og formandskabet');
    const nothing = await cli('meeting', 'move', id, ...council, '--as', 'sek');
    expect(nothing.err).toContain('Angiv, hvad der flyttes');
    const wrongEnd = await cli('meeting', 'move', id, ...council, '--end', '09:00', '--as', 'sek');
    expect(wrongEnd.err).toContain('Mødet skal slutte efter, at det begynder.');
    const shown = await cli('meeting', 'show', id, ...council);
    expect(shown.out).toContain('Tid: 25.03.2027 kl. 10.00–13.00');
  });

  it('prints the invitation to stdout, and a cancelled meeting as a cancel', async () => {
    const id = await aMeeting();
    await cli('meeting', 'cancel', id, ...council, '--as', 'sek', '--yes');
    const printed = await cli('meeting', 'invitation', id, ...council);
    expect(printed.code).toBe(0);
    expect(printed.out).toContain('METHOD:CANCEL');
    expect(printed.out).toContain('STATUS:CANCELLED');
    const moved = await cli(
      'meeting',
      'move',
      id,
      ...council,
      '--start',
      '2027-03-29 10:00',
      '--as',
      'sek',
    );
    expect(moved.code).toBe(1);
    expect(moved.err).toContain('Mødet er aflyst og kan ikke ændres.');
  });
});
