/**
 * A local fake of the Slack Web API (and of `response_url` hooks) on 127.0.0.1.
 *
 * Point Bolt / WebClient at it with `clientOptions: { slackApiUrl: slack.apiUrl }`
 * (`apiUrl` ends in `/api/`: WebClient builds `${slackApiUrl}${method}`).
 *
 * It records every request, answers the methods Rådsbot uses with `ok: true`
 * shapes like Slack's (plus oauth.v2.access for the install flow), and ENFORCES rate limits with HTTP 429 + `Retry-After`
 * (whole seconds, like Slack). Limits are configurable so tests can shrink them.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A token bucket: `burst` calls at once, refilled at `perSecond`. */
export interface BucketLimit {
  burst: number;
  perSecond: number;
}
/** At most `max` calls in any sliding window of `windowMs` (Slack's tiers: per method per workspace). */
export interface WindowLimit {
  max: number;
  windowMs: number;
}
export interface FakeSlackLimits {
  /** chat.postMessage: ≈1 message/s per channel, short bursts tolerated. */
  postMessagePerChannel: BucketLimit;
  /** Tier limits per method per workspace; methods missing here are unlimited. */
  perWorkspace: Record<string, WindowLimit>;
}

export const TIER_2: WindowLimit = { max: 20, windowMs: 60_000 };
export const TIER_3: WindowLimit = { max: 50, windowMs: 60_000 };
export const TIER_4: WindowLimit = { max: 100, windowMs: 60_000 };

export const DOCUMENTED_LIMITS: FakeSlackLimits = {
  postMessagePerChannel: { burst: 3, perSecond: 1 },
  perWorkspace: {
    'chat.update': TIER_3,
    'conversations.open': TIER_3,
    'chat.postEphemeral': TIER_4,
    'views.open': TIER_4,
    'views.update': TIER_4,
    'views.publish': TIER_4,
    'users.info': TIER_4,
  },
};

export interface FakeWorkspace {
  token: string;
  teamId: string;
  teamName: string;
  botUserId: string;
  botId: string;
}

export interface FakeSlackOptions {
  /** Installed workspaces; a call with another token gets `invalid_auth`. */
  workspaces?: FakeWorkspace[];
  /** Overrides merged over DOCUMENTED_LIMITS (perWorkspace is merged per method). */
  limits?: { postMessagePerChannel?: BucketLimit; perWorkspace?: Record<string, WindowLimit> };
  /** Milliseconds clock for the rate limiter; inject to test limits without sleeping. */
  now?: () => number;
  /** Scopes oauth.v2.access reports as granted (comma-separated, as Slack sends them). */
  grantedScopes?: string;
}

export interface RecordedCall {
  /** Web API method, or `response_url` for a POST to a response URL hook. */
  method: string;
  /** Parsed arguments; JSON-encoded fields (blocks, view, ...) are decoded. */
  args: Record<string, unknown>;
  /** Token from `Authorization: Bearer` or the `token` field. */
  token: string | undefined;
  teamId: string | undefined;
  contentType: string;
  status: 200 | 429;
  /** Set when status is 429. */
  retryAfterSeconds?: number;
  /** The JSON body we answered with (for 429: the `ratelimited` error body). */
  response: Record<string, unknown>;
  at: number;
}

export interface PostedMessage {
  channel: string;
  ts: string;
  text: string | undefined;
  blocks: unknown;
  threadTs: string | undefined;
  /** How many accepted chat.update calls changed this message. */
  updateCount: number;
}

