import type { Notice } from './ports.ts';

/** Where one delivery goes: a conversation (channel, DM, Teams chat) on one platform. */
export interface Route {
  readonly platform: string;
  readonly conversation: string;
  /**
   * What the sender needs back at delivery time (the Slack workspace and
   * user, how Teams reaches a member). Travels in the job payload: JSON only.
   */
  readonly context?: Readonly<Record<string, unknown>>;
}

/** At most `max` messages in any `windowMs` to one conversation. */
export interface RateWindow {
  readonly max: number;
  readonly windowMs: number;
}

/**
 * A chat surface as the outbox sees it. The surface decides where a notice
 * goes (routesFor) and renders it from fresh state when it is delivered, so a
 * delayed or coalesced delivery never shows stale counts.
 */
export interface ChatSender {
  readonly platform: string;
  /** Slack ≈ 1/s per channel, Teams ≤ 7/s per conversation. */
  readonly conversationLimit: RateWindow;
  routesFor(notice: Notice): Promise<readonly Route[]>;
  deliver(route: Route, notice: Notice): Promise<void>;
}

export type SenderFailure = 'rate_limited' | 'transient' | 'permanent';

/**
 * What a sender throws so the outbox knows whether to wait (429 + Retry-After),
 * retry with backoff (412/502/504, network) or give up (conversation gone).
 */
export class SenderError extends Error {
  override readonly name = 'SenderError';
  constructor(
    readonly failure: SenderFailure,
    message: string,
    readonly details: {
      readonly retryAfterMs?: number;
      readonly status?: number;
      readonly cause?: unknown;
    } = {},
  ) {
    super(message, { cause: details.cause });
  }

  static rateLimited(retryAfterMs: number, message = 'rate limited by the platform'): SenderError {
    return new SenderError('rate_limited', message, { retryAfterMs, status: 429 });
  }
}

/**
 * Reads a SenderError, or any error shaped like one: the chat surfaces may not
 * import src/jobs (see .dependency-cruiser.cjs), so they can throw their own
 * error with `failure` and `details.retryAfterMs`.
 */
export function senderFailureOf(
  error: unknown,
): { failure: SenderFailure; retryAfterMs?: number } | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const { failure, details } = error as { failure?: unknown; details?: { retryAfterMs?: unknown } };
  if (failure !== 'rate_limited' && failure !== 'transient' && failure !== 'permanent')
    return undefined;
  const retryAfterMs = details?.retryAfterMs;
  return typeof retryAfterMs === 'number' ? { failure, retryAfterMs } : { failure };
}
