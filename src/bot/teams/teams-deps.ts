import type { ChatDirectory } from '../../app/ports.ts';
import type { UseCases } from '../../app/use-cases.ts';
import type { Locale } from '../../domain/council/council.ts';

/** The part of a pino logger the Teams surface uses. */
export interface SurfaceLog {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/**
 * The use cases Teams calls: each handler parses, calls one, renders. Every
 * capability's, since each adds its own to UseCases.
 */
export type TeamsUseCases = UseCases;

/** What every handler and the sender get. */
export interface TeamsDeps {
  readonly useCases: TeamsUseCases;
  readonly directory: ChatDirectory;
  /** Language for people we cannot place in a council yet. */
  readonly defaultLocale: Locale;
  readonly log: SurfaceLog;
}
