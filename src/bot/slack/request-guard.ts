import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { parse as parseQuery } from 'node:querystring';
import { shapeProblem } from './payload-shape.ts';

/**
 * Checks a request to /slack/events before Bolt sees it. Bolt 5.1 accepts a
 * timestamp from the future, compares the signature loosely, remembers
 * nothing (a replay acts again) and crashes on a signed `null` body; each of
 * those is closed here, at the door, so every listener can trust what it gets.
 *
 * A request that passes has its body buffered on `rawBody`, which Bolt's
 * receiver reads instead of the (already consumed) stream.
 */
export interface SlackRequestGuardOptions {
  readonly signingSecret: string;
  /**
   * Remembers a key for `ttlSeconds`; true the first time it is seen. Backed
   * by Redis (SET NX EX), so a replay is caught by any web process.
   */
  readonly rememberOnce: (key: string, ttlSeconds: number) => Promise<boolean>;
  /** Real wall-clock seconds: Slack signs with the real time, so this is the outside world's clock. */
  readonly nowSeconds?: () => number;
  readonly bodyLimitBytes?: number;
  /** How long to wait for rememberOnce before letting the request through; default requestMemoryWaitMs. */
  readonly memoryWaitMs?: number;
  readonly log: (level: 'warn' | 'info', detail: Record<string, unknown>, message: string) => void;
}

/** Slack's rule: a request older or newer than five minutes is refused. */
export const SLACK_TIMESTAMP_WINDOW_SECONDS = 5 * 60;
/** Events are redelivered for up to about an hour; an event id is remembered a little longer. */
const EVENT_ID_MEMORY_SECONDS = 2 * 60 * 60;
const DEFAULT_BODY_LIMIT = 1024 * 1024;
/**
 * The replay memory's share of Slack's 3 s: a slow Redis must not eat the
 * time the vote listener needs to ack (see voteAckDeadlineMs).
 */
export const requestMemoryWaitMs = 400;

const SIGNATURE = /^v0=[0-9a-f]{64}$/;
/** Unix seconds: at most ten digits, so a millisecond value (13 digits) is refused. */
const TIMESTAMP = /^[0-9]{1,10}$/;

export type GuardVerdict =
  | { readonly pass: true }
  | { readonly pass: false; readonly status: number; readonly reason: string };

type SlackRequest = IncomingMessage & { rawBody?: Buffer };

/** Guards one request; answers it itself unless it passes. */
export async function guardSlackRequest(
  request: SlackRequest,
  response: ServerResponse,
  options: SlackRequestGuardOptions,
): Promise<boolean> {
  let verdict: GuardVerdict;
  try {
    verdict = await judge(request, options);
  } catch (error) {
    verdict = { pass: false, status: 400, reason: `unreadable body: ${String(error)}` };
  }
  if (verdict.pass) return true;
  options.log(
    verdict.status === 200 ? 'info' : 'warn',
    { status: verdict.status, reason: verdict.reason },
    'slack: request stopped before Bolt',
  );
  if (!response.headersSent) {
    // Plain answers: the detail goes to the log, never to the caller.
    response.writeHead(verdict.status, { 'content-type': 'text/plain; charset=utf-8' });
    response.end(verdict.status === 200 ? '' : plainStatus(verdict.status));
  }
  return false;
}

const plainStatus = (status: number): string =>
  status === 401 ? 'unauthorized' : status === 413 ? 'payload too large' : 'bad request';

