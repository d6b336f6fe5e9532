/** A stray error in one request's callback is logged; the process goes on serving. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

const script = `
import { keepServingThroughStrayErrors } from './src/system/keep-serving.ts';
const logged = [];
keepServingThroughStrayErrors({ error: (fields, message) => logged.push(message) });
setTimeout(() => { throw new TypeError("Cannot read properties of null (reading 'ssl_check')"); }, 1);
setTimeout(() => { void Promise.reject(new Error('nobody awaited this')); }, 2);
setTimeout(() => { console.log(JSON.stringify({ alive: true, logged })); }, 50);
`;

describe('the service process', () => {
  it('logs an error thrown from a callback and an unhandled rejection, and keeps running', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '--eval', script],
      { cwd: process.cwd() },
    );
    expect(JSON.parse(stdout)).toEqual({
      alive: true,
      logged: [
        'an unexpected error escaped a request; still serving',
        'an unhandled rejection escaped a request; still serving',
      ],
    });
  });
});
