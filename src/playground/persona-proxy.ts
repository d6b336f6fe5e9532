import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';

/** One of the Playground's mock users, as the switcher offers them. */
export interface Persona {
  readonly key: string;
  readonly userId: string;
  readonly name: string;
  readonly role: string;
}

interface PlaygroundConfig {
  config?: {
    currentUser?: { id?: string };
    users?: { id?: string }[];
    personalChat?: { id?: string };
  };
}

/** The header that tells the Playground (playground-preload.cjs) whose tab a WebSocket is. */
export const TAB_USER_HEADER = 'x-raadsbot-user';

/**
 * The Playground's page fetches fonts (and an animation script) from
 * Microsoft's CDN: offline, or behind a firewall that drops them, its load
 * event waits for them for about 50 s. This policy has the browser refuse
 * them at once, without asking the network, and use its own fonts; so the
 * try-out needs nothing but this machine. (Inline scripts stay allowed: the
 * WebSocket tag below is one; eval too, which the page's own code may use.)
 */
export const PAGE_POLICY = "font-src 'self' data:; script-src 'self' 'unsafe-inline' 'unsafe-eval'";

/**
 * The Playground shows the chat as one fixed current user and has no way to
 * switch. This proxy in front of it does: a page opened at `/?as=<key>` gets
 * the Playground's config with that person as the current user and their own
 * personal chat (the config request carries the page's address as its
 * Referer), so each browser tab can be a different member. The page tags its
 * WebSocket with the same `as`, which the proxy turns into a header, so the
 * Playground sends a personal chat's messages to its own person's tabs only
 * (playground-preload.cjs). A small bar on every page links to the others.
 * Everything else passes through unchanged.
 */
export async function startPersonaProxy(options: {
  readonly host: string;
  readonly port: number;
  readonly upstreamPort: number;
  readonly personas: readonly Persona[];
  /** Said when a tab cannot get its own chat and falls back to the shared one. */
  readonly warn?: (fields: object, message: string) => void;
}): Promise<{ server: Server; url: string }> {
  const upstream = { host: '127.0.0.1', port: options.upstreamPort };
  const personaOf = (key: string | null | undefined) =>
    options.personas.find((persona) => persona.key === key) ?? options.personas[0];

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://playground');
    if (req.method === 'GET' && url.pathname === '/_internal/v1/config') {
      const page = safeUrl(req.headers.referer);
      return void rewriteConfig(
        upstream,
        req,
        res,
        personaOf(page?.searchParams.get('as') ?? url.searchParams.get('as')),
        options.warn,
      );
    }
    if (req.method === 'GET' && (url.pathname === '/' || url.pathname === '/index.html')) {
      return void injectSwitcher(
        upstream,
        req,
        res,
        personaOf(url.searchParams.get('as')),
        options.personas,
      );
    }
    pass(upstream, req, res);
  });
  server.on('upgrade', (req, socket, head) => {
    const url = new URL(req.url ?? '/', 'http://playground');
    const as = url.searchParams.get('as');
    const persona = as === null ? undefined : personaOf(as);
    // The Playground routes WebSockets by the exact path: the tag goes into a header instead.
    url.searchParams.delete('as');
    const target = connect(upstream.port, upstream.host, () => {
      const lines = [`${req.method} ${url.pathname}${url.search} HTTP/${req.httpVersion}`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) {
        if (req.rawHeaders[i]?.toLowerCase() === TAB_USER_HEADER) continue;
        lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      }
      if (persona) lines.push(`${TAB_USER_HEADER}: ${persona.userId}`);
      target.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length > 0) target.write(head);
      target.pipe(socket).pipe(target);
    });
    const close = () => {
      target.destroy();
      socket.destroy();
    };
    target.on('error', close);
    socket.on('error', close);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  return { server, url: `http://${options.host}:${port}` };
}

const safeUrl = (value: string | undefined): URL | undefined => {
  try {
    return value ? new URL(value) : undefined;
  } catch {
    return undefined;
  }
};

type Upstream = { readonly host: string; readonly port: number };

function forward(
  upstream: Upstream,
  req: IncomingMessage,
  headers: IncomingMessage['headers'] = req.headers,
) {
  return httpRequest({
    ...upstream,
    method: req.method,
    path: req.url,
    headers: { ...headers, host: `${upstream.host}:${upstream.port}` },
  });
}

function pass(upstream: Upstream, req: IncomingMessage, res: ServerResponse): void {
  const outgoing = forward(upstream, req);
  outgoing.on('response', (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers);
    answer.pipe(res);
  });
  outgoing.on('error', () => {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  });
  req.pipe(outgoing);
}

