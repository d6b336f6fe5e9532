import { SenderError } from '../../../app/chat-sender.ts';

/** The conversation or the bot is gone from it: no retry helps. */
const permanentStatuses = new Set([400, 403, 404, 405, 410, 413]);

/** `Retry-After` in seconds or as an HTTP date, in ms. */
export function retryAfterMs(
  value: string | null | undefined,
  now = Date.now(),
): number | undefined {
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1_000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * A failed Bot Connector call (the SDK's HttpError carries `status` and the
 * response headers) as the outbox reads it: 429 waits Retry-After, 412/502/504
 * are retried with backoff and jitter, a missing conversation is given up.
 */
export function deliveryErrorOf(error: unknown, what: string): SenderError {
  if (error instanceof SenderError) return error;
  const status = Number((error as { status?: unknown } | null)?.status);
  const headers = (
    error as { response?: { headers?: { get?(name: string): string | null } } } | null
  )?.response?.headers;
  const retryAfter = retryAfterMs(headers?.get?.('retry-after'));
  const message = `${what}: ${Number.isFinite(status) ? `HTTP ${status}` : error instanceof Error ? error.message : String(error)}`;
  if (status === 429) return SenderError.rateLimited(Math.max(1, retryAfter ?? 1_000), message);
  if (permanentStatuses.has(status))
    return new SenderError('permanent', message, { status, cause: error });
  // 412, 502, 504 (Teams' guidance), 408/500/503, 401 (a token to renew), network trouble: try again later.
  return new SenderError('transient', message, {
    ...(Number.isFinite(status) ? { status } : {}),
    ...(retryAfter === undefined ? {} : { retryAfterMs: retryAfter }),
    cause: error,
  });
}
