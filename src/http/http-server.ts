import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

/** Serves some paths of the one HTTP server (a capability's routes, Slack, Teams); false to pass. */
export type RequestHandler = (
  request: IncomingMessage,
  response: ServerResponse,
) => boolean | Promise<boolean>;

export interface HttpServerOptions {
  /** Is the service ready for traffic (Redis answers)? */
  readonly isReady: () => Promise<boolean>;
  readonly handlers: readonly RequestHandler[];
  readonly onError: (error: unknown) => void;
}

const sendJson = (response: ServerResponse, status: number, body: unknown): void => {
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  response.end(JSON.stringify(body));
};

/**
 * One server for everything: /healthz (the process is alive), /readyz (it can
 * reach Redis), then each capability's routes (the referat behind a signed
 * link) and each chat surface in turn, then 404.
 */
export function createHttpServer(options: HttpServerOptions): Server {
  return createServer((request, response) => {
    void route(options, request, response).catch((error: unknown) => {
      options.onError(error);
      if (!response.headersSent) sendJson(response, 500, { error: 'internal_error' });
      else response.end();
    });
  });
}

async function route(
  options: HttpServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  const path = (request.url ?? '/').split('?')[0];
  if (path === '/healthz') return sendJson(response, 200, { status: 'ok' });
  if (path === '/readyz') {
    const ready = await options.isReady();
    return sendJson(response, ready ? 200 : 503, { status: ready ? 'ready' : 'redis_unreachable' });
  }
  for (const handler of options.handlers) {
    if (await handler(request, response)) return;
  }
  sendJson(response, 404, { error: 'not_found' });
}

export async function listen(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address();
  const boundPort = typeof address === 'object' && address !== null ? address.port : port;
  return `http://${host.includes(':') ? `[${host}]` : host}:${boundPort}`;
}
