import { SenderError } from '../../app/chat-sender.ts';
import type { FollowUp } from './notice-plan.ts';

/**
 * A subject's message on one platform as the ChatDirectory keeps it: the
 * adapter's address fields at the top level (as the senders before this
 * wrote them, so older records read the same), plus what the lifecycle adds:
 * - `followUps`: key → the version posted (or the reply's id when unversioned);
 * - `updatedAt`: ms since the epoch of the last update, for pacing.
 */
export interface MessageRecord<Where> {
  readonly where: Where;
  readonly followUps: Readonly<Record<string, string>>;
  readonly updatedAt?: number;
  /** The record as stored, so a change keeps fields this version does not know. */
  readonly stored: Readonly<Record<string, unknown>>;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const stringsOf = (value: unknown): Record<string, string> =>
  isRecord(value)
    ? Object.fromEntries(
        Object.entries(value).filter(
          (entry): entry is [string, string] => typeof entry[1] === 'string',
        ),
      )
    : {};

export function readMessageRecord<Where>(
  value: unknown,
  whereOf: (record: Readonly<Record<string, unknown>>) => Where | undefined,
  olderFollowUps?: (record: Readonly<Record<string, unknown>>) => Readonly<Record<string, string>>,
): MessageRecord<Where> | undefined {
  if (!isRecord(value)) return undefined;
  const where = whereOf(value);
  if (where === undefined) return undefined;
  const updatedAt = value['updatedAt'];
  return {
    where,
    // Keyed follow-ups win over what an older record's own fields say.
    followUps: { ...(olderFollowUps?.(value) ?? {}), ...stringsOf(value['followUps']) },
    ...(typeof updatedAt === 'number' ? { updatedAt } : {}),
    stored: value,
  };
}

/** A new message's record: its address only, as it always was. */
export const newMessageRecord = <Where>(where: Where): Readonly<Record<string, unknown>> => ({
  ...(where as Record<string, unknown>),
});

export function followUpPosted(record: MessageRecord<unknown>, followUp: FollowUp): boolean {
  const posted = record.followUps[followUp.key];
  if (posted === undefined) return false;
  return followUp.version === undefined || posted === followUp.version;
}

/** A store read or write during delivery: an outage is worth a retry. */
export async function storeStep<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    throw new SenderError('transient', 'the store is unavailable', { cause: error });
  }
}

/** A reply kept current in a subject's thread, as its record keeps it under `threadReplies`. */
export interface PostedThreadReply {
  readonly id: string;
  readonly version: string;
}

/** The thread replies a record says were posted: key → the reply's id and the version it shows. */
export function threadRepliesOf(
  record: MessageRecord<unknown>,
): Readonly<Record<string, PostedThreadReply>> {
  const stored = record.stored['threadReplies'];
  if (!isRecord(stored)) return {};
  const replies: Record<string, PostedThreadReply> = {};
  for (const [key, value] of Object.entries(stored))
    if (isRecord(value) && typeof value['id'] === 'string' && typeof value['version'] === 'string')
      replies[key] = { id: value['id'], version: value['version'] };
  return replies;
}
