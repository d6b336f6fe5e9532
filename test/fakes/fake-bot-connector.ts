/**
 * A local fake of the Bot Connector service (the REST API Teams gives a bot at
 * `activity.serviceUrl`) on 127.0.0.1.
 *
 * Put `connector.serviceUrl` into the activities you post to the bot; the
 * Agents SDK answers through whatever serviceUrl the incoming activity names,
 * so replies, updates and proactive messages all land here. Like the real
 * service URL (`https://smba.trafficmanager.net/emea/`) it carries a path
 * prefix, so a bot that drops the prefix fails here too.
 *
 * It records every call (rejected ones too), answers the Connector routes
 * Rådsbot uses with Connector-shaped bodies (`{ id }`), and can be told to
 * reject the next N calls with 429 / 412 / 502 / 504 (+ `Retry-After`), or 403 / 404
 * (the bot or the conversation is gone).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The wire JSON of an activity as the bot sent it (not the SDK's Activity class). */
export type WireActivity = Record<string, unknown> & {
  type?: string;
  id?: string;
  text?: string;
  replyToId?: string;
  attachments?: { contentType: string; content?: unknown }[];
  conversation?: { id: string };
};

export type ConnectorOperation =
  | 'sendToConversation'
  | 'replyToActivity'
  | 'updateActivity'
  | 'deleteActivity'
  | 'createConversation'
  | 'unknown';

export interface ConnectorCall {
  operation: ConnectorOperation;
  method: string;
  /** Path as received, prefix included, e.g. `/teams/v3/conversations/a:1/activities/17`. */
  path: string;
  /** Decoded conversation id, when the route has one. */
  conversationId?: string;
  /** Decoded activity id (reply target, updated or deleted activity). */
  activityId?: string;
  /** Parsed JSON body (`undefined` for an empty body). */
  body: unknown;
  /** The `Authorization` header (local mode sends none). */
  authorization?: string;
  status: number;
  /** What we answered with. */
  response: unknown;
  /** When it was answered (Date.now()), for rates such as card updates per second. */
  at: number;
}

/** A rejection the fake serves instead of the next calls. */
export interface Rejection {
  status: 429 | 412 | 502 | 504 | 403 | 404;
  /** Seconds, sent as `Retry-After` when given. */
  retryAfterSeconds?: number;
}

/** A file shared in a personal chat (see FakeBotConnector.shareFile). */
export interface SharedFile {
  id: string;
  name: string;
  bytes: Uint8Array;
  /** Announce (and stream) this many bytes instead of `bytes`. */
  announcedSize?: number;
  /** Answer the download with this HTTP status instead. */
  status?: number;
}

export interface FakeBotConnectorOptions {
  /** Path prefix of the service URL (default `/teams/`, as Teams' own). */
  prefix?: string;
  /** First activity id handed out; ids count up from here like Teams' timestamps. */
  firstActivityId?: number;
}

const ERROR_CODES: Record<Rejection['status'], string> = {
  429: 'TooManyRequests',
  412: 'PreconditionFailed',
  502: 'BadGateway',
  504: 'GatewayTimeout',
  403: 'BotNotInConversationRoster',
  404: 'ConversationNotFound',
};

const MAX_BODY_BYTES = 1_000_000;

export class FakeBotConnector {
  readonly calls: ConnectorCall[] = [];
  private readonly pending: Rejection[] = [];
  private readonly waiters = new Set<() => void>();
  private nextActivityId: number;
  private nextConversation = 1;

