/**
 * Forged, future-dated, replayed and malformed Slack requests against the
 * running service: none may cast a ballot, answer with internals or stop the
 * process. Each case is a vote click for a real open hearing, changed in one
 * way after (or instead of) signing it as Slack would.
 */
import { createHmac } from 'node:crypto';
import { describe, expect } from 'vitest';
import { openHearingBlocks } from '../../src/bot/slack/hearings/hearing-ids.ts';
import { eventually, seedCouncil, type SlackHarness } from '../support/slack-harness.ts';
import { hearingFormValues, voteClick } from '../support/slack-payloads.ts';
import {
  appHomeOpened,
  interaction,
  SIGNING_SECRET,
  viewSubmission,
  type SlackHttpRequest,
} from '../support/slack-requests.ts';
import { openHearingElsewhere, rememberChannel } from '../support/slack-seeds.ts';
import { slackTest } from '../support/slack-test.ts';

const nowSeconds = (): number => Math.floor(Date.now() / 1000);
const hmac = (timestamp: string, body: string, secret = SIGNING_SECRET): string =>
  createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');

/** A request with exactly these headers: the body signed for `timestamp` unless a signature is given. */
function withHeaders(
  request: SlackHttpRequest,
  change: { timestamp?: string | null; signature?: string | null; body?: string },
): SlackHttpRequest {
  const body = change.body ?? request.body;
  const timestamp = change.timestamp === undefined ? String(nowSeconds()) : change.timestamp;
  const signature =
    change.signature === undefined ? `v0=${hmac(timestamp ?? '', body)}` : change.signature;
  const headers: Record<string, string> = { 'content-type': request.headers['content-type']! };
  if (timestamp !== null) headers['x-slack-request-timestamp'] = timestamp;
  if (signature !== null) headers['x-slack-signature'] = signature;
  return { path: request.path, headers, body };
}

/** A body signed correctly for now: only its content is wrong. */
const signedBody = (contentType: string, body: string): SlackHttpRequest =>
  withHeaders({ path: '/slack/events', headers: { 'content-type': contentType }, body }, {});

const FORM = 'application/x-www-form-urlencoded';
const JSON_TYPE = 'application/json';

async function councilWithOpenHearing(bot: SlackHarness) {
  const seeded = await seedCouncil(bot);
  await rememberChannel(bot, seeded.council.id);
  const { hearing } = await openHearingElsewhere(bot, seeded);
  const voter = seeded.userOf(seeded.roster.members[0]!);
  const click = (choice: 'for' | 'against' = 'for') =>
    voteClick(bot, { userId: voter, hearingId: hearing.id, choice });
  const ballots = () => bot.stores.hearings.ballots(seeded.council.id, hearing.id);
  const audit = () => bot.stores.hearings.auditTrail(seeded.council.id, hearing.id);
  return { seeded, hearing, click, ballots, audit };
}

/** Interactive payloads, signed, whose shape Slack never sends: each once broke a listener. */
function wrongShapes(): Record<string, SlackHttpRequest> {
  const form = (values: Record<string, unknown>) =>
    viewSubmission({ callbackId: 'open_hearing', values: values as never });
  const rulesAs = (selected: unknown) =>
    form({
      ...hearingFormValues({}),
      [openHearingBlocks.rules]: { value: { type: 'checkboxes', selected_options: selected } },
    });
  const click = (change: Record<string, unknown>) =>
    interaction({
      type: 'block_actions',
      user: { id: 'U0MEDLEM01' },
      team: { id: 'T0KOMMUNE1' },
      actions: [{ action_id: 'vote.for', value: 'h0001' }],
      ...change,
    });
  return {
    'form with selected_options as a string': rulesAs('secret'),
    'form with selected_options as an object': rulesAs({ value: 'secret' }),
    'form with selected_options holding null': rulesAs([null]),
    'form with the state values null': form(null as never),
    'form with a title that is a number': form({
      ...hearingFormValues({}),
      [openHearingBlocks.title]: { value: { type: 'plain_text_input', value: 42 } },
    }),
    'form without a view': interaction({ type: 'view_submission', user: { id: 'U0MEDLEM01' } }),
    'click without actions': click({ actions: [] }),
    'click with actions as an object': click({ actions: { action_id: 'vote.for' } }),
    'click with a null user': click({ user: null }),
    'click with a user id that is a number': click({ user: { id: 7 } }),
    'click with a value that is an object': click({
      actions: [{ action_id: 'vote.for', value: { hearing: 'h0001' } }],
    }),
    'slash command without a user': signedBody(
      FORM,
      'command=%2Fraad&text=mine&team_id=T0KOMMUNE1',
    ),
    'event callback without an event': signedBody(
      JSON_TYPE,
      JSON.stringify({ type: 'event_callback', event_id: 'Ev0SHAPE001' }),
    ),
  };
}

