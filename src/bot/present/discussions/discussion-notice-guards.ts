import {
  discussionNotices,
  type DiscussionNotice,
} from '../../../app/discussions/discussion-notices.ts';
import type { ChatNotice } from '../../message-lifecycle/notice-plan.ts';

type Kind = DiscussionNotice['kind'];

/**
 * Whether a notice is one of the given discussion kinds with every field its
 * schema asks for: a payload queued by an older release is not delivered
 * half-read.
 */
export function isDiscussionNotice<K extends Kind>(
  kinds: readonly K[],
): (notice: ChatNotice) => notice is Extract<DiscussionNotice, { kind: K }> {
  const wanted: ReadonlySet<string> = new Set(kinds);
  return (notice): notice is Extract<DiscussionNotice, { kind: K }> =>
    wanted.has(notice.kind) && discussionNotices[notice.kind as K].schema.safeParse(notice).success;
}

/** The notice as its kinds' type; a notice of another kind is a wiring mistake. */
export function asDiscussionNotice<K extends Kind>(
  guard: (notice: ChatNotice) => notice is Extract<DiscussionNotice, { kind: K }>,
  notice: ChatNotice,
): Extract<DiscussionNotice, { kind: K }> {
  if (!guard(notice)) throw new Error(`not a discussion notice of this plan: ${notice.kind}`);
  return notice;
}
