import type { Redis } from 'ioredis';
import type { AfbudFollower } from '../app/afbud-followers.ts';
import type { AppDeps } from '../app/deps.ts';
import type { NoticeCatalog } from '../app/notice-kind.ts';
import type { UseCaseFactory, UseCases } from '../app/use-cases.ts';
import type { CliPart } from '../bot/cli/cli-part.ts';
import type { SlackPart } from '../bot/slack/slack-part.ts';
import type { TeamsPart } from '../bot/teams/teams-part.ts';
import type { HttpPart } from '../http/http-part.ts';
import type { Catalog } from '../i18n/messages.ts';
import type { CapabilityJobs } from '../jobs/capability-jobs.ts';
import type { RedisKeys } from '../store/redis-keys.ts';

/**
 * One capability of the product (the council and its roster, hearings, and
 * later meetings and group discussions), declared in one typed object: what
 * each layer holds of it. The composition roots loop over the list in
 * ./index.ts, so adding a capability is its own folders plus one line there.
 *
 * Parts that pull in heavy packages (BullMQ, Bolt, the Agents SDK) are loaded
 * on demand, so the command line, which needs none of them for most
 * commands, still answers in a fraction of a second.
 */
export interface Capability {
  readonly name: string;
  /** Its use cases bound to the ports (src/app/<capability>/). */
  readonly useCases: UseCaseFactory;
  /** Its Redis stores (src/store/<capability>/), as the ports they implement. */
  readonly stores?: (redis: Redis, keys: RedisKeys) => Partial<AppDeps>;
  /** What it does when a member's afbud for a meeting is sent or taken back (see AfbudFollowers). */
  readonly followsAfbud?: (useCases: UseCases) => AfbudFollower;
  /** Its notice kinds with their schemas (src/app/<capability>/*-notices.ts). */
  readonly notices?: NoticeCatalog;
  /** Its queues, the ports over them and their workers (src/jobs/<capability>/). */
  readonly jobs?: {
    /** The ports the jobs part provides, named before it is loaded. */
    readonly ports: readonly (keyof AppDeps)[];
    load(): Promise<CapabilityJobs>;
  };
  /** Its texts in Danish and English (src/i18n/<capability>/); loading them registers them. */
  readonly messages: Catalog;
  /** Its error codes (src/domain/<capability>/errors.ts), each with a text in messages. */
  readonly errorCodes: readonly string[];
  /** Its commands and help block on the command line (src/bot/cli/<capability>/). */
  readonly cli?: CliPart;
  /** Its listeners, /raad words, help and notices in Slack (src/bot/slack/<capability>/). */
  readonly slack?: () => Promise<SlackPart>;
  /** Its card verbs, typed commands, handlers and notices in Teams (src/bot/teams/<capability>/). */
  readonly teams?: () => Promise<TeamsPart>;
  /** Its own routes on the HTTP server, needing no chat platform (src/http/<capability>/); loaded on demand. */
  readonly http?: () => Promise<HttpPart>;
}
