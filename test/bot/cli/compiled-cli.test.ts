import { beforeAll, describe, expect, it } from 'vitest';
import { buildCompiledCli, compiledCli } from '../../support/compiled-cli.ts';

beforeAll(buildCompiledCli, 60_000);

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
