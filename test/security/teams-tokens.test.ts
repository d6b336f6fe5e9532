/**
 * Forged and faulty Bot Framework tokens against /api/messages with Teams
 * credentials set. Microsoft's key hosts (login.botframework.com,
 * login.microsoftonline.com) are stood in for by a key server on 127.0.0.1
 * with a throwaway CA and a throwaway RSA key, so every token below is
 * signed by a key the SDK trusts unless the case says otherwise: what
 * refuses it is the check the case names. Each is answered with a plain 401.
 */
import { execFileSync } from 'node:child_process';
import { createHmac, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import tls from 'node:tls';
import { AgentApplication, TurnState } from '@microsoft/agents-hosting';
import jwt from 'jsonwebtoken';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { createTeamsAdapter } from '../../src/bot/teams/teams-adapter.ts';
import { teamsEndpoint } from '../../src/bot/teams/teams-endpoint.ts';
import { HARNESS_START } from '../fakes/test-instants.ts';

const CLIENT_ID = '5c1e0a2b-7d3f-4e8a-9b6c-2f1d0e3a4b5c';
const TENANT_ID = '8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d';
const OTHER_TENANT_ID = '3f2e1d0c-9b8a-4c7d-8e6f-5a4b3c2d1e0f';
const SERVICE_URL = 'https://smba.trafficmanager.net/emea/';
const KID = 'raadsbot-test-key';
const STAND_IN_HOSTS = ['login.botframework.com', 'login.microsoftonline.com'];
const NOW = Math.floor(Date.parse(HARNESS_START) / 1000);

const BOT_FRAMEWORK = 'https://api.botframework.com';
const TENANT_V1 = `https://sts.windows.net/${TENANT_ID}/`;

const trusted = generateKeyPairSync('rsa', { modulusLength: 2048 });
const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 });

type Claims = Record<string, unknown>;

/** What the Bot Framework channel sends for a Teams message to our bot. */
const channelClaims = (overrides: Claims = {}): Claims => ({
  iss: BOT_FRAMEWORK,
  aud: CLIENT_ID,
  serviceurl: SERVICE_URL,
  iat: NOW - 60,
  nbf: NOW - 60,
  exp: NOW + 3600,
  ...overrides,
});

/** A token of our own tenant (v1 issuer, tid bound to it). */
const tenantClaims = (overrides: Claims = {}): Claims =>
  channelClaims({ iss: TENANT_V1, tid: TENANT_ID, ...overrides });

const withoutClaim = (claims: Claims, name: string): Claims => {
  const rest = { ...claims };
  delete rest[name];
  return rest;
};

const signed = (
  claims: Claims,
  key: KeyObject = trusted.privateKey,
  kid = KID,
  algorithm: jwt.Algorithm = 'RS256',
) => jwt.sign(claims, key.export({ format: 'pem', type: 'pkcs8' }), { algorithm, keyid: kid });

const base64url = (value: object | Buffer) =>
  (Buffer.isBuffer(value) ? value : Buffer.from(JSON.stringify(value))).toString('base64url');

/** Header and payload written by hand, signed with an HMAC over them (or not at all). */
function handMade(header: object, claims: Claims, hmacSecret?: string | Buffer): string {
  const input = `${base64url(header)}.${base64url(claims)}`;
  const signature =
    hmacSecret === undefined
      ? ''
      : createHmac('sha256', hmacSecret).update(input).digest('base64url');
  return `${input}.${signature}`;
}

/** A valid channel token whose payload is changed after signing. */
function tampered(change: Claims): string {
  const [header, , signature] = signed(channelClaims()).split('.');
  return `${header}.${base64url(channelClaims(change))}.${signature}`;
}

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** A typing indicator: the bot does nothing with it, so 200 means "let in". */
const typing = (serviceUrl: string | null = SERVICE_URL) => ({
  type: 'typing',
  id: 'typing-1',
  channelId: 'msteams',
  ...(serviceUrl === null ? {} : { serviceUrl }),
  from: { id: '29:1medl-jonas-kjaer-Xq7Lr2', name: 'Jonas Kjær' },
  recipient: { id: `28:${CLIENT_ID}`, name: 'Rådsbot' },
  conversation: {
    id: 'a:1personlig-jonas-Xq7Lr2',
    conversationType: 'personal',
    tenantId: TENANT_ID,
  },
  channelData: { tenant: { id: TENANT_ID } },
});

