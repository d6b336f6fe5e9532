import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AppDeps } from '../../../../src/app/deps.ts';
import { importAgenda } from '../../../../src/app/meetings/agenda-import/import-agenda.ts';
import { createMeetingUseCases } from '../../../../src/app/meetings/meeting-use-cases.ts';
import type { UseCases } from '../../../../src/app/use-cases.ts';
import { minutesMarkdown } from '../../../../src/bot/present/meetings/minutes/minutes-markdown.ts';
import { cliParts } from '../../../../src/capabilities/index.ts';
import { succeed } from '../../../../src/domain/errors.ts';
import { FixedClock } from '../../../fakes/fixed-clock.ts';
import { instants } from '../../../fakes/test-instants.ts';
import { cliOf } from '../../../support/cli-runner.ts';
import { fixture, fixturePath } from '../../../app/meetings/fixture-files.ts';

/** `meeting minutes FILE` through the command line's runner, over the meetings' use cases alone. */
const useCases = {
  ...createMeetingUseCases({} as AppDeps, { locale: 'da', timeZone: 'Europe/Copenhagen' }),
  listCouncils: async () =>
    succeed([{ id: 'rar-east', name: 'RAR East', locale: 'en', timeZone: 'Europe/Copenhagen' }]),
} as unknown as UseCases;

const clock = new FixedClock(instants.saturdayMorning);
const cli = cliOf(() => ({ useCases, deps: { clock } }), cliParts());

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'raadsbot-meeting-minutes-'));
});

describe('meeting minutes FILE [--format md] [--out FILE]', () => {
  it('prints the Danish referat of an agenda file as Markdown', async () => {
    const answer = await cli('meeting', 'minutes', fixturePath('markdown-dagsorden.md'));
    expect(answer).toEqual({
      code: 0,
      err: '',
      out: minutesMarkdown(importAgenda(fixture('markdown-dagsorden.md'))),
    });
    expect(answer.out).toContain('**Beslutning** Indstillingen blev godkendt.');
    expect(answer.out).toContain('Mødet sluttede kl. 15.50');
  });

  it("writes it to --out, in the council's language, and says where", async () => {
    const out = join(dir, 'referat.md');
    const answer = await cli(
      'meeting',
      'minutes',
      fixturePath('pdf-referat.txt'),
      '--format',
      'md',
      '--out',
      out,
      '--council',
      'rar-east',
    );
    expect(answer.code).toBe(0);
    expect(answer.out).toBe(`The minutes were written to ${out}.\n`);
    const written = await readFile(out, 'utf8');
    expect(written).toBe(minutesMarkdown(importAgenda(fixture('pdf-referat.txt')), 'en'));
    expect(written).toContain('**Decision (Beslutning)**');
  });

  it('says on stderr how many lines it could not place, and where to see them', async () => {
    const path = join(dir, 'with-stray-line.txt');
    await writeFile(
      path,
      '- 1.1.1 Godkendelse af dagsorden (B)\nBeslutning Godkendt.\n\nMødet sluttede kl. 15.00\nEn løs linje\n',
    );
    const answer = await cli('meeting', 'minutes', path);
    expect(answer.code).toBe(0);
    expect(answer.err).toBe(
      `Én linje i filen kunne ikke placeres og er ikke med i referatet. Se den med: npm run cli -- meeting import ${path} --dry-run\n`,
    );
    expect(answer.out).toContain('### 1.1.1 Godkendelse af dagsorden (B)');
  });

  it('refuses a format other than md or docx, a .docx without --out, and a missing or unreadable file, with exit code 2', async () => {
    const odt = await cli('meeting', 'minutes', fixturePath('pdf-referat.txt'), '--format', 'odt');
    expect(odt).toMatchObject({ code: 2, out: '' });
    expect(odt.err).toContain('--format docx');
    const docx = await cli(
      'meeting',
      'minutes',
      fixturePath('pdf-referat.txt'),
      '--format',
      'docx',
    );
    expect(docx).toEqual({
      code: 2,
      out: '',
      err: 'Word-referatet er en fil, ikke tekst til skærmen: angiv, hvor det skal gemmes, med --out FIL.docx.\n',
    });
    const missing = await cli('meeting', 'minutes');
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('«meeting minutes»');
    const unreadable = await cli('meeting', 'minutes', join(dir, 'no-such-file.txt'));
    expect(unreadable.code).toBe(2);
    expect(unreadable.err).toContain('no-such-file.txt');
  });

  it('is in the help, for a stored meeting or a file', async () => {
    const help = await cli('--help');
    expect(help.out).toContain('meeting minutes MØDE|FIL [--format md] [--out FIL]');
    expect(help.out).toContain('referatet som Markdown af et gemt møde');
  });
});
