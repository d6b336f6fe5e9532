import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One real redis-server for the run; its URL is inject('redisUrl').
    globalSetup: ['test/support/global-redis.ts'],
    // Child processes rather than threads: tests spawn and kill redis-server
    // and open many sockets, which is sturdier with a process per worker.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 20_000,
    teardownTimeout: 10_000,
    // Explicit so `npm test` reads the same in CI and in a terminal.
    reporters: ['default'],
  },
});