describe('Slack forgery', () => {
  slackTest(
    'no forged, future-dated, stale or malformed request casts a ballot, leaks a detail or stops the service',
    async ({ bot }) => {
      const { click, ballots } = await councilWithOpenHearing(bot);
      const base = click();
      const ts = String(nowSeconds());
      const good = hmac(ts, base.body);
      const cases: Record<string, SlackHttpRequest> = {
        'timestamp now + 6 min': withHeaders(base, { timestamp: String(nowSeconds() + 6 * 60) }),
        'timestamp now + 1 h': withHeaders(base, { timestamp: String(nowSeconds() + 3600) }),
        'timestamp now + 1 year': withHeaders(base, {
          timestamp: String(nowSeconds() + 365 * 86_400),
        }),
        'timestamp in milliseconds (13 digits)': withHeaders(base, {
          timestamp: String(Date.now()),
        }),
        'timestamp in milliseconds, 1 h ahead': withHeaders(base, {
          timestamp: String(Date.now() + 3_600_000),
        }),
        'timestamp now − 6 min': withHeaders(base, { timestamp: String(nowSeconds() - 6 * 60) }),
        'timestamp now − 1 year': withHeaders(base, {
          timestamp: String(nowSeconds() - 365 * 86_400),
        }),
        'timestamp 0': withHeaders(base, { timestamp: '0' }),
        'timestamp negative': withHeaders(base, { timestamp: '-1' }),
        'timestamp not a number': withHeaders(base, { timestamp: 'abc' }),
        'timestamp with a fraction': withHeaders(base, { timestamp: `${nowSeconds()}.5` }),
        'timestamp in hex': withHeaders(base, {
          timestamp: `0x${nowSeconds().toString(16)}`,
        }),
        'timestamp with an exponent': withHeaders(base, { timestamp: '1.7e9' }),
        'timestamp empty': withHeaders(base, { timestamp: '' }),
        'timestamp missing': withHeaders(base, { timestamp: null }),
        'signature missing': withHeaders(base, { signature: null }),
        'signature empty': withHeaders(base, { signature: '' }),
        'signature with text after the hex': withHeaders(base, {
          timestamp: ts,
          signature: `v0=${good}=x`,
        }),
        'signature with an extra hex digit': withHeaders(base, {
          timestamp: ts,
          signature: `v0=${good}0`,
        }),
        'signature one digit short': withHeaders(base, {
          timestamp: ts,
          signature: `v0=${good.slice(0, -1)}`,
        }),
        'signature in upper case': withHeaders(base, {
          timestamp: ts,
          signature: `v0=${good.toUpperCase()}`,
        }),
        'signature of another version': withHeaders(base, {
          timestamp: ts,
          signature: `v1=${good}`,
        }),
        'signature without version': withHeaders(base, { timestamp: ts, signature: good }),
        'signature only "v0="': withHeaders(base, { timestamp: ts, signature: 'v0=' }),
        'signature of zeros': withHeaders(base, {
          timestamp: ts,
          signature: `v0=${'0'.repeat(64)}`,
        }),
        'signature with the wrong secret': withHeaders(base, {
          timestamp: ts,
          signature: `v0=${hmac(ts, base.body, 'not-the-secret')}`,
        }),
        'signature for another timestamp': withHeaders(base, {
          timestamp: ts,
          signature: `v0=${hmac(String(Number(ts) - 1), base.body)}`,
        }),
        'signature for another body': withHeaders(base, {
          timestamp: ts,
          signature: `v0=${hmac(ts, click('against').body)}`,
        }),
        'body changed after signing': {
          ...withHeaders(base, { timestamp: ts }),
          body: base.body.replace('vote.for', 'vote.against'),
        },
        'body with a byte appended after signing': {
          ...withHeaders(base, { timestamp: ts }),
          body: `${base.body}&x=1`,
        },
        'signed payload=null': signedBody(FORM, 'payload=null'),
        'signed JSON null': signedBody(JSON_TYPE, 'null'),
        'signed JSON array': signedBody(JSON_TYPE, '[]'),
        'signed JSON string': signedBody(JSON_TYPE, '"vote"'),
        'signed JSON number': signedBody(JSON_TYPE, '42'),
        'signed JSON that does not parse': signedBody(JSON_TYPE, '{"type":'),
        'signed empty JSON body': signedBody(JSON_TYPE, ''),
        'signed payload that is an array': signedBody(FORM, 'payload=%5B%5D'),
        'signed payload that is a number': signedBody(FORM, 'payload=1'),
        'signed payload that does not parse': signedBody(FORM, 'payload=%7B'),
        'signed payload given twice': signedBody(FORM, `${base.body}&${base.body}`),
        'signed body over 1 MiB': signedBody(JSON_TYPE, `{"x":"${'a'.repeat(1024 * 1024)}"}`),
        'signed body of another content type': signedBody('text/plain', base.body),
        ...wrongShapes(),
      };

      const answers: Record<string, { status: number; text: string }> = {};
      for (const [name, request] of Object.entries(cases)) {
        const answer = await bot.post(request);
        answers[name] = { status: answer.status, text: answer.text };
      }
      const accepted = Object.entries(answers).filter(([, a]) => a.status < 400);
      console.log(`Slack forgery: ${Object.keys(cases).length} cases, ${accepted.length} accepted`);

      expect(Object.keys(cases).length).toBeGreaterThanOrEqual(40);
      expect(accepted).toEqual([]);
      for (const { text } of Object.values(answers))
        expect(text).toMatch(/^(unauthorized|bad request|payload too large)$/);
      expect(await ballots()).toEqual([]);
      expect(bot.slack.callsTo('response_url')).toEqual([]);
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);

      // …and the genuine click still counts.
      expect((await bot.post(click())).status).toBe(200);
      await eventually(async () => (await ballots()).length === 1, 'the genuine vote is stored');
    },
  );
});