/** Fetches a GET response from the Playground as text (uncompressed). */
function fetchText(
  upstream: Upstream,
  req: IncomingMessage,
): Promise<{ status: number; headers: IncomingMessage['headers']; body: string }> {
  return new Promise((resolve, reject) => {
    const { 'accept-encoding': _encoding, ...headers } = req.headers;
    const outgoing = forward(upstream, req, headers);
    outgoing.on('response', (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () =>
        resolve({
          status: answer.statusCode ?? 502,
          headers: answer.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        }),
      );
      answer.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

function send(
  res: ServerResponse,
  status: number,
  headers: IncomingMessage['headers'],
  body: string,
): void {
  const {
    'content-length': _length,
    'transfer-encoding': _encoding,
    etag: _etag,
    ...rest
  } = headers;
  res.writeHead(status, {
    ...rest,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
  });
  res.end(body);
}

async function rewriteConfig(
  upstream: Upstream,
  req: IncomingMessage,
  res: ServerResponse,
  persona: Persona | undefined,
  warn: ((fields: object, message: string) => void) | undefined,
) {
  try {
    const answer = await fetchText(upstream, req);
    const parsed = JSON.parse(answer.body) as PlaygroundConfig;
    const config = parsed.config;
    const users = config?.users ?? [];
    const chosen = users.find((user) => user.id === persona?.userId);
    if (config && config.currentUser && chosen) {
      // Everyone stays in `users` (member lists look names up there), the real current user too.
      config.users = [...users, config.currentUser];
      config.currentUser = chosen;
    }
    if (config?.personalChat && persona) {
      // Should the Playground refuse, the tab keeps the shared chat rather than no page at all.
      config.personalChat.id = await personalChatOf(upstream, persona.userId).catch(
        (error: unknown) => {
          // Never silent: in the shared chat this person's clicks on others' forms go nowhere.
          warn?.(
            { person: persona.name, err: String(error) },
            'Playground: no personal chat of their own for this tab; it shows the shared one',
          );
          return config.personalChat?.id;
        },
      );
    }
    send(res, answer.status, answer.headers, JSON.stringify(parsed));
  } catch {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  }
}

/**
 * The person's 1:1 chat with the bot, through the Playground's Bot Connector
 * API (what a bot calls to message someone first): the Playground makes one
 * per person and answers with the same one every time; for its configured
 * current user, the config file's personal chat.
 */
function personalChatOf(upstream: Upstream, userId: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ isGroup: false, members: [{ id: userId }] });
    const outgoing = httpRequest({
      ...upstream,
      method: 'POST',
      path: '/_connector/v3/conversations',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
    });
    outgoing.on('response', (answer) => {
      const chunks: Buffer[] = [];
      answer.on('data', (chunk: Buffer) => chunks.push(chunk));
      answer.on('end', () => {
        try {
          const { id } = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { id?: unknown };
          const status = answer.statusCode ?? 0;
          if (status >= 200 && status < 300 && typeof id === 'string') return resolve(id);
        } catch {
          // answered below
        }
        reject(
          new Error(`the Playground made no personal chat for ${userId} (${answer.statusCode})`),
        );
      });
      answer.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

async function injectSwitcher(
  upstream: Upstream,
  req: IncomingMessage,
  res: ServerResponse,
  persona: Persona | undefined,
  personas: readonly Persona[],
) {
  try {
    const answer = await fetchText(upstream, req);
    send(
      res,
      answer.status,
      { ...answer.headers, 'content-security-policy': PAGE_POLICY },
      answer.body.replace(
        '</body>',
        `${tagWebSocketScript(persona)}${switcherHtml(persona, personas)}</body>`,
      ),
    );
  } catch {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  }
}

/**
 * Runs before the Playground's own (deferred) script: its WebSocket asks for
 * `?as=<key>`, so the proxy knows whose tab it is.
 */
export function tagWebSocketScript(persona: Persona | undefined): string {
  if (!persona) return '';
  return (
    `<script>(()=>{const as=${JSON.stringify(persona.key).replace(/</g, '\\u003c')};const Native=window.WebSocket;` +
    `window.WebSocket=class extends Native{constructor(url,protocols){const u=new URL(url,location.href);` +
    `u.searchParams.set('as',as);super(u,protocols)}}})()</script>`
  );
}

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** A small panel under the chat list: who this tab is, and links that open the others in new tabs. */
export function switcherHtml(current: Persona | undefined, personas: readonly Persona[]): string {
  const links = personas
    .filter((persona) => persona.key !== current?.key)
    .map(
      (persona) =>
        `<a href="/?as=${encodeURIComponent(persona.key)}" target="_blank" rel="noopener" style="display:block;color:#fff;pointer-events:auto">${escapeHtml(persona.name)} (${escapeHtml(persona.role)})</a>`,
    )
    .join('');
  const who = current ? `${escapeHtml(current.name)} (${escapeHtml(current.role)})` : '';
  return (
    `<div id="raadsbot-personas" data-as="${escapeHtml(current?.key ?? '')}" style="position:fixed;left:72px;bottom:12px;width:236px;z-index:2147483647;` +
    `pointer-events:none;background:#1f5f8b;color:#fff;font:12px/1.6 sans-serif;padding:6px 10px;border-radius:6px;opacity:.95">` +
    `Rådsbot demo: you are <b>${who}</b>.<br>Open another person in a new tab:${links}</div>`
  );
}