  private readonly server: Server = createServer((req, res) => {
    void this.handle(req, res).catch((error: unknown) => {
      res.writeHead(500, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ error: { code: 'FakeConnectorBug', message: String(error) } }));
    });
  });

  private constructor(
    private readonly prefix: string,
    firstActivityId: number,
  ) {
    this.nextActivityId = firstActivityId;
  }

  static async start(options: FakeBotConnectorOptions = {}): Promise<FakeBotConnector> {
    const connector = new FakeBotConnector(
      normalisePrefix(options.prefix ?? '/teams/'),
      options.firstActivityId ?? 1_732_000_000_000,
    );
    await new Promise<void>((resolve, reject) => {
      connector.server.once('error', reject);
      connector.server.listen(0, '127.0.0.1', () => resolve());
    });
    return connector;
  }

  /** Base URL to put into activities' `serviceUrl` (ends in `/`). */
  get serviceUrl(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}${this.prefix}`;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Forget recorded calls and pending rejections (ids keep counting up). */
  reset(): void {
    this.calls.length = 0;
    this.pending.length = 0;
  }

  // ---- fault injection -------------------------------------------------

  /** Answer the next `count` calls with `status` (and `Retry-After` when given), then recover. */
  rejectNextCalls(count: number, rejection: Rejection): void {
    for (let i = 0; i < count; i++) this.pending.push({ ...rejection });
  }

  /** Shorthand: the next `count` calls get 429 Too Many Requests with `Retry-After`. */
  throttleNextCalls(count: number, retryAfterSeconds = 1): void {
    this.rejectNextCalls(count, { status: 429, retryAfterSeconds });
  }

  // ---- questions tests ask ----------------------------------------------

  /** Activities accepted into a conversation (new posts and replies), in order. */
  sentActivities(conversationId?: string): WireActivity[] {
    return this.accepted(['sendToConversation', 'replyToActivity'], conversationId).map(
      (c) => c.body as WireActivity,
    );
  }

  /** The last activity accepted into a conversation. */
  lastSentActivity(conversationId?: string): WireActivity | undefined {
    return this.sentActivities(conversationId).at(-1);
  }

  /** Replies (POST …/activities/:activityId) to one activity. */
  repliesTo(activityId: string): WireActivity[] {
    return this.calls
      .filter(
        (c) => c.operation === 'replyToActivity' && c.status < 300 && c.activityId === activityId,
      )
      .map((c) => c.body as WireActivity);
  }

  /** Accepted updates (PUT …/activities/:activityId) of one activity, in order. */
  updatesOf(activityId: string): WireActivity[] {
    return this.calls
      .filter(
        (c) => c.operation === 'updateActivity' && c.status < 300 && c.activityId === activityId,
      )
      .map((c) => c.body as WireActivity);
  }

  /** Bodies of accepted `POST /v3/conversations` (ConversationParameters). */
  createdConversations(): Record<string, unknown>[] {
    return this.accepted(['createConversation']).map((c) => c.body as Record<string, unknown>);
  }

  /** Calls the fake rejected on purpose. */
  rejectedCalls(): ConnectorCall[] {
    return this.calls.filter((c) => c.status >= 400);
  }

  /** Waits until `predicate` holds over the recorded calls (for work the bot does after answering). */
  async waitUntil(predicate: (connector: this) => boolean, timeoutMs = 5_000): Promise<void> {
    if (predicate(this)) return;
    await new Promise<void>((resolve, reject) => {
      const check = (): void => {
        if (!predicate(this)) return;
        clearTimeout(timer);
        this.waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(
          new Error(
            `fake connector: condition not met within ${timeoutMs} ms (${this.calls.length} calls recorded)`,
          ),
        );
      }, timeoutMs);
      this.waiters.add(check);
    });
  }

  // ---- files shared in a personal chat ------------------------------------

  private readonly files = new Map<string, SharedFile>();
  private readonly downloads = new Map<string, { started: number; completed: number }>();

  /**
   * A file someone shares in the personal chat: Teams gives the bot a
   * short-lived downloadUrl (no token) in the attachment's content. Returns
   * the attachment as Teams sends it. `announcedSize` makes the download
   * announce that many bytes and stream zeros, so a 50 MB file costs nothing
   * unless it is actually read.
   */
  shareFile(file: SharedFile): Record<string, unknown> {
    this.files.set(file.id, file);
    const downloadUrl = `${this.origin}/files/${encodeURIComponent(file.id)}`;
    return {
      contentType: 'application/vnd.microsoft.teams.file.download.info',
      contentUrl: `https://kommune.sharepoint.example/Documents/${encodeURIComponent(file.name)}`,
      name: file.name,
      content: {
        downloadUrl,
        uniqueId: file.id,
        fileType: file.name.split('.').at(-1) ?? '',
      },
    };
  }

  /** Downloads of a shared file: begun, and read to the end. */
  downloadsOf(fileId: string): { started: number; completed: number } {
    return this.downloads.get(fileId) ?? { started: 0, completed: 0 };
  }

  private get origin(): string {
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  private serveFileAt(path: string, res: ServerResponse): void {
    const id = decodeURIComponent(path.slice('/files/'.length));
    const file = this.files.get(id);
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('gone');
      return;
    }
    const counts = this.downloadsOf(id);
    this.downloads.set(id, { ...counts, started: counts.started + 1 });
    res.on('finish', () => {
      const now = this.downloadsOf(id);
      this.downloads.set(id, { ...now, completed: now.completed + 1 });
    });
    if (file.status !== undefined) {
      res.writeHead(file.status, { 'content-type': 'text/plain' });
      res.end('failed');
      return;
    }
    const size = file.announcedSize ?? file.bytes.byteLength;
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': size });
    if (file.announcedSize === undefined) {
      res.end(Buffer.from(file.bytes));
      return;
    }
    // Zeros, chunk by chunk, only as fast as they are read; a reader that stops stops it.
    const chunk = Buffer.alloc(64 * 1024);
    let written = 0;
    const pump = (): void => {
      while (written < size && !res.destroyed) {
        const part = chunk.subarray(0, Math.min(chunk.length, size - written));
        written += part.length;
        if (!res.write(part)) {
          res.once('drain', pump);
          return;
        }
      }
      if (written >= size) res.end();
    };
    pump();
  }

  // ---- the service ------------------------------------------------------

  private accepted(operations: ConnectorOperation[], conversationId?: string): ConnectorCall[] {
    return this.calls.filter(
      (c) =>
        operations.includes(c.operation) &&
        c.status < 300 &&
        (conversationId === undefined || c.conversationId === conversationId),
    );
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = req.method ?? 'GET';
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (method === 'GET' && path.startsWith('/files/')) return this.serveFileAt(path, res);
    const body = await readJson(req);
    const route = this.route(method, path);
    const call: ConnectorCall = {
      ...route,
      method,
      path,
      body,
      status: 200,
      response: undefined,
      at: 0,
      ...(typeof req.headers.authorization === 'string'
        ? { authorization: req.headers.authorization }
        : {}),
    };

    const rejection = route.operation === 'unknown' ? undefined : this.pending.shift();
    if (rejection) {
      call.status = rejection.status;
      call.response = {
        error: { code: ERROR_CODES[rejection.status], message: 'injected by FakeBotConnector' },
      };
      const headers: Record<string, string> = { 'content-type': 'application/json' };
      if (rejection.retryAfterSeconds !== undefined)
        headers['retry-after'] = String(rejection.retryAfterSeconds);
      return this.answer(res, call, headers);
    }

    switch (route.operation) {
      case 'sendToConversation':
      case 'replyToActivity':
        call.response = { id: String(this.nextActivityId++) };
        break;
      case 'updateActivity':
        call.response = { id: route.activityId };
        break;
      case 'deleteActivity':
        call.response = {};
        break;
      case 'createConversation': {
        // Teams' 1:1 conversation ids start with `a:`; the Connector may also
        // post `activity` from the parameters as the first message.
        const params = (body ?? {}) as { activity?: unknown };
        call.response = {
          id: `a:fake-personal-${this.nextConversation++}`,
          ...(params.activity ? { activityId: String(this.nextActivityId++) } : {}),
          serviceUrl: this.serviceUrl,
        };
        break;
      }
      default:
        call.status = 404;
        call.response = {
          error: { code: 'NotFound', message: `FakeBotConnector has no route ${method} ${path}` },
        };
    }
    this.answer(res, call, { 'content-type': 'application/json' });
  }

  private answer(res: ServerResponse, call: ConnectorCall, headers: Record<string, string>): void {
    call.at = Date.now();
    this.calls.push(call);
    res.writeHead(call.status, headers);
    res.end(JSON.stringify(call.response));
    for (const waiter of [...this.waiters]) waiter();
  }

  private route(
    method: string,
    path: string,
  ): Pick<ConnectorCall, 'operation' | 'conversationId' | 'activityId'> {
    if (!path.startsWith(this.prefix)) return { operation: 'unknown' };
    const rest = path.slice(this.prefix.length);
    if (rest === 'v3/conversations' && method === 'POST')
      return { operation: 'createConversation' };
    // Conversation ids contain `:`, `@`, `;` (Teams channel threads) but no `/`.
    const match = /^v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(rest);
    if (!match) return { operation: 'unknown' };
    const conversationId = decodeURIComponent(match[1] ?? '');
    const activityId = match[2] === undefined ? undefined : decodeURIComponent(match[2]);
    if (activityId === undefined) {
      return method === 'POST'
        ? { operation: 'sendToConversation', conversationId }
        : { operation: 'unknown' };
    }
    const byMethod: Record<string, ConnectorOperation> = {
      POST: 'replyToActivity',
      PUT: 'updateActivity',
      DELETE: 'deleteActivity',
    };
    return { operation: byMethod[method] ?? 'unknown', conversationId, activityId };
  }
}

function normalisePrefix(prefix: string): string {
  const withLeading = prefix.startsWith('/') ? prefix : `/${prefix}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) throw new Error('request body too large for the fake connector');
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
