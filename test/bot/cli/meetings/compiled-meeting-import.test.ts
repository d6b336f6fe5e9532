import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it, inject } from 'vitest';
import { importAgenda } from '../../../../src/app/meetings/agenda-import/import-agenda.ts';
import { importJson } from '../../../../src/bot/cli/meetings/import-json.ts';
import { fixturePath } from '../../../app/meetings/fixture-files.ts';

const run = promisify(execFile);

/** `npm run cli -- meeting import …` as the secretariat runs it: compiled to dist/cli.mjs. */
async function compiledCli(...argv: string[]) {
  try {
    const { stdout, stderr } = await run('node', ['dist/cli.mjs', ...argv], {
      env: { ...process.env, REDIS_URL: inject('redisUrl'), DEMO_COUNCIL: 'off' },
    });
    return { code: 0, out: stdout, err: stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, out: failed.stdout, err: failed.stderr };
  }
}

beforeAll(async () => {
  await run('bash', ['scripts/build-cli.sh']);
}, 60_000);

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