interface Case {
  readonly headers: Record<string, string>;
  readonly activity?: object;
}

/** Every case is refused; the comment says which check refuses it. */
const cases: Record<string, Case> = {
  // serviceurl claim (ours: teams-endpoint.ts)
  'a channel token without a serviceurl claim': {
    headers: bearer(signed(withoutClaim(channelClaims(), 'serviceurl'))),
  },
  'a tenant token without a serviceurl claim': {
    headers: bearer(signed(withoutClaim(tenantClaims(), 'serviceurl'))),
  },
  'a serviceurl claim naming another host': {
    headers: bearer(
      signed(channelClaims({ serviceurl: 'https://smba.infra.gov.teams.microsoft.us/' })),
    ),
  },
  'a serviceurl claim for another region on the same host': {
    headers: bearer(signed(channelClaims({ serviceurl: 'https://smba.trafficmanager.net/amer/' }))),
  },
  'an empty serviceurl claim': {
    headers: bearer(signed(channelClaims({ serviceurl: '' }))),
  },
  'a serviceurl claim that is not a string': {
    headers: bearer(signed(channelClaims({ serviceurl: [SERVICE_URL] }))),
  },
  'a valid token for an activity without a serviceUrl': {
    headers: bearer(signed(channelClaims())),
    activity: typing(null),
  },
  // issuer (SDK's validateIssuer, switched on in teams-adapter.ts)
  'the issuer of another Entra tenant (v1)': {
    headers: bearer(
      signed(
        tenantClaims({ iss: `https://sts.windows.net/${OTHER_TENANT_ID}/`, tid: OTHER_TENANT_ID }),
      ),
    ),
  },
  'the issuer of another Entra tenant (v2)': {
    headers: bearer(
      signed(
        tenantClaims({
          iss: `https://login.microsoftonline.com/${OTHER_TENANT_ID}/v2.0`,
          tid: OTHER_TENANT_ID,
        }),
      ),
    ),
  },
  'issuer https://evil.example/': {
    headers: bearer(signed(channelClaims({ iss: 'https://evil.example/' }))),
  },
  'an issuer that merely starts like the Bot Framework': {
    headers: bearer(signed(channelClaims({ iss: 'https://api.botframework.com.evil.example' }))),
  },
  'no issuer at all': {
    headers: bearer(signed(withoutClaim(channelClaims(), 'iss'))),
  },
  // tenant binding (SDK)
  "our tenant's issuer with another tenant's tid": {
    headers: bearer(signed(tenantClaims({ tid: OTHER_TENANT_ID }))),
  },
  // lifetime and audience (SDK's jwt.verify)
  'expired ten minutes ago': {
    headers: bearer(signed(channelClaims({ iat: NOW - 7200, nbf: NOW - 7200, exp: NOW - 600 }))),
  },
  'not valid until ten minutes from now': {
    headers: bearer(signed(channelClaims({ nbf: NOW + 600 }))),
  },
  'for another bot (audience)': {
    headers: bearer(signed(channelClaims({ aud: '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e' }))),
  },
  'no audience': {
    headers: bearer(signed(withoutClaim(channelClaims(), 'aud'))),
  },
  // signature and algorithm
  'unsigned (alg none)': {
    headers: bearer(handMade({ alg: 'none', typ: 'JWT', kid: KID }, channelClaims())),
  },
  'HS256 with the public key as the secret': {
    headers: bearer(
      handMade(
        { alg: 'HS256', typ: 'JWT', kid: KID },
        channelClaims(),
        trusted.publicKey.export({ format: 'pem', type: 'spki' }) as string,
      ),
    ),
  },
  'RS384 with the trusted key (only RS256 is allowed)': {
    headers: bearer(signed(channelClaims(), trusted.privateKey, KID, 'RS384')),
  },
  'a kid the key server does not know': {
    headers: bearer(signed(channelClaims(), trusted.privateKey, 'unknown-kid')),
  },
  "signed by a stranger's key under the trusted kid": {
    headers: bearer(signed(channelClaims(), stranger.privateKey)),
  },
  'payload changed after signing (serviceurl)': {
    headers: bearer(tampered({ serviceurl: 'https://smba.trafficmanager.net/amer/' })),
    activity: typing('https://smba.trafficmanager.net/amer/'),
  },
  'payload changed after signing (expiry pushed out)': {
    headers: bearer(tampered({ exp: NOW + 10 * 365 * 86_400 })),
  },
  // the Authorization header itself
  'no Authorization header': { headers: {} },
  'a Basic Authorization header': { headers: { authorization: 'Basic cmFhZHNib3Q6aGVtbWVsaWc=' } },
  'a bearer token that is not a JWT': { headers: bearer('not.a.jwt') },
};

