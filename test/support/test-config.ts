import { loadConfig, type Config } from '../../src/config.ts';

/**
 * The service's Config for a test or a benchmark: quiet logs, no demo
 * council, no Agents Playground, on 127.0.0.1. Through loadConfig, so it is
 * checked as `npm start` checks it. `overrides` win; REDIS_URL is the run's own.
 */
export function testConfig(
  overrides: { readonly REDIS_URL: string } & Record<string, string>,
): Config {
  return loadConfig({
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    PLAYGROUND: 'off',
    DEMO_COUNCIL: 'off',
    ...overrides,
  });
}
