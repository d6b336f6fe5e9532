/**
 * Builders for HTTP requests shaped and signed like Slack's:
 *   X-Slack-Request-Timestamp: <unix seconds>
 *   X-Slack-Signature: v0=hex(HMAC-SHA256(signingSecret, `v0:${ts}:${rawBody}`))
 * Slash commands and interactions are form-encoded (interactions as a `payload`
 * JSON field); Events API callbacks are JSON. Ids below are invented.
 */
import { createHmac, randomUUID } from 'node:crypto';

export const SIGNING_SECRET = 'test-signing-secret-raadsbot';

export const slackIds = {
  team: 'T0KOMMUNE1',
  otherTeam: 'T0ANDENK02',
  apiAppId: 'A0RAADSBOT',
  member: 'U0MEDLEM01',
  secretary: 'U0SEKRET01',
  chair: 'U0FORMAND1',
  stranger: 'U0UKENDT01',
  channel: 'C0BYRAAD01',
  botUser: 'U0RAADSBOT',
} as const;

export interface SignOptions {
  signingSecret?: string;
  /** Unix seconds; defaults to now. Bolt refuses timestamps older than 5 minutes. */
  timestamp?: number;
  /** Sign with this secret instead (a forged request). */
  wrongSecret?: string;
  /** Change the body after signing (tampering in transit). */
  alterBody?: (body: string) => string;
  /** Slack's redelivery headers for Events API retries. */
  retryNum?: number;
  retryReason?: string;
}

export interface SlackHttpRequest {
  path: string;
  headers: Record<string, string>;
  body: string;
}

const FORM = 'application/x-www-form-urlencoded'; // Bolt compares this exactly: no charset suffix.
const JSON_TYPE = 'application/json';

export function signSlackBody(
  body: string,
  contentType: string,
  options: SignOptions = {},
): SlackHttpRequest {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const secret = options.wrongSecret ?? options.signingSecret ?? SIGNING_SECRET;
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature,
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = options.retryReason ?? 'http_timeout';
  }
  return {
    path: '/slack/events',
    headers,
    body: options.alterBody ? options.alterBody(body) : body,
  };
}

const triggerId = (): string => `${Date.now()}.${Math.floor(Math.random() * 1e9)}.fakefake`;
const formOf = (fields: Record<string, string>): string => new URLSearchParams(fields).toString();

export interface SlashCommandInput {
  command: string;
  text?: string;
  teamId?: string;
  userId?: string;
  channelId?: string;
  /** Where respond() posts; point it at the fake's `hooksUrl`. */
  responseUrl?: string;
  triggerId?: string;
}

export function slashCommand(input: SlashCommandInput, sign: SignOptions = {}): SlackHttpRequest {
  const teamId = input.teamId ?? slackIds.team;
  const body = formOf({
    token: 'deprecated-verification-token',
    team_id: teamId,
    team_domain: 'testkommune',
    channel_id: input.channelId ?? slackIds.channel,
    channel_name: 'byraad',
    user_id: input.userId ?? slackIds.member,
    user_name: 'medlem',
    command: input.command,
    text: input.text ?? '',
    api_app_id: slackIds.apiAppId,
    is_enterprise_install: 'false',
    response_url: input.responseUrl ?? `https://hooks.slack.com/commands/${teamId}/1/fake`,
    trigger_id: input.triggerId ?? triggerId(),
  });
  return signSlackBody(body, FORM, sign);
}

interface InteractionBase {
  teamId?: string;
  userId?: string;
}

/** Wraps an interaction payload the way Slack posts it: `payload=<json>`, form-encoded. */
export function interaction(
  payload: Record<string, unknown>,
  sign: SignOptions = {},
): SlackHttpRequest {
  return signSlackBody(formOf({ payload: JSON.stringify(payload) }), FORM, sign);
}

const teamAndUser = (i: InteractionBase): Record<string, unknown> => {
  const teamId = i.teamId ?? slackIds.team;
  const userId = i.userId ?? slackIds.member;
  return {
    team: { id: teamId, domain: 'testkommune' },
    user: { id: userId, username: 'medlem', name: 'medlem', team_id: teamId },
    api_app_id: slackIds.apiAppId,
    token: 'deprecated-verification-token',
    is_enterprise_install: false,
    enterprise: null,
  };
};

export interface BlockActionInput extends InteractionBase {
  actionId: string;
  value?: string;
  blockId?: string;
  channelId?: string;
  messageTs?: string;
  responseUrl?: string;
}

