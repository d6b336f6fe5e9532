// vitest globalSetup: one redis-server for the whole run, on a free port, in a
// temp dir, removed afterwards. Tests read its URL with inject('redisUrl') and
// keep apart by key prefix (see redis-prefix.ts).
import type { TestProject } from 'vitest/node';
import { startRedisServer } from './redis-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    redisUrl: string;
  }
}

export default async function setup(project: TestProject) {
  // No persistence: the shared server only needs to be fast; tests that
  // restart Redis start their own with startRedisServer().
  const server = await startRedisServer({ persistence: 'none' });
  project.provide('redisUrl', server.url);
  return async () => {
    await server.remove();
  };
}
