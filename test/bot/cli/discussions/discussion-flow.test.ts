import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliParts } from '../../../../src/capabilities/index.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { cliOf } from '../../../support/cli-runner.ts';
import { startTestRaadsbot, type TestRaadsbot } from '../../../support/start-test-raadsbot.ts';

let bot: TestRaadsbot;

beforeAll(async () => {
  // Monday 10 May 2027, 10.00 in Copenhagen.
  bot = await startTestRaadsbot(
    { RUN_WORKERS: 'false' },
    { label: 'cli-discussions', clock: new FixedClock('2027-05-10T08:00:00.000Z') },
  );
  const imported = await bot.useCases.importRoster({
    format: 'yaml',
    text: `council: { id: rar-droeft, name: RAR Drøftelsesby }
members:
  - { id: sek, name: Sara Sagsbehandler, organisation: Sekretariatet, role: sekretariat }
  - { id: m1, name: Asta Kragsmark, organisation: DA, role: medlem }
  - { id: m2, name: Bjarke Lyngholt, organisation: FH, role: medlem }
  - { id: m3, name: Cille Mosevang, organisation: KL, role: medlem }
  - { id: m4, name: Dines Nørrekær, organisation: DH, role: medlem }
`,
  });
  if (!imported.ok) throw new Error(imported.code);
});
afterAll(async () => bot?.shutdown());

const cli = cliOf(() => bot, cliParts());
const council = ['--council', 'rar-droeft'];
const idIn = (out: string) => /\[([A-Za-z0-9_-]+)\]/.exec(out)?.[1] ?? '';

describe('a group discussion from the command line, over Redis', () => {
  it('is set up, signed up for, formed, announced, summarised and compiled', async () => {
    const started = await cli(
      'discussion',
      'start',
      ...council,
      '--title',
      'Fremtidens kompetencer',
      '--topic',
      'Grøn omstilling|Hvilke kompetencer mangler?',
      '--groups',
      '2',
      '--sign-up-deadline',
      '2027-05-18 12:00',
      '--window-start',
      '2027-05-20 13:00',
      '--window-end',
      '2027-05-20 14:30',
      '--summaries-due',
      '2027-05-21 16:00',
      '--as',
      'sek',
    );
    expect(started.err).toBe('');
    expect(started.code).toBe(0);
    const id = idIn(started.out);

    for (const [member, role] of [
      ['m1', 'ordstyrer'],
      ['m2', 'referent'],
      ['m3', 'ordstyrer'],
      ['m4', 'referent'],
    ] as const) {
      const signed = await cli(
        'discussion',
        'sign-up',
        id,
        ...council,
        '--topic',
        'A',
        '--volunteer',
        role,
        '--as',
        member,
      );
      expect(signed.err).toBe('');
    }
    const listed = await cli('discussion', 'list', ...council);
    expect(listed.out).toContain(`[${id}] Fremtidens kompetencer — Tilmelding er åben`);

    const moved = await cli(
      'discussion',
      'edit',
      id,
      ...council,
      '--sign-up-deadline',
      '2027-05-19 09:00',
      '--as',
      'sek',
    );
    expect(moved).toMatchObject({ code: 0, err: '' });
    expect(moved.out).toContain('«Fremtidens kompetencer» er rettet.');
    expect(moved.out).toContain('Ændret: tilmeldingsfrist.');

    const formed = await cli('discussion', 'form', id, ...council, '--seed', '1', '--as', 'sek');
    expect(formed.err).toBe('');
    expect(formed.out).toContain('Forslag til grupper:');
    expect(formed.out).toContain('  - alle fik deres førsteprioritet');

    const member = await cli('discussion', 'form', id, ...council, '--as', 'm1');
    expect(member.code).toBe(1);

    const announced = await cli('discussion', 'announce', id, ...council, '--as', 'sek');
    expect(announced).toMatchObject({ code: 0, err: '' });
    expect(announced.out).toContain('Grupperne er meldt ud (2 grupper)');

    const locked = await cli('discussion', 'edit', id, ...council, '--groups', '3', '--as', 'sek');
    expect(locked.code).toBe(1);
    expect(locked.err).toContain('antal grupper kan ikke længere ændres');
    const rooms = await cli(
      'discussion',
      'edit',
      id,
      ...council,
      '--room',
      'https://meet.example/rum-1',
      '--room',
      'https://meet.example/rum-2',
      '--as',
      'sek',
    );
    expect(rooms).toMatchObject({ code: 0, err: '' });
    expect(rooms.out).toContain(
      'Alle deltagere har fået deres gruppe igen med de nye oplysninger.',
    );

    const view = JSON.parse((await cli('discussion', 'show', id, ...council, '--json')).out) as {
      writers: Record<string, string>;
    };
    const [groupKey, writer] = Object.entries(view.writers)[0]!;
    const summary = await cli(
      'discussion',
      'summary',
      id,
      ...council,
      '--group',
      groupKey,
      '--answer',
      'Tekniske faglærte.',
      '--notes',
      'Godt møde.',
      '--as',
      writer,
    );
    expect(summary.err).toBe('');
    expect(summary.out).toContain(`Gruppe ${groupKey}s opsamling er gemt (version 1).`);

    const shown = await cli('discussion', 'show', id, ...council);
    expect(shown.out).toContain('1 af 2 grupper har afleveret');

    const compiled = await cli('discussion', 'compile', id, ...council, '--as', 'sek');
    expect(compiled.err).toBe('');
    expect(compiled.out).toContain('## Opsamling fra gruppedrøftelser: Fremtidens kompetencer');
    expect(compiled.out).toContain('Tekniske faglærte.');
  });
});
