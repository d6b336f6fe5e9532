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
  config?: { currentUser?: { id?: string }; users?: { id?: string }[] };
}

/**
 * The Playground shows the chat as one fixed current user and has no way to
 * switch. This proxy in front of it does: a page opened at `/?as=<key>` gets
 * the Playground's config with that person as the current user (the config
 * request carries the page's address as its Referer), so each browser tab
 * can be a different member. A small bar on every page links to the others.
 * Everything else, WebSockets included, passes through unchanged.
 */
export async function startPersonaProxy(options: {
  readonly host: string;
  readonly port: number;
  readonly upstreamPort: number;
  readonly personas: readonly Persona[];
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
    const target = connect(upstream.port, upstream.host, () => {
      const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`];
      for (let i = 0; i < req.rawHeaders.length; i += 2)
        lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
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
    send(res, answer.status, answer.headers, JSON.stringify(parsed));
  } catch {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  }
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
      answer.headers,
      answer.body.replace('</body>', `${switcherHtml(persona, personas)}</body>`),
    );
  } catch {
    if (!res.headersSent) res.writeHead(502);
    res.end();
  }
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