/** The stand-in for Microsoft's key and token hosts, on 127.0.0.1. */
function keyServer(): http.RequestListener {
  const jwk = {
    ...trusted.publicKey.export({ format: 'jwk' }),
    kid: KID,
    use: 'sig',
    alg: 'RS256',
  };
  const tenantRoot = `https://login.microsoftonline.com/${TENANT_ID}`;
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'https://stand-in');
    const json = (body: object) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (url.pathname === '/v1/.well-known/keys' || url.pathname.endsWith('/discovery/v2.0/keys'))
      return json({ keys: [jwk] });
    if (url.pathname.endsWith('/.well-known/openid-configuration'))
      return json({
        issuer: `${tenantRoot}/v2.0`,
        authorization_endpoint: `${tenantRoot}/oauth2/v2.0/authorize`,
        token_endpoint: `${tenantRoot}/oauth2/v2.0/token`,
        end_session_endpoint: `${tenantRoot}/oauth2/v2.0/logout`,
        jwks_uri: `${tenantRoot}/discovery/v2.0/keys`,
        response_types_supported: ['code', 'id_token', 'token'],
      });
    if (url.pathname.endsWith('/discovery/instance'))
      return json({
        tenant_discovery_endpoint: `${tenantRoot}/v2.0/.well-known/openid-configuration`,
        metadata: [
          {
            preferred_network: 'login.microsoftonline.com',
            preferred_cache: 'login.windows.net',
            aliases: ['login.microsoftonline.com', 'login.windows.net'],
          },
        ],
      });
    // The bot's own token for answering (client credentials).
    if (req.method === 'POST' && url.pathname.endsWith('/oauth2/v2.0/token'))
      return json({
        token_type: 'Bearer',
        expires_in: 3600,
        ext_expires_in: 3600,
        access_token: 'stand-in-access-token',
      });
    res.writeHead(404).end();
  };
}

/** A CA made for this run, and a certificate from it for Microsoft's key hosts. */
function certificatesFor(dir: string): { ca: string; key: string; cert: string } {
  const openssl = (command: string) =>
    execFileSync('openssl', command.split(' '), { cwd: dir, stdio: 'pipe' });
  const hosts = STAND_IN_HOSTS.map((host) => `DNS:${host}`).join(',');
  writeFileSync(path.join(dir, 'host.ext'), `subjectAltName=${hosts}\n`);
  openssl(
    'req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 -subj /CN=throwaway-test-ca',
  );
  openssl(
    'req -newkey rsa:2048 -nodes -keyout host.key -out host.csr -subj /CN=login.botframework.com',
  );
  openssl(
    'x509 -req -in host.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out host.pem -days 2 -extfile host.ext',
  );
  const read = (name: string) => readFileSync(path.join(dir, name), 'utf8');
  return { ca: read('ca.pem'), key: read('host.key'), cert: read('host.pem') };
}

let botUrl = '';
const servers: (http.Server | https.Server)[] = [];
let certDir = '';
const restore: (() => void)[] = [];
const refusalLog: string[] = [];
const accepted: string[] = [];