export interface FakeSlackApi {
  /** e.g. `http://127.0.0.1:PORT/api/` (trailing slash matters). */
  apiUrl: string;
  /** Base URL for `response_url` values: `${hooksUrl}anything` is recorded as method `response_url`. */
  hooksUrl: string;
  workspaces: FakeWorkspace[];
  /** Accepted (non-429) calls to a method, in order. */
  callsTo(method: string): RecordedCall[];
  /** Every request, including refused ones. */
  allCalls(): RecordedCall[];
  rateLimitedCalls(method?: string): RecordedCall[];
  rateLimitedCount(method?: string): number;
  /** Messages currently in a channel (top-level and thread replies), with chat.update applied. */
  messagesIn(channel: string): PostedMessage[];
  /** Ephemeral messages shown to a user (chat.postEphemeral). */
  ephemeralsFor(user: string): Record<string, unknown>[];
  /** The last Home tab view published for a user (views.publish). */
  homeOf(user: string): Record<string, unknown> | undefined;
  /** DM channel id that conversations.open returns for a user. */
  dmChannelOf(user: string): string;
  /** Answer the next call to `method` with `{ ok: false, error }` (e.g. channel_not_found). */
  failNextCallTo(method: string, error: string): void;
  /** Answer the next call to `method` with an HTTP error: 429 (with Retry-After in seconds) or a 5xx. */
  rejectNextCallTo(method: string, status: 429 | 500 | 503, retryAfterSeconds?: number): void;
  /** Add a users.info profile (others are synthesized; ids not starting with U/W are user_not_found). */
  addUser(user: {
    id: string;
    name?: string;
    real_name?: string;
    tz?: string;
    is_bot?: boolean;
  }): void;
  /**
   * A file someone shared with the bot: files.info describes it and its
   * url_private serves its bytes (with a bot token) from this fake. `size`
   * overrides what files.info reports, so a 50 MB file needs no 50 MB.
   */
  addFile(file: FakeSlackFile): void;
  /** How often a file's bytes were downloaded. */
  downloadsOf(fileId: string): number;
  reset(): void;
  close(): Promise<void>;
}

export interface FakeSlackFile {
  id: string;
  name: string;
  bytes: Uint8Array;
  size?: number;
  mimetype?: string;
  /** Answer the download with this HTTP status instead of the bytes. */
  downloadStatus?: number;
}

/** Bodies Slack's WebClient JSON-encodes into form fields. */
const JSON_FIELDS = new Set([
  'blocks',
  'attachments',
  'view',
  'metadata',
  'unfurls',
  'user_auth_blocks',
]);

export const DEFAULT_WORKSPACE: FakeWorkspace = {
  token: 'xoxb-fake-kommune-1',
  teamId: 'T0KOMMUNE1',
  teamName: 'Testkommune Byråd',
  botUserId: 'U0RAADSBOT',
  botId: 'B0RAADSBOT',
};

/** A second council's workspace, for cross-workspace tests. */
export const OTHER_WORKSPACE: FakeWorkspace = {
  token: 'xoxb-fake-kommune-2',
  teamId: 'T0ANDENK02',
  teamName: 'Anden Kommune',
  botUserId: 'U0RAADBOT2',
  botId: 'B0RAADBOT2',
};