export function blockAction(input: BlockActionInput, sign: SignOptions = {}): SlackHttpRequest {
  const messageTs = input.messageTs ?? '1700000000.000100';
  return interaction(
    {
      type: 'block_actions',
      ...teamAndUser(input),
      container: {
        type: 'message',
        message_ts: messageTs,
        channel_id: input.channelId ?? slackIds.channel,
        is_ephemeral: false,
      },
      trigger_id: triggerId(),
      channel: { id: input.channelId ?? slackIds.channel, name: 'byraad' },
      message: {
        type: 'message',
        ts: messageTs,
        user: slackIds.botUser,
        text: 'Høring',
        blocks: [],
      },
      response_url: input.responseUrl ?? 'https://hooks.slack.com/actions/T/1/fake',
      actions: [
        {
          type: 'button',
          action_id: input.actionId,
          block_id: input.blockId ?? 'vote',
          value: input.value ?? '',
          text: { type: 'plain_text', text: input.actionId, emoji: true },
          action_ts: `${Math.floor(Date.now() / 1000)}.000001`,
        },
      ],
    },
    sign,
  );
}

export interface ViewSubmissionInput extends InteractionBase {
  callbackId: string;
  /** state.values: block_id → action_id → element state (e.g. `{ type: 'plain_text_input', value }`). */
  values: Record<string, Record<string, Record<string, unknown>>>;
  privateMetadata?: string;
  viewId?: string;
}

export function viewSubmission(
  input: ViewSubmissionInput,
  sign: SignOptions = {},
): SlackHttpRequest {
  return interaction(
    {
      type: 'view_submission',
      ...teamAndUser(input),
      trigger_id: triggerId(),
      view: {
        id: input.viewId ?? 'V0MODAL001',
        team_id: input.teamId ?? slackIds.team,
        type: 'modal',
        callback_id: input.callbackId,
        private_metadata: input.privateMetadata ?? '',
        blocks: [],
        state: { values: input.values },
        hash: '1700000000.fakehash',
        title: { type: 'plain_text', text: 'Ny høring' },
        app_id: slackIds.apiAppId,
        bot_id: 'B0RAADSBOT',
      },
      response_urls: [],
    },
    sign,
  );
}

export interface MessageShortcutInput extends InteractionBase {
  callbackId: string;
  messageText: string;
  channelId?: string;
  messageTs?: string;
}

export function messageShortcut(
  input: MessageShortcutInput,
  sign: SignOptions = {},
): SlackHttpRequest {
  const ts = input.messageTs ?? '1700000000.000200';
  return interaction(
    {
      type: 'message_action',
      ...teamAndUser(input),
      callback_id: input.callbackId,
      trigger_id: triggerId(),
      action_ts: `${Math.floor(Date.now() / 1000)}.000002`,
      message_ts: ts,
      channel: { id: input.channelId ?? slackIds.channel, name: 'byraad' },
      message: { type: 'message', user: slackIds.chair, ts, text: input.messageText },
      response_url: 'https://hooks.slack.com/app/T/1/fake',
    },
    sign,
  );
}

export interface AppHomeOpenedInput {
  teamId?: string;
  userId?: string;
  eventId?: string;
}

export function appHomeOpened(
  input: AppHomeOpenedInput = {},
  sign: SignOptions = {},
): SlackHttpRequest {
  const teamId = input.teamId ?? slackIds.team;
  const userId = input.userId ?? slackIds.member;
  const body = JSON.stringify({
    token: 'deprecated-verification-token',
    team_id: teamId,
    api_app_id: slackIds.apiAppId,
    event: {
      type: 'app_home_opened',
      user: userId,
      channel: `D${userId.slice(1)}`,
      tab: 'home',
      event_ts: `${Math.floor(Date.now() / 1000)}.000003`,
    },
    type: 'event_callback',
    // Slack keeps event_id across redeliveries: the key to dedupe on.
    event_id: input.eventId ?? `Ev${randomUUID().replaceAll('-', '').slice(0, 12).toUpperCase()}`,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: teamId,
        user_id: slackIds.botUser,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
  });
  return signSlackBody(body, JSON_TYPE, sign);
}

export interface SlackEndpointResponse {
  status: number;
  headers: Headers;
  text: string;
  /** Parsed when the body is JSON (e.g. a `response_action`). */
  json: unknown;
  ms: number;
}

/** POST a built request to `${baseUrl}${request.path}` (or to `url` if it already has a path). */
export async function postToSlackEndpoint(
  url: string,
  request: SlackHttpRequest,
): Promise<SlackEndpointResponse> {
  const target = new URL(url).pathname === '/' ? new URL(request.path, url).toString() : url;
  const started = performance.now();
  const res = await fetch(target, { method: 'POST', headers: request.headers, body: request.body });
  const text = await res.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json, ms: performance.now() - started };
}
