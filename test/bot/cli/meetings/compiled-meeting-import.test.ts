import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCompiledCli, compiledCli } from '../../../support/compiled-cli.ts';
import { importAgenda } from '../../../../src/app/meetings/agenda-import/import-agenda.ts';
import { importJson } from '../../../../src/bot/cli/meetings/import-json.ts';
import { fixturePath } from '../../../app/meetings/fixture-files.ts';

beforeAll(buildCompiledCli, 60_000);

describe('meeting import in the compiled command line', () => {
  it('prints one JSON object on stdout and nothing else', async () => {
    const path = fixturePath('pdf-referat.txt');
    const answer = await compiledCli('meeting', 'import', path, '--dry-run', '--json');
    expect(answer.code).toBe(0);
    expect(answer.err).toBe('');
    expect(JSON.parse(answer.out)).toEqual(importJson(importAgenda(readFileSync(path, 'utf8'))));
  });

  it('changes nothing without --dry-run, with the exit code of a usage error', async () => {
    const answer = await compiledCli('meeting', 'import', fixturePath('pdf-referat.txt'));
    expect(answer).toEqual({
      code: 2,
      out: '',
      err: 'Rådsbot kan endnu ikke gemme møder. Tilføj --dry-run for at se, hvad filen giver. Intet er ændret.\n',
    });
  });
});
