import { StoreUnavailableError, WriteOutcomeUnknownError } from '../app/ports.ts';

/**
 * Redis replies that mean "not now" rather than "your command is wrong": the
 * server is loading its data after a restart, busy, read-only after a
 * failover, refusing writes because a save failed, or out of memory.
 */
const transientReply =
  /^(LOADING|BUSY|MASTERDOWN|TRYAGAIN|CLUSTERDOWN|READONLY|MISCONF|OOM|NOREPLICAS)\b/;

/** What ioredis says when there is no connection to send on, or none came back in time. */
const noConnection =
  /Connection is closed|Stream isn't writeable|Command timed out|aborted due to connection close|max retries per request/i;
const socketCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/** Does this error mean Redis cannot be reached (so "try again shortly" is the honest answer)? */
export function isUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error instanceof StoreUnavailableError) return true;
  if (error.name === 'ReplyError') return transientReply.test(error.message);
  if (error.name === 'MaxRetriesPerRequestError') return true;
  const code = (error as { code?: unknown }).code;
  return (typeof code === 'string' && socketCodes.has(code)) || noConnection.test(error.message);
}

/**
 * Runs store work and turns a lost or unanswering Redis into
 * StoreUnavailableError, so use cases and surfaces need to know one error
 * type, not ioredis's. Anything else (a script bug, WRONGTYPE) stays as it is:
 * retrying would not help.
 */
export async function storeCall<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw error;
    throw isUnavailable(error) ? new StoreUnavailableError(error) : error;
  }
}

/**
 * Runs one write. When Redis answered "not now" (LOADING, READONLY, ...) the
 * write certainly did not happen: StoreUnavailableError, "try again". Any
 * other lost connection may have struck after the command was sent — ioredis
 * rejects a sent, unanswered command with "Command timed out" or, at its next
 * reconnect attempt, MaxRetriesPerRequestError, and a command that timed out
 * in the offline queue is still written on reconnect — so the outcome is
 * unknown: WriteOutcomeUnknownError, and the caller reads to find out.
 */
export async function storeWrite<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof StoreUnavailableError) throw error;
    if (!isUnavailable(error)) throw error;
    const refusedByRedis = error instanceof Error && error.name === 'ReplyError';
    throw refusedByRedis ? new StoreUnavailableError(error) : new WriteOutcomeUnknownError(error);
  }
}