beforeAll(async () => {
  // jsonwebtoken and MSAL read Date: pinned, so no case depends on today.
  vi.useFakeTimers({ toFake: ['Date'], now: Date.parse(HARNESS_START) });
  restore.push(() => vi.useRealTimers());

  certDir = mkdtempSync(path.join(tmpdir(), 'raadsbot-teams-tokens-'));
  const { ca, key, cert } = certificatesFor(certDir);
  const listener = keyServer();
  const tlsServer = https.createServer({ key, cert }, listener);
  const plainServer = http.createServer(listener);
  for (const server of [tlsServer, plainServer]) {
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  }
  const tlsPort = (tlsServer.address() as AddressInfo).port;
  const plainPort = (plainServer.address() as AddressInfo).port;

  // jwks-rsa fetches keys with node:https: Microsoft's hosts are dialled on
  // 127.0.0.1, and only the throwaway CA vouches for them.
  const realAgent = https.globalAgent;
  https.globalAgent = new LoopbackAgent(tlsPort, ca);
  restore.push(() => (https.globalAgent = realAgent));
  // MSAL (the bot's own token for answering) uses fetch: the same hosts go to
  // the same stand-in; everything else (the bot itself) goes where it says.
  const realFetch = globalThis.fetch;
  globalThis.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (!STAND_IN_HOSTS.includes(url.hostname)) return realFetch(input, init);
    return realFetch(`http://127.0.0.1:${plainPort}${url.pathname}${url.search}`, init);
  };
  restore.push(() => (globalThis.fetch = realFetch));

  const adapter = createTeamsAdapter({
    clientId: CLIENT_ID,
    clientSecret: 'throwaway',
    tenantId: TENANT_ID,
  });
  const app = new AgentApplication<TurnState>({ adapter, startTypingTimer: false });
  const endpoint = teamsEndpoint(app, {
    warn: (fields) => refusalLog.push(JSON.stringify(fields)),
  });
  const bot = http.createServer((req, res) => {
    endpoint(req, res).then(
      (handled) => handled || res.writeHead(404).end(),
      () => res.writeHead(500).end(),
    );
  });
  servers.push(bot);
  await new Promise<void>((resolve) => bot.listen(0, '127.0.0.1', resolve));
  botUrl = `http://127.0.0.1:${(bot.address() as AddressInfo).port}/api/messages`;
});

afterAll(async () => {
  const total = Object.keys(cases).length;
  console.log(`Teams tokens: ${total} cases, ${accepted.length} accepted`);
  for (const undo of restore.reverse()) undo();
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
  if (certDir !== '') rmSync(certDir, { recursive: true, force: true });
});

/** Dials Microsoft's key hosts on the stand-in's port; the throwaway CA is the only one trusted. */
class LoopbackAgent extends https.Agent {
  constructor(
    private readonly port: number,
    ca: string,
  ) {
    super({ ca, keepAlive: false });
  }
  // The agent takes the returned socket; TLS checks the name the caller dialled.
  override createConnection(options: http.RequestOptions & tls.ConnectionOptions) {
    const servername = options.servername ?? options.host ?? undefined;
    return tls.connect({ ...options, host: '127.0.0.1', port: this.port, servername });
  }
}

async function post(headers: Record<string, string>, activity: object = typing()) {
  const response = await fetch(botUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  return { status: response.status, body: await response.text() };
}

describe('Teams tokens', () => {
  test('a channel token with a serviceurl claim for the activity is let in', async () => {
    expect(await post(bearer(signed(channelClaims())))).toEqual({ status: 200, body: '' });
  });

  test('a token of our own tenant with a serviceurl claim for the activity is let in', async () => {
    expect(await post(bearer(signed(tenantClaims())))).toEqual({ status: 200, body: '' });
  });

  test('a serviceurl claim differing only in case and a trailing slash is let in', async () => {
    const claims = channelClaims({ serviceurl: 'https://SMBA.trafficmanager.net/emea' });
    expect(await post(bearer(signed(claims)))).toEqual({ status: 200, body: '' });
  });

  test.each(Object.entries(cases))(
    'refused with a plain 401: %s',
    async (name, { headers, activity }) => {
      const before = refusalLog.length;
      const answer = await post(headers, activity);
      if (answer.status < 400) accepted.push(name);
      expect(answer).toEqual({ status: 401, body: 'unauthorized' });
      // The reason goes to the log, not to the caller.
      expect(refusalLog.length).toBe(before + 1);
    },
  );
});
