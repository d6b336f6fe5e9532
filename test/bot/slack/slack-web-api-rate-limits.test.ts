/**
 * The fake Slack API's recording and rate limits, and how @slack/web-api 8
 * reacts to its 429s: the default client pauses its whole queue and retries;
 * `rejectRateLimitedCalls: true` throws `slack_webapi_rate_limited_error`
 * with `retryAfter` (seconds) for the caller (our job worker) to apply.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { LogLevel, webApi } from '@slack/bolt';
import {
  startFakeSlackApi,
  type FakeSlackApi,
  type FakeSlackOptions,
} from '../../fakes/fake-slack-api.js';

const { WebClient, ErrorCode, WebAPIRateLimitedError } = webApi;

let slack: FakeSlackApi | undefined;
afterEach(async () => {
  await slack?.close();
  slack = undefined;
});

async function fake(options: FakeSlackOptions = {}): Promise<FakeSlackApi> {
  slack = await startFakeSlackApi(options);
  return slack;
}

/** The client a job worker should use: 429 surfaces at once, no hidden retries. */
function workerClient(
  s: FakeSlackApi,
  token = s.workspaces[0]?.token,
): InstanceType<typeof WebClient> {
  return new WebClient(token, {
    slackApiUrl: s.apiUrl,
    rejectRateLimitedCalls: true,
    retryConfig: { retries: 0 },
  });
}

describe('fake Slack Web API', () => {
  it('records form-encoded calls with JSON fields decoded', async () => {
    const s = await fake();
    const client = workerClient(s);
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*Høring*' } }];
    const posted = await client.chat.postMessage({ channel: 'C0BYRAAD01', text: 'Høring', blocks });
    expect(posted).toMatchObject({ ok: true, channel: 'C0BYRAAD01' });
    const [call] = s.callsTo('chat.postMessage');
    expect(call?.contentType).toBe('application/x-www-form-urlencoded');
    expect(call?.args.blocks).toEqual(blocks);
    expect(call?.token).toBe(s.workspaces[0]?.token);
    expect(call?.teamId).toBe('T0KOMMUNE1');
  });

  it('records JSON-bodied calls too', async () => {
    const s = await fake();
    const res = await fetch(`${s.apiUrl}chat.postMessage`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json; charset=utf-8',
        authorization: `Bearer ${s.workspaces[0]?.token}`,
      },
      body: JSON.stringify({ channel: 'C0BYRAAD01', text: 'via JSON' }),
    });
    expect(await res.json()).toMatchObject({ ok: true });
    expect(s.messagesIn('C0BYRAAD01').map((m) => m.text)).toEqual(['via JSON']);
  });

  it('gives increasing ts, applies chat.update to the stored message', async () => {
    const s = await fake({ limits: { postMessagePerChannel: { burst: 10, perSecond: 1 } } });
    const client = workerClient(s);
    const a = await client.chat.postMessage({ channel: 'C1', text: 'a' });
    const b = await client.chat.postMessage({ channel: 'C1', text: 'b' });
    expect(Number(b.ts)).toBeGreaterThan(Number(a.ts));
    await client.chat.update({ channel: 'C1', ts: String(a.ts), text: 'a2' });
    expect(s.messagesIn('C1').map((m) => [m.text, m.updateCount])).toEqual([
      ['a2', 1],
      ['b', 0],
    ]);
    await expect(
      client.chat.update({ channel: 'C1', ts: '1.000000', text: 'x' }),
    ).rejects.toMatchObject({
      data: { error: 'message_not_found' },
    });
  });

  it('opens one DM channel per user and answers users.info', async () => {
    const s = await fake();
    const client = workerClient(s);
    const dm = await client.conversations.open({ users: 'U0MEDLEM01' });
    expect(dm.channel?.id).toBe(s.dmChannelOf('U0MEDLEM01'));
    expect((await client.conversations.open({ users: 'U0MEDLEM01' })).channel?.id).toBe(
      dm.channel?.id,
    );
    s.addUser({ id: 'U0MEDLEM01', real_name: 'Mette Medlem' });
    const info = await client.users.info({ user: 'U0MEDLEM01' });
    expect(info.user).toMatchObject({
      id: 'U0MEDLEM01',
      team_id: 'T0KOMMUNE1',
      real_name: 'Mette Medlem',
      tz: 'Europe/Copenhagen',
    });
  });

  it('answers unknown methods with unknown_method and unknown tokens with invalid_auth', async () => {
    const s = await fake();
    await expect(workerClient(s).apiCall('hearings.open')).rejects.toMatchObject({
      code: ErrorCode.PlatformError,
      data: { ok: false, error: 'unknown_method' },
    });
    await expect(workerClient(s, 'xoxb-other').auth.test()).rejects.toMatchObject({
      data: { error: 'invalid_auth' },
    });
  });

  it('can fail the next call to a method on demand', async () => {
    const s = await fake();
    s.failNextCallTo('chat.postMessage', 'channel_not_found');
    const client = workerClient(s);
    await expect(client.chat.postMessage({ channel: 'C9', text: 'x' })).rejects.toMatchObject({
      data: { error: 'channel_not_found' },
    });
    await expect(client.chat.postMessage({ channel: 'C9', text: 'x' })).resolves.toMatchObject({
      ok: true,
    });
  });
});

