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

  it('stores without --dry-run, so it needs the council first (and changes nothing without one)', async () => {
    const answer = await compiledCli(
      'meeting',
      'import',
      fixturePath('pdf-referat.txt'),
      '--council',
      'findes-ikke',
      '--as',
      'sekretariat',
    );
    expect(answer).toEqual({
      code: 1,
      out: '',
      err: 'Rådet findes ikke. Se rådene med «npm run cli -- council list», eller indlæs et med «npm run cli -- roster import FIL».\n',
    });
  });
});