async function judge(
  request: SlackRequest,
  options: SlackRequestGuardOptions,
): Promise<GuardVerdict> {
  const body = await readBody(request, options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT);
  if (body === undefined) return { pass: false, status: 413, reason: 'body too large' };
  const text = body.toString('utf8');
  const contentType = headerOf(request, 'content-type');

  // Slack's SSL check carries no signature and asks only for a 200.
  if (contentType === FORM && parseQuery(text)['ssl_check'] === '1')
    return { pass: false, status: 200, reason: 'ssl_check' };

  const timestamp = headerOf(request, 'x-slack-request-timestamp');
  if (timestamp === undefined || !TIMESTAMP.test(timestamp))
    return { pass: false, status: 401, reason: `timestamp not in unix seconds: ${timestamp}` };
  const now = (options.nowSeconds ?? (() => Math.floor(Date.now() / 1000)))();
  if (Math.abs(now - Number(timestamp)) > SLACK_TIMESTAMP_WINDOW_SECONDS)
    return { pass: false, status: 401, reason: `timestamp outside ±5 min: ${timestamp}` };

  const signature = headerOf(request, 'x-slack-signature');
  if (signature === undefined || !SIGNATURE.test(signature))
    return { pass: false, status: 401, reason: 'signature header malformed' };
  const expected = `v0=${createHmac('sha256', options.signingSecret)
    .update(`v0:${timestamp}:${text}`)
    .digest('hex')}`;
  if (!timingSafeEqual(Buffer.from(signature), Buffer.from(expected)))
    return { pass: false, status: 401, reason: 'signature mismatch' };

  const parsed = parseBody(text, contentType);
  if (parsed === undefined) return { pass: false, status: 400, reason: 'body is not an object' };
  const problem = shapeProblem(parsed.body, parsed.source);
  if (problem !== undefined)
    return { pass: false, status: 400, reason: `not a payload Slack sends: ${problem}` };

  // A byte-for-byte copy carries the same signature: it must change nothing.
  if (!(await firstTime(options, `sig:${signature}`, 2 * SLACK_TIMESTAMP_WINDOW_SECONDS)))
    return { pass: false, status: 200, reason: 'replayed request' };
  // Slack's own retry of an event is signed anew; its event id tells it apart.
  const eventId = parsed.body['event_id'];
  if (typeof eventId === 'string' && eventId !== '') {
    if (!(await firstTime(options, `event:${eventId}`, EVENT_ID_MEMORY_SECONDS)))
      return { pass: false, status: 200, reason: `event ${eventId} already handled` };
  }

  request.rawBody = body;
  return { pass: true };
}

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

/**
 * While Redis is away (or slower than memoryWaitMs) the request goes on and
 * meets the listener's honest answer ("try again shortly", or "we are
 * checking your vote"), rather than a refusal that would blame the member.
 * The price: a replay arriving in exactly such a moment, with Redis slow but
 * still storing, is not caught — answering in time comes first.
 */
async function firstTime(
  options: SlackRequestGuardOptions,
  key: string,
  ttlSeconds: number,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const tooSlow = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error('replay memory did not answer in time')),
      options.memoryWaitMs ?? requestMemoryWaitMs,
    );
  });
  try {
    return await Promise.race([options.rememberOnce(key, ttlSeconds), tooSlow]);
  } catch (error) {
    options.log(
      'warn',
      { err: String(error) },
      'slack: replay memory unreachable; request let through',
    );
    return true;
  } finally {
    clearTimeout(timer);
  }
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

interface ParsedBody {
  readonly body: Record<string, unknown>;
  readonly source: 'command' | 'interactive' | 'event';
}

/** The body as Bolt will read it, when that is an object; undefined when Bolt would choke. */
function parseBody(text: string, contentType: string | undefined): ParsedBody | undefined {
  if (contentType === FORM) {
    const fields = parseQuery(text);
    const payload = fields['payload'];
    if (payload === undefined) return { body: { ...fields }, source: 'command' };
    if (typeof payload !== 'string') return undefined;
    const parsed = parseJson(payload);
    return isObject(parsed) ? { body: parsed, source: 'interactive' } : undefined;
  }
  if (contentType === undefined || !contentType.startsWith(JSON_TYPE)) return undefined;
  const parsed = parseJson(text);
  return isObject(parsed) ? { body: parsed, source: 'event' } : undefined;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

function headerOf(request: IncomingMessage, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' ? value : undefined;
}

/** The whole body, or undefined when it passes the limit (the rest is drained, not kept). */
async function readBody(request: SlackRequest, limit: number): Promise<Buffer | undefined> {
  if (Buffer.isBuffer(request.rawBody)) return request.rawBody;
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
    size += buffer.length;
    if (size > limit) tooLarge = true;
    else chunks.push(buffer);
  }
  return tooLarge ? undefined : Buffer.concat(chunks);
}
