import type { InstallationStore } from '@slack/bolt';
import type { ChatActor } from '../../app/council/identify-member.ts';
import type { ChatDirectory } from '../../app/ports.ts';
import type { UseCases } from '../../app/use-cases.ts';
import type { Locale } from '../../domain/council/council.ts';
import type { Block } from './blocks/block-kit.ts';

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
  /** Each capability's part of a member's App Home, shown above the hearings, in the parts' order. */
  readonly homeSections?: readonly HomeSection[];
}

/**
 * What one capability shows on top of a member's App Home (the next
 * meeting, say). Blocks count against Home's 100; keep a section small.
 */
export type HomeSection = (deps: SlackDeps, who: ChatActor) => Promise<Block[]>;
