import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { inject } from 'vitest';

const run = promisify(execFile);

/** Builds dist/cli.mjs as `npm run cli` does (scripts/build-cli.sh); call in beforeAll. */
export const buildCompiledCli = async (): Promise<void> => {
  await run('bash', ['scripts/build-cli.sh']);
};

/** The command line as `npm run cli` runs it: compiled, against the test run's Redis. */
export async function compiledCli(...argv: string[]) {
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