describe('rate limits', () => {
  it('chat.postMessage: a burst per channel, then 429 with Retry-After; other channels unaffected', async () => {
    let now = 1_700_000_000_000;
    const s = await fake({
      now: () => now,
      limits: { postMessagePerChannel: { burst: 3, perSecond: 1 } },
    });
    const client = workerClient(s);
    for (let i = 0; i < 3; i++) await client.chat.postMessage({ channel: 'D1', text: `r${i}` });

    const error: unknown = await client.chat
      .postMessage({ channel: 'D1', text: 'r3' })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebAPIRateLimitedError);
    expect(error).toMatchObject({ code: 'slack_webapi_rate_limited_error', retryAfter: 1 });
    expect(s.rateLimitedCount('chat.postMessage')).toBe(1);
    expect(s.allCalls().at(-1)).toMatchObject({ status: 429, retryAfterSeconds: 1 });

    await expect(client.chat.postMessage({ channel: 'D2', text: 'other' })).resolves.toMatchObject({
      ok: true,
    });
    now += 1_000; // one token refilled
    await expect(client.chat.postMessage({ channel: 'D1', text: 'r3' })).resolves.toMatchObject({
      ok: true,
    });
    expect(s.messagesIn('D1')).toHaveLength(4);
  });

  it('chat.update and conversations.open: Tier 3 windows per workspace, shrinkable for tests', async () => {
    let now = 0;
    const s = await fake({
      now: () => now,
      limits: {
        perWorkspace: {
          'chat.update': { max: 2, windowMs: 5_000 },
          'conversations.open': { max: 1, windowMs: 60_000 },
        },
      },
    });
    const client = workerClient(s);
    const { ts } = await client.chat.postMessage({ channel: 'C1', text: 'x' });
    await client.chat.update({ channel: 'C1', ts: String(ts), text: '1' });
    now = 1_000;
    await client.chat.update({ channel: 'C1', ts: String(ts), text: '2' });
    await expect(
      client.chat.update({ channel: 'C1', ts: String(ts), text: '3' }),
    ).rejects.toMatchObject({ retryAfter: 4 });
    now = 5_001; // the first update left the window
    await expect(
      client.chat.update({ channel: 'C1', ts: String(ts), text: '3' }),
    ).resolves.toMatchObject({ ok: true });

    await client.conversations.open({ users: 'U1' });
    await expect(client.conversations.open({ users: 'U2' })).rejects.toMatchObject({
      retryAfter: 60,
    });
    expect(s.rateLimitedCount()).toBe(2);
    expect(s.callsTo('chat.update')).toHaveLength(3);
  });

  it('the documented defaults: 50 chat.update per minute per workspace', async () => {
    const s = await fake({ now: () => 0 });
    const client = workerClient(s);
    const { ts } = await client.chat.postMessage({ channel: 'C1', text: 'x' });
    for (let i = 0; i < 50; i++)
      await client.chat.update({ channel: 'C1', ts: String(ts), text: String(i) });
    await expect(
      client.chat.update({ channel: 'C1', ts: String(ts), text: '51' }),
    ).rejects.toMatchObject({ retryAfter: 60 });
  });
});

describe('@slack/web-api 8 on a 429', () => {
  it('by default pauses the WHOLE client queue for Retry-After, then retries the call', async () => {
    const s = await fake({ limits: { postMessagePerChannel: { burst: 1, perSecond: 1 } } });
    const client = new WebClient(s.workspaces[0]?.token, {
      slackApiUrl: s.apiUrl,
      logLevel: LogLevel.ERROR,
    });
    await client.chat.postMessage({ channel: 'C1', text: 'first' });

    const started = Date.now();
    const limited = client.chat.postMessage({ channel: 'C1', text: 'second' }); // 429, Retry-After: 1
    await new Promise((r) => setTimeout(r, 150));
    // A call to ANOTHER channel, which Slack would accept, waits behind the pause.
    const otherChannel = client.chat
      .postMessage({ channel: 'C2', text: 'unrelated' })
      .then(() => Date.now() - started);

    await expect(limited).resolves.toMatchObject({ ok: true });
    expect(await otherChannel).toBeGreaterThanOrEqual(900);
    expect(s.rateLimitedCount()).toBe(1);
    expect(s.messagesIn('C1').map((m) => m.text)).toEqual(['first', 'second']);
  });

  it('with rejectRateLimitedCalls it throws WebAPIRateLimitedError at once, for the worker to apply', async () => {
    const s = await fake({ limits: { postMessagePerChannel: { burst: 1, perSecond: 1 } } });
    const client = workerClient(s);
    await client.chat.postMessage({ channel: 'C1', text: 'first' });
    const started = Date.now();
    const error = await client.chat
      .postMessage({ channel: 'C1', text: 'second' })
      .catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(500);
    // The shape a BullMQ worker maps to `await worker.rateLimit(retryAfter * 1000); throw Worker.RateLimitError()`.
    expect(
      error instanceof WebAPIRateLimitedError &&
        error.code === ErrorCode.RateLimitedError &&
        error.retryAfter,
    ).toBe(1);
    expect(s.messagesIn('C1')).toHaveLength(1);
  });
});
