import type { Result } from '../../domain/errors.ts';

/**
 * A notice as the message lifecycle sees it: every capability's notices have
 * a kind and a council; the rest is the capability's own business.
 */
export interface ChatNotice {
  readonly kind: string;
  readonly councilId: string;
}

/**
 * What a notice does to the subject's message when that message has not been
 * posted yet on a platform:
 * - 'open': post it (the notice that starts the subject, e.g. a hearing opened);
 * - 'skip': nothing (a refresh before the post: the post renders the current state);
 * - 'wait': come back later (the opening post is still on its way, e.g. waiting out a 429).
 */
export type WhenUnposted = 'open' | 'skip' | 'wait';

/**
 * Where a member's notice may go when the platform cannot reach them 1:1 (in
 * Teams: no personal chat with the bot):
 * - 'mention' (the default): an @mention under the subject's message, or in
 *   the council's conversation when that is not posted (a hearing reminder);
 * - 'thread': only as an @mention reply in the subject's thread; nothing when
 *   it is not posted or the conversation has no threads (a meeting reminder);
 * - 'none': nothing (a private matter, or news the subject's message tells).
 */
export type WhenUnreachable = 'mention' | 'thread' | 'none';

/**
 * A notice's plan, decided from the notice alone (routes are chosen before
 * anything is rendered):
 * - about a subject's message (`hearing:<id>`): post it or update it in
 *   place, and maybe add a follow-up in its thread;
 * - to a member directly (a reminder), next to a subject whose thread a
 *   platform may fall back to.
 */
export type NoticePlan =
  | { readonly to: 'subject'; readonly subject: string; readonly whenUnposted: WhenUnposted }
  | {
      readonly to: 'member';
      readonly memberId: string;
      readonly subject: string;
      readonly whenUnreachable?: WhenUnreachable;
    };

/**
 * A reply in the subject's thread, posted once per key; with a version
 * (a moved deadline's new value), once per version it changes to.
 */
export interface FollowUp {
  readonly key: string;
  readonly version?: string;
}

/**
 * A reply kept in the subject's thread, one per key, that stays current: the
 * first delivery posts it, a later one with another version updates the same
 * reply in place (an agenda's items: an edited item is updated, not posted again).
 */
export interface ThreadReply {
  readonly key: string;
  /** What the reply shows, in short (a digest of its content): unchanged means nothing to do. */
  readonly version: string;
}

/**
 * What a capability tells the lifecycle about its notices, the same on every
 * platform. State is loaded fresh at delivery time (never taken from the
 * notice), so a delayed or coalesced delivery shows the subject as it is.
 *
 * Methods, not function properties: a list of capabilities with different
 * states is then one list.
 */
export interface NoticePlans<State, Recipient> {
  /** Whether these plans are for this notice (its kind belongs to the capability). */
  handles(notice: ChatNotice): boolean;
  plan(notice: ChatNotice): NoticePlan;
  /** The subject as it is now, as `viewerId` sees it when given. */
  load(notice: ChatNotice, viewerId?: string): Promise<Result<State>>;
  /** The follow-up a subject notice adds in the thread, given the state now. */
  followUp(notice: ChatNotice, state: State): FollowUp | undefined;
  /** The member a direct notice is for, as the state (loaded for them) shows them. */
  recipient(state: State): Recipient | undefined;
  /** Whether a direct notice still has something to say when it is delivered. */
  stillDue(notice: ChatNotice, state: State): boolean;
  /** The replies kept current in the subject's thread, in the order they first appear. */
  threadReplies?(notice: ChatNotice, state: State): readonly ThreadReply[];
  /**
   * Follow-ups a record written before follow-ups were keyed says were
   * posted (its own field names), so an upgrade does not post them twice.
   */
  olderFollowUps?(record: Readonly<Record<string, unknown>>): Readonly<Record<string, string>>;
}