describe('Slack replays', () => {
  slackTest(
    'a vote replayed byte for byte changes nothing: the later change stands and the audit trail gets no event',
    async ({ bot }) => {
      const { click, ballots, audit } = await councilWithOpenHearing(bot);
      const first = click('for');
      expect((await bot.post(first)).status).toBe(200);
      await eventually(async () => (await ballots())[0]?.choice === 'for', 'For is stored');
      expect((await bot.post(click('against'))).status).toBe(200);
      await eventually(async () => (await ballots())[0]?.choice === 'against', 'changed to Imod');
      const eventsBefore = (await audit()).length;

      const replays = await Promise.all([bot.post(first), bot.post(first), bot.post(first)]);
      // A later distinct click is handled, so the replays had every chance to act before it.
      await bot.post(click('against'));
      await eventually(
        async () => (await audit()).length > eventsBefore,
        'the later click is handled',
      );

      console.log(`Slack replay: ${replays.length} copies, 0 acted`);
      expect(replays.map((r) => r.status)).toEqual([200, 200, 200]);
      expect((await ballots())[0]?.choice).toBe('against');
      expect((await audit()).filter((event) => event.choice === 'for')).toHaveLength(1);
    },
  );

  slackTest('an event redelivered by Slack (X-Slack-Retry-Num) acts once', async ({ bot }) => {
    const seeded = await seedCouncil(bot);
    const member = seeded.userOf(seeded.roster.members[0]!);
    await bot.post(appHomeOpened({ userId: member, eventId: 'Ev0RETRY001' }));
    await eventually(() => bot.slack.homeOf(member), 'the Home tab is published');

    const retries = [];
    for (const retryNum of [1, 2, 3])
      retries.push(
        await bot.post(appHomeOpened({ userId: member, eventId: 'Ev0RETRY001' }, { retryNum })),
      );
    const other = seeded.userOf(seeded.roster.members[1]!);
    await bot.post(appHomeOpened({ userId: other }));
    await eventually(() => bot.slack.homeOf(other), "the other member's tab is published");

    expect(retries.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(
      bot.slack.callsTo('views.publish').filter((call) => call.args['user_id'] === member),
    ).toHaveLength(1);
  });
});
