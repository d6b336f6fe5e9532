import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it, inject } from 'vitest';

const run = promisify(execFile);

/** The command line as `npm run cli` runs it: compiled to dist/cli.mjs by scripts/build-cli.sh. */
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

describe('the compiled command line', () => {
  it('prints its help in Danish', async () => {
    const help = await compiledCli('help');
    expect(help.code).toBe(0);
    expect(help.out).toContain('npm run cli -- hearing export');
  });

  it('reaches Redis, the stores and the use cases, and answers in Danish', async () => {
    const missing = await compiledCli('hearing', 'show', 'h1', '--council', 'findes-ikke');
    expect(missing).toEqual({
      code: 1,
      out: '',
      err: 'Rådet findes ikke. Se rådene med «npm run cli -- council list», eller indlæs et med «npm run cli -- roster import FIL».\n',
    });
  });
});
