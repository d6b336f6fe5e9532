import type { Logger } from '../logger.ts';

/**
 * A long-running service must outlive one bad request: an error that escapes
 * a handler (a library throwing from a callback, a promise nobody awaited) is
 * logged with its stack and the process goes on serving. Every durable effect
 * is idempotent and atomic in Redis, so no half-written state is left behind
 * for the next request to trip on. Not used by the CLI, which should fail loudly.
 */
export function keepServingThroughStrayErrors(logger: Pick<Logger, 'error'>): void {
  process.on('uncaughtException', (error, origin) => {
    logger.error({ err: error, origin }, 'an unexpected error escaped a request; still serving');
  });
  process.on('unhandledRejection', (reason) => {
    logger.error({ err: reason }, 'an unhandled rejection escaped a request; still serving');
  });
}
