import type { IncomingMessage, ServerResponse } from 'node:http';
import type {
  AgentApplication,
  Request as AgentRequest,
  TurnState,
  WebResponse,
} from '@microsoft/agents-hosting';
import { serviceUrlClaimMatches } from './token-claims.ts';

export const TEAMS_PATH = '/api/messages';

/** Teams caps a message at about 100 KB; anything far larger is not an activity. */
const MAX_ACTIVITY_BYTES = 256 * 1024;

/**
 * /api/messages on our own node:http server (no Express): the body is read
 * and parsed here, the token checked by the SDK's authorizeJWT
 * (adapter.authorizeRequest), then the activity runs through the
 * AgentApplication. Messages are answered 200 once handled; invokes with the
 * invoke response (e.g. the card shown to whoever clicked).
 */
export function teamsEndpoint(
  app: AgentApplication<TurnState>,
  log: { warn(fields: object, message: string): void },
) {
  const adapter = app.adapter;
  return async (req: IncomingMessage, res: ServerResponse): Promise<boolean> => {
    if ((req.url ?? '/').split('?')[0] !== TEAMS_PATH) return false;
    if (req.method !== 'POST') {
      res.writeHead(405, { allow: 'POST' }).end();
      return true;
    }
    let body: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(await readBody(req));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        throw new Error('not an activity');
      body = parsed as Record<string, unknown>;
    } catch (error) {
      res.writeHead((error as { status?: number }).status ?? 400).end();
      return true;
    }
    const request: AgentRequest = { method: req.method, headers: req.headers, body };
    const response = asWebResponse(res);
    let authorized = false;
    // Sets request.user (the verified token, or anonymous in local mode). On
    // failure the SDK would answer with its reason ("getaddrinfo EAI_AGAIN
    // login.botframework.com", "invalid algorithm"): that goes to our log,
    // and the caller gets a plain 401.
    let refusal: unknown;
    await adapter.authorizeRequest(
      request,
      silentRefusals(response, (reason) => (refusal = reason)),
      (error?: unknown) => {
        authorized = error === undefined;
        if (error !== undefined) refusal ??= error;
      },
    );
    // With credentials (a client id) every request carries a verified token;
    // it must be for this activity's serviceUrl. Local mode has no token.
    if (authorized && adapter.getClientId() !== undefined) {
      authorized = serviceUrlClaimMatches(request.user, body.serviceUrl);
      if (!authorized) refusal = 'serviceurl claim missing or not the activity serviceUrl';
    }
    if (!authorized) {
      log.warn({ reason: describe(refusal) }, 'teams: request refused (401)');
      if (!res.writableEnded)
        res.writeHead(401, { 'content-type': 'text/plain; charset=utf-8' }).end('unauthorized');
      return true;
    }
    try {
      await adapter.process(request, response, (context) => app.run(context));
    } catch (error) {
      // The SDK checks the activity against its schema inside process(): a
      // body that is not an activity is the caller's fault, not ours.
      if (!isSchemaError(error) || res.headersSent) throw error;
      log.warn({ reason: describe(error) }, 'teams: not an activity (400)');
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('bad request');
      return true;
    }
    if (!res.writableEnded) res.end();
    return true;
  };
}

const isSchemaError = (error: unknown): boolean =>
  error instanceof Error && (error.name === 'ZodError' || error.name === '$ZodError');

const describe = (reason: unknown): string =>
  reason instanceof Error ? reason.message : JSON.stringify(reason ?? null);

/** The response authorizeJWT writes its refusals to: status only, the body kept for the log. */
function silentRefusals(response: WebResponse, keep: (body: unknown) => void): WebResponse {
  const quiet: WebResponse = {
    ...response,
    status() {
      return quiet;
    },
    setHeader() {
      return quiet;
    },
    send(body) {
      keep(body);
      return quiet;
    },
    end() {
      return quiet;
    },
    headersSent: false,
    writableEnded: false,
  };
  return quiet;
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_ACTIVITY_BYTES)
      throw Object.assign(new Error('activity too large'), { status: 413 });
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Express-like view of a node response, as CloudAdapter.process and authorizeJWT use it. */
function asWebResponse(res: ServerResponse): WebResponse {
  const web: WebResponse = {
    status(code) {
      res.statusCode = code;
      return web;
    },
    setHeader(name, value) {
      res.setHeader(name, value);
      return web;
    },
    // Express semantics: send() finishes the response (authorizeJWT never calls end()).
    send(body) {
      if (res.writableEnded) return web;
      if (body === undefined || body === null) res.end();
      else if (typeof body === 'string' || Buffer.isBuffer(body)) res.end(body);
      else {
        if (!res.hasHeader('content-type')) res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify(body));
      }
      return web;
    },
    end() {
      if (!res.writableEnded) res.end();
      return web;
    },
    get headersSent() {
      return res.headersSent;
    },
    get writableEnded() {
      return res.writableEnded;
    },
  };
  return web;
}
