import type { InstallationStore } from '@slack/bolt';
import type { ChatDirectory } from '../../app/ports.ts';
import type { UseCases } from '../../app/use-cases.ts';
import type { Locale } from '../../domain/council/council.ts';

/** The part of a pino logger the Slack surface uses. */
export interface SurfaceLog {
  debug(fields: object, message: string): void;
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/**
 * The use cases Slack calls: each handler parses, calls one, renders. Every
 * capability's, since each adds its own to UseCases.
 */
export type SlackUseCases = UseCases;

/** What every listener and the sender get. */
export interface SlackDeps {
  readonly useCases: SlackUseCases;
  readonly directory: ChatDirectory;
  /** Language for people we cannot place in a council yet (unbound workspace, not on a roster). */
  readonly defaultLocale: Locale;
  readonly log: SurfaceLog;
  readonly installationStore?: InstallationStore;
}
