import { webApi } from '@slack/bolt';
import { SenderError } from '../../../app/chat-sender.ts';

/** Platform errors a retry may fix; every other `ok: false` stays as it is (no channel, bad blocks, revoked token). */
const passingPlatformErrors = new Set([
  'internal_error',
  'fatal_error',
  'service_unavailable',
  'request_timeout',
  'ratelimited',
]);

/** Maps a Web API error (client built with rejectRateLimitedCalls) to what the outbox should do. */
export function deliveryErrorOf(error: unknown, what: string): SenderError {
  if (error instanceof SenderError) return error;
  const code = (error as { code?: unknown } | null)?.code;
  if (
    error instanceof webApi.WebAPIRateLimitedError ||
    code === webApi.ErrorCode.RateLimitedError
  ) {
    const seconds = Number((error as { retryAfter?: unknown }).retryAfter);
    return new SenderError('rate_limited', `${what}: rate limited`, {
      retryAfterMs: Math.max(1, Number.isFinite(seconds) ? seconds : 1) * 1_000,
      status: 429,
      cause: error,
    });
  }
  if (code === webApi.ErrorCode.PlatformError) {
    const slackError = String((error as { data?: { error?: unknown } }).data?.error ?? 'unknown');
    const failure = passingPlatformErrors.has(slackError) ? 'transient' : 'permanent';
    return new SenderError(failure, `${what}: ${slackError}`, { cause: error });
  }
  if (code === webApi.ErrorCode.HTTPError) {
    const status = Number((error as { statusCode?: unknown }).statusCode);
    const failure = status >= 500 || status === 408 ? 'transient' : 'permanent';
    return new SenderError(failure, `${what}: HTTP ${status}`, { status, cause: error });
  }
  // Network trouble (WebAPIRequestError) and anything unexpected: try again later.
  return new SenderError(
    'transient',
    `${what}: ${error instanceof Error ? error.message : String(error)}`,
    {
      cause: error,
    },
  );
}
