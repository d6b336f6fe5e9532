import type { UseCases } from '../app/use-cases.ts';
import type { Logger } from '../logger.ts';
import type { RequestHandler } from './http-server.ts';

/** What a capability's HTTP routes are given: the use cases, as every surface is. */
export interface HttpContext {
  readonly useCases: UseCases;
  readonly logger: Pick<Logger, 'warn'>;
}

/**
 * A capability's own routes on the one HTTP server (e.g. the referat behind a
 * signed link). They need no chat platform, so they serve in the Agents
 * Playground try-out and with no chat configured as well.
 */
export interface HttpPart {
  handlers(context: HttpContext): readonly RequestHandler[];
}
