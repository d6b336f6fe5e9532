/**
 * The ports every capability's use cases share, each holding only the methods
 * they call. A capability's own ports live in its folder (src/app/council/ports.ts,
 * src/app/hearings/ports.ts). src/store implements the stores with Redis,
 * src/jobs the scheduler and the notifier with BullMQ; test/fakes holds
 * in-memory twins for unit tests.
 */
import type { Locale } from '../domain/council/council.ts';
import type { HolidayNames } from '../domain/council/working-days.ts';

export interface Clock {
  now(): Date;
}

/** The public holidays where the councils sit (Denmark), named in the council's language. */
export interface PublicHolidays {
  namesIn(years: readonly number[], locale: Locale): Promise<HolidayNames>;
}

export interface IdSource {
  /**
   * Short, unique, safe in Redis keys and BullMQ job ids (no ':'), starting
   * with `initial`, the letter that says what the id names ('h': a hearing).
   */
  newId(initial: string): string;
}

/**
 * Something the council or a member should be told; each surface renders it.
 * The kinds are declared by each capability (e.g. src/app/hearings/hearing-notices.ts
 * adds hearing_opened, …) by augmenting this interface, so a new capability adds
 * its notices without editing this file.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled in by each capability
export interface CapabilityNotices {}

export type Notice = CapabilityNotices[keyof CapabilityNotices];

export interface Notifier {
  /** Queues the notice; the same notice twice is delivered once. */
  notify(notice: Notice): Promise<void>;
}

/**
 * Where the council lives in chat. A Slack workspace or a Teams team, chat or
 * tenant is bound to one council, and a request from it can reach no other.
 * Addresses (a Slack channel id, a Teams conversation reference) are kept as
 * opaque JSON per platform: for the council's channel and for each member.
 */
export type ChatPlatform = 'slack' | 'teams';

export interface ChatDirectory {
  bindWorkspace(platform: ChatPlatform, workspaceId: string, councilId: string): Promise<void>;
  councilForWorkspace(platform: ChatPlatform, workspaceId: string): Promise<string | undefined>;
  /** `who` is 'council' for the council's channel, else a member id. */
  saveAddress(
    councilId: string,
    platform: ChatPlatform,
    who: string,
    address: unknown,
  ): Promise<void>;
  address(councilId: string, platform: ChatPlatform, who: string): Promise<unknown>;
  /**
   * Where the message about a subject (`hearing:<id>`, later `meeting:<id>`, …)
   * was posted on a platform, and which follow-ups it has had, so a retried
   * delivery updates it in place instead of posting again.
   */
  saveMessage(
    councilId: string,
    subject: string,
    platform: ChatPlatform,
    record: unknown,
  ): Promise<void>;
  message(councilId: string, subject: string, platform: ChatPlatform): Promise<unknown>;
}

/** Thrown by a store when Redis cannot be reached; users are told to try again shortly. */
export class StoreUnavailableError extends Error {
  override readonly name: string = 'StoreUnavailableError';
  constructor(cause?: unknown) {
    super('The store cannot be reached', { cause });
  }
}

/**
 * Thrown by a store write that was (or may have been) sent, but whose answer
 * never came: Redis may have stored it. The caller must find out by reading,
 * not tell the user it failed.
 */
export class WriteOutcomeUnknownError extends StoreUnavailableError {
  override readonly name: string = 'WriteOutcomeUnknownError';
}
