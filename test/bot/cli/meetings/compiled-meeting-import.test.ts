import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildCompiledCli, compiledCli } from '../../../support/compiled-cli.ts';
import { importAgenda } from '../../../../src/app/meetings/agenda-import/import-agenda.ts';
import { importJson } from '../../../../src/bot/cli/meetings/import-json.ts';
import { fixturePath, seedDocumentPath } from '../../../app/meetings/fixture-files.ts';

const run = promisify(execFile);

beforeAll(buildCompiledCli, 60_000);

/**
 * The compiled command line's stdout through a shell pipe whose reader
 * starts late, as `… | jq` is when jq is slower than the writer.
 */
async function slowlyReadStdout(...argv: string[]): Promise<string> {
  const quoted = argv.map((arg) => `'${arg.replace(/'/g, `'\\''`)}'`).join(' ');
  const { stdout } = await run('bash', ['-c', `node dist/cli.mjs ${quoted} | (sleep 0.5; cat)`], {
    env: { ...process.env, REDIS_URL: inject('redisUrl'), DEMO_COUNCIL: 'off' },
    maxBuffer: 16 * 1024 * 1024,
  });
  return stdout;
}

describe('meeting import in the compiled command line', () => {
  it('prints one JSON object on stdout and nothing else', async () => {
    const path = fixturePath('pdf-referat.txt');
    const answer = await compiledCli('meeting', 'import', path, '--dry-run', '--json');
    expect(answer.code).toBe(0);
    expect(answer.err).toBe('');
    expect(JSON.parse(answer.out)).toEqual(importJson(importAgenda(readFileSync(path, 'utf8'))));
  });

  it('prints the whole of a long answer into a pipe read slowly, not just its first 64 kB', async () => {
    // The 2021 sample gives over 80 kB of JSON, more than a pipe holds.
    const path = seedDocumentPath('rar-nordjylland-referat-2021-01-20.txt');
    const out = await slowlyReadStdout('meeting', 'import', path, '--dry-run', '--json');
    expect(out.length).toBeGreaterThan(65_536);
    expect(JSON.parse(out)).toEqual(importJson(importAgenda(readFileSync(path, 'utf8'))));
  });

  it('reads a relative file name from the folder the command was typed in', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'raadsbot-caller-'));
    copyFileSync(fixturePath('pdf-referat.txt'), join(folder, 'referat.txt'));
    const { stdout } = await run(
      'node',
      [resolve('dist/cli.mjs'), 'meeting', 'import', 'referat.txt', '--dry-run', '--json'],
      {
        env: {
          ...process.env,
          REDIS_URL: inject('redisUrl'),
          DEMO_COUNCIL: 'off',
          RAADSBOT_CALLER_DIR: folder,
        },
      },
    );
    expect(JSON.parse(stdout)).toEqual(
      importJson(importAgenda(readFileSync(fixturePath('pdf-referat.txt'), 'utf8'))),
    );
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