export async function startFakeSlackApi(options: FakeSlackOptions = {}): Promise<FakeSlackApi> {
  const now = options.now ?? Date.now;
  const workspaces = options.workspaces ?? [DEFAULT_WORKSPACE];
  const grantedScopes = options.grantedScopes ?? 'commands,chat:write,im:write,files:read';
  const limits: FakeSlackLimits = {
    postMessagePerChannel:
      options.limits?.postMessagePerChannel ?? DOCUMENTED_LIMITS.postMessagePerChannel,
    perWorkspace: { ...DOCUMENTED_LIMITS.perWorkspace, ...options.limits?.perWorkspace },
  };

  let calls: RecordedCall[] = [];
  let messages = new Map<string, PostedMessage[]>();
  let ephemerals = new Map<string, Record<string, unknown>[]>();
  let homes = new Map<string, Record<string, unknown>>();
  let views = new Map<string, Record<string, unknown>>();
  let buckets = new Map<string, { tokens: number; at: number }>();
  let windows = new Map<string, number[]>();
  let failures = new Map<string, string[]>();
  let rejections = new Map<string, { status: number; retryAfterSeconds?: number }[]>();
  const users = new Map<string, Record<string, unknown>>();
  let files = new Map<string, FakeSlackFile>();
  let downloads = new Map<string, number>();
  let baseUrl = '';
  let seq = 0;
  const baseSec = Math.floor(now() / 1000);

  const nextTs = (): string => {
    seq += 1;
    return `${baseSec + Math.floor(seq / 1_000_000)}.${String(seq % 1_000_000).padStart(6, '0')}`;
  };
  const nextId = (prefix: string): string => `${prefix}${String(++seq).padStart(9, '0')}`;

  /** Returns seconds to wait, or undefined when the call may pass (and consumes capacity). */
  const takeBucket = (key: string, limit: BucketLimit): number | undefined => {
    const t = now();
    const b = buckets.get(key) ?? { tokens: limit.burst, at: t };
    b.tokens = Math.min(limit.burst, b.tokens + ((t - b.at) / 1000) * limit.perSecond);
    b.at = t;
    buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return undefined;
    }
    return Math.max(1, Math.ceil((1 - b.tokens) / limit.perSecond));
  };
  const takeWindow = (key: string, limit: WindowLimit): number | undefined => {
    const t = now();
    const recent = (windows.get(key) ?? []).filter((at) => at > t - limit.windowMs);
    windows.set(key, recent);
    if (recent.length < limit.max) {
      recent.push(t);
      return undefined;
    }
    const oldest = recent[0] ?? t;
    return Math.max(1, Math.ceil((oldest + limit.windowMs - t) / 1000));
  };

  const rateLimit = (
    method: string,
    ws: FakeWorkspace,
    args: Record<string, unknown>,
  ): number | undefined => {
    if (method === 'chat.postMessage') {
      return takeBucket(`${ws.teamId}:${String(args.channel)}`, limits.postMessagePerChannel);
    }
    const limit = limits.perWorkspace[method];
    return limit ? takeWindow(`${ws.teamId}:${method}`, limit) : undefined;
  };

  const findMessage = (channel: unknown, ts: unknown): PostedMessage | undefined =>
    messages.get(String(channel))?.find((m) => m.ts === ts);

  const dmChannelOf = (user: string): string => `D${user.replace(/^[UW]/, '')}`;

  const storeView = (view: unknown, extra: Record<string, unknown>): Record<string, unknown> => {
    const v = (typeof view === 'object' && view !== null ? view : {}) as Record<string, unknown>;
    const id = typeof extra.id === 'string' ? extra.id : nextId('V');
    const stored = { ...v, ...extra, id, hash: nextId('h'), state: { values: {} } };
    views.set(id, stored);
    return stored;
  };

  /** Methods' happy paths. `ws` is the caller's workspace. */
  const handlers: Record<
    string,
    (args: Record<string, unknown>, ws: FakeWorkspace) => Record<string, unknown>
  > = {
    'auth.test': (_a, ws) => ({
      ok: true,
      url: `https://${ws.teamId.toLowerCase()}.slack.com/`,
      team: ws.teamName,
      user: 'raadsbot',
      team_id: ws.teamId,
      user_id: ws.botUserId,
      bot_id: ws.botId,
      is_enterprise_install: false,
    }),
    'chat.postMessage': (a, ws) => {
      const channel = String(a.channel);
      const msg: PostedMessage = {
        channel,
        ts: nextTs(),
        text: a.text as string | undefined,
        blocks: a.blocks,
        threadTs: a.thread_ts as string | undefined,
        updateCount: 0,
      };
      messages.set(channel, [...(messages.get(channel) ?? []), msg]);
      return {
        ok: true,
        channel,
        ts: msg.ts,
        message: {
          type: 'message',
          user: ws.botUserId,
          bot_id: ws.botId,
          text: msg.text,
          blocks: msg.blocks,
          ts: msg.ts,
        },
      };
    },
    'chat.update': (a) => {
      const msg = findMessage(a.channel, a.ts);
      if (!msg) return { ok: false, error: 'message_not_found' };
      if (a.text !== undefined) msg.text = a.text as string;
      if (a.blocks !== undefined) msg.blocks = a.blocks;
      msg.updateCount += 1;
      return {
        ok: true,
        channel: msg.channel,
        ts: msg.ts,
        text: msg.text,
        message: { text: msg.text, blocks: msg.blocks },
      };
    },
    'chat.postEphemeral': (a) => {
      const user = String(a.user);
      ephemerals.set(user, [...(ephemerals.get(user) ?? []), a]);
      return { ok: true, message_ts: nextTs() };
    },
    'views.open': (a) =>
      a.trigger_id
        ? { ok: true, view: storeView(a.view, {}) }
        : { ok: false, error: 'invalid_arguments' },
    'views.update': (a) => {
      const id = a.view_id ?? [...views.values()].find((v) => v.external_id === a.external_id)?.id;
      if (typeof id !== 'string' || !views.has(id)) return { ok: false, error: 'not_found' };
      return { ok: true, view: storeView(a.view, { id }) };
    },
    'views.publish': (a) => {
      const view = storeView(a.view, {});
      homes.set(String(a.user_id), view);
      return { ok: true, view };
    },
    'conversations.open': (a) => {
      const list = String(a.users ?? '')
        .split(',')
        .filter(Boolean);
      const [first] = list;
      if (list.length !== 1 || first === undefined)
        return { ok: false, error: list.length ? 'not_implemented' : 'users_list_not_supplied' };
      return { ok: true, no_op: false, already_open: false, channel: { id: dmChannelOf(first) } };
    },
    'files.info': (a) => {
      const file = files.get(String(a.file));
      if (!file) return { ok: false, error: 'file_not_found' };
      const url = `${baseUrl}files/${file.id}/${encodeURIComponent(file.name)}`;
      return {
        ok: true,
        file: {
          id: file.id,
          name: file.name,
          title: file.name,
          mimetype: file.mimetype ?? 'application/octet-stream',
          size: file.size ?? file.bytes.byteLength,
          url_private: url,
          url_private_download: `${url}?download=1`,
        },
      };
    },
    'users.info': (a, ws) => {
      const id = String(a.user);
      if (!/^[UW]/.test(id)) return { ok: false, error: 'user_not_found' };
      const known = users.get(id) ?? {};
      const name = (known.name as string | undefined) ?? id.toLowerCase();
      return {
        ok: true,
        user: {
          id,
          team_id: ws.teamId,
          name,
          real_name: known.real_name ?? name,
          deleted: false,
          is_bot: known.is_bot ?? false,
          tz: known.tz ?? 'Europe/Copenhagen',
          tz_label: 'Central European Time',
          tz_offset: 3600,
          locale: 'da-DK',
          profile: { real_name: known.real_name ?? name, display_name: name },
        },
      };
    },
  };

  const exchangeCode = (args: Record<string, unknown>): Record<string, unknown> => {
    const ws = workspaces.find((w) => args.code === `code-${w.teamId}`);
    if (!ws) return { ok: false, error: 'invalid_code' };
    if (!args.client_id || !args.client_secret) return { ok: false, error: 'invalid_client_id' };
    return {
      ok: true,
      app_id: 'A0RAADSBOT',
      authed_user: { id: 'U0INSTALL1' },
      scope: grantedScopes,
      token_type: 'bot',
      access_token: ws.token,
      bot_user_id: ws.botUserId,
      team: { id: ws.teamId, name: ws.teamName },
      enterprise: null,
      is_enterprise_install: false,
    };
  };

  const record = (call: Omit<RecordedCall, 'at'>): RecordedCall => {
    const c = { ...call, at: now() };
    calls.push(c);
    return c;
  };

  const send = (
    res: ServerResponse,
    status: number,
    body: Record<string, unknown>,
    headers: Record<string, string> = {},
  ): void => {
    res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
    res.end(JSON.stringify(body));
  };

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const raw = await readBody(req);
    const contentType = String(req.headers['content-type'] ?? '');
    const args = parseArgs(raw, contentType);
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;

    if (path.startsWith('/files/')) {
      // url_private: the bytes for a bot token; Slack's sign-in page (HTML) for anyone else.
      const file = files.get(decodeURIComponent(path.split('/')[2] ?? ''));
      const bearer = req.headers.authorization?.replace(/^Bearer /, '');
      if (!file || !workspaces.some((w) => w.token === bearer)) {
        res.writeHead(file ? 200 : 404, { 'content-type': 'text/html' });
        res.end('<html>sign in</html>');
        return;
      }
      downloads.set(file.id, (downloads.get(file.id) ?? 0) + 1);
      if (file.downloadStatus !== undefined) {
        res.writeHead(file.downloadStatus, { 'content-type': 'text/plain' });
        res.end('failed');
        return;
      }
      res.writeHead(200, { 'content-type': file.mimetype ?? 'application/octet-stream' });
      res.end(Buffer.from(file.bytes));
      return;
    }

    if (path.startsWith('/hooks/')) {
      // response_url: Bolt's respond() POSTs JSON here; Slack answers plain "ok".
      record({
        method: 'response_url',
        args: { ...args, url: path },
        token: undefined,
        teamId: undefined,
        contentType,
        status: 200,
        response: { ok: true },
      });
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('ok');
      return;
    }

    const method = path.replace(/^\/api\//, '');
    const auth = req.headers.authorization;
    const token = auth?.startsWith('Bearer ')
      ? auth.slice(7)
      : typeof args.token === 'string'
        ? args.token
        : undefined;
    delete args.token;
    const ws = workspaces.find((w) => w.token === token);
    const base = { method, args, token, teamId: ws?.teamId, contentType };

    if (method === 'oauth.v2.access') {
      // Token-less: the OAuth grant exchange. Code `code-<teamId>` installs that workspace.
      send(
        res,
        200,
        record({ ...base, teamId: undefined, status: 200, response: exchangeCode(args) }).response,
      );
      return;
    }
    const handler = handlers[method];
    if (!handler) {
      send(
        res,
        200,
        record({ ...base, status: 200, response: { ok: false, error: 'unknown_method' } }).response,
      );
      return;
    }
    if (!ws) {
      const error = token === undefined ? 'not_authed' : 'invalid_auth';
      send(res, 200, record({ ...base, status: 200, response: { ok: false, error } }).response);
      return;
    }
    const rejection = rejections.get(method)?.shift();
    if (rejection?.status === 429) {
      const response = { ok: false, error: 'ratelimited' };
      const retryAfterSeconds = rejection.retryAfterSeconds ?? 1;
      record({ ...base, status: 429, retryAfterSeconds, response });
      send(res, 429, response, { 'retry-after': String(retryAfterSeconds) });
      return;
    }
    if (rejection) {
      send(res, rejection.status, { ok: false, error: 'injected by the fake Slack API' });
      return;
    }
    const retryAfter = rateLimit(method, ws, args);
    if (retryAfter !== undefined) {
      const response = { ok: false, error: 'ratelimited' };
      record({ ...base, status: 429, retryAfterSeconds: retryAfter, response });
      send(res, 429, response, { 'retry-after': String(retryAfter) });
      return;
    }
    const queued = failures.get(method);
    const error = queued?.shift();
    const response = error ? { ok: false, error } : handler(args, ws);
    send(res, 200, record({ ...base, status: 200, response }).response);
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => send(res, 500, { ok: false, error: String(err) }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}/`;

  const rateLimitedCalls = (method?: string): RecordedCall[] =>
    calls.filter((c) => c.status === 429 && (method === undefined || c.method === method));

  return {
    apiUrl: `http://127.0.0.1:${port}/api/`,
    hooksUrl: `http://127.0.0.1:${port}/hooks/`,
    workspaces,
    callsTo: (method) => calls.filter((c) => c.method === method && c.status === 200),
    allCalls: () => [...calls],
    rateLimitedCalls,
    rateLimitedCount: (method) => rateLimitedCalls(method).length,
    messagesIn: (channel) => [...(messages.get(channel) ?? [])],
    ephemeralsFor: (user) => [...(ephemerals.get(user) ?? [])],
    homeOf: (user) => homes.get(user),
    dmChannelOf,
    failNextCallTo: (method, error) =>
      failures.set(method, [...(failures.get(method) ?? []), error]),
    rejectNextCallTo: (method, status, retryAfterSeconds) =>
      rejections.set(method, [
        ...(rejections.get(method) ?? []),
        { status, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) },
      ]),
    addUser: (user) => users.set(user.id, user),
    addFile: (file) => files.set(file.id, file),
    downloadsOf: (fileId) => downloads.get(fileId) ?? 0,
    reset: () => {
      files = new Map();
      downloads = new Map();
      calls = [];
      messages = new Map();
      ephemerals = new Map();
      homes = new Map();
      views = new Map();
      buckets = new Map();
      windows = new Map();
      failures = new Map();
      rejections = new Map();
      users.clear();
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** WebClient sends form-encoded bodies (objects JSON-encoded per field); respond() and raw fetches send JSON. */
function parseArgs(raw: string, contentType: string): Record<string, unknown> {
  if (raw === '') return {};
  if (contentType.startsWith('application/json')) {
    const parsed: unknown = JSON.parse(raw);
    return typeof parsed === 'object' && parsed !== null
      ? { ...(parsed as Record<string, unknown>) }
      : {};
  }
  const args: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    args[key] = JSON_FIELDS.has(key) && /^[[{]/.test(value) ? JSON.parse(value) : value;
  }
  return args;
}
