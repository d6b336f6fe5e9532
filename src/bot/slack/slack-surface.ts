import type { IncomingMessage, ServerResponse } from 'node:http';
import { guardSlackRequest, type SlackRequestGuardOptions } from './request-guard.ts';
import { HTTPReceiverDeferredRequestError, webApi, type InstallationStore } from '@slack/bolt';
import type { ChatSender } from '../../app/chat-sender.ts';
import type { ChatDirectory, Clock } from '../../app/ports.ts';
import { systemClock } from '../../system/system-clock.ts';
import { MessageLifecycle } from '../message-lifecycle/message-lifecycle.ts';
import type { Locale } from '../../domain/council/council.ts';
import { boltLogger } from './bolt-logger.ts';
import { apiUrlOf, createBoltApp, type ActiveSlackConfig } from './create-bolt-app.ts';
import { registerInstallEvents } from './listeners/install-events.ts';
import { registerRaadCommand } from './listeners/raad-command.ts';
import { SlackChatAdapter, type ClientForTeam } from './sender/slack-chat-adapter.ts';
import type { SlackDeps, SlackUseCases, SurfaceLog } from './slack-deps.ts';
import type { SlackPart } from './slack-part.ts';

export interface SlackSurfaceOptions {
  /** config.slack when its mode is not 'off'. */
  readonly slack: ActiveSlackConfig;
  readonly useCases: SlackUseCases;
  readonly directory: ChatDirectory;
  /** Required in OAuth mode (SLACK_CLIENT_ID …): RedisSlackInstallationStore. */
  readonly installationStore?: InstallationStore;
  readonly logger: SurfaceLog;
  /** For people not yet placed in a council (config.defaultLocale); default Danish. */
  readonly defaultLocale?: Locale;
  /** Remembers requests already acted on (Redis), so a replay or a redelivered event acts once. */
  readonly requestMemory: Pick<SlackRequestGuardOptions, 'rememberOnce'>;
  /** Each capability's listeners, /raad subcommands and help lines; the help follows this order. */
  readonly parts: readonly SlackPart[];
  /** Paces message updates; default: the system clock. */
  readonly clock?: Clock;
}

export interface SlackSurface {
  /** Serves /slack/events (and /slack/install, /slack/oauth_redirect with OAuth); false for any other path. */
  requestListener(request: IncomingMessage, response: ServerResponse): boolean | Promise<boolean>;
  /** For the outbox workers (startWorkers({ senders: [..., slack.sender] })). */
  readonly sender: ChatSender;
  /** Verifies the token (auth.test) and, in Socket Mode, connects. Call before serving. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

/** Paths Bolt's HTTPReceiver serves; everything else is left to the other surfaces. */
const slackPaths = new Set(['/slack/events', '/slack/install', '/slack/oauth_redirect']);

/**
 * The Slack surface: each capability's listeners plus the shared /raad and
 * install events, mounted into our own HTTP server (or on a Socket Mode
 * connection), plus the sender the outbox delivers Slack notices through.
 * Bolt never owns a server here.
 */
export function createSlackSurface(options: SlackSurfaceOptions): SlackSurface {
  const logger = boltLogger(options.logger);
  const { app, receiver } = createBoltApp(options.slack, logger, options.installationStore);
  const deps: SlackDeps = {
    useCases: options.useCases,
    directory: options.directory,
    defaultLocale: options.defaultLocale ?? 'da',
    log: options.logger,
    ...(options.installationStore ? { installationStore: options.installationStore } : {}),
    homeSections: options.parts.flatMap((part) => (part.home === undefined ? [] : [part.home])),
  };
  registerRaadCommand(app, deps, options.parts);
  for (const part of options.parts) part.listeners(app, deps);
  registerInstallEvents(app, deps);
  app.error(async (error) => {
    const code = (error as { code?: unknown }).code;
    // An uninstalled or unknown workspace knocking is expected; a failing listener is not.
    const level = code === 'slack_bolt_authorization_error' ? 'warn' : 'error';
    options.logger[level]({ err: error, code }, 'slack: a request failed');
    // Rethrown so the receiver still answers as Bolt would: 401 for an unknown
    // workspace, 500 for a listener that failed before its ack.
    throw error;
  });

  const sender = new MessageLifecycle({
    adapter: new SlackChatAdapter(deps, workerClients(options, logger)),
    notices: options.parts.flatMap((part) => part.notices?.(options.useCases) ?? []),
    directory: options.directory,
    clock: options.clock ?? systemClock,
    log: options.logger,
  });
  const socketMode = options.slack.mode === 'socket';
  // Checked before Bolt: exact signature, ±5 min, each request acted on once, a body Bolt can read.
  const guard: SlackRequestGuardOptions | undefined =
    options.slack.mode === 'http'
      ? {
          signingSecret: options.slack.signingSecret,
          rememberOnce: (key, ttl) => options.requestMemory.rememberOnce(key, ttl),
          log: (level, detail, message) => options.logger[level](detail, message),
        }
      : undefined;
  const handOver = (request: IncomingMessage, response: ServerResponse): boolean => {
    if (receiver === undefined) return false;
    try {
      receiver.requestListener(request, response);
      return true;
    } catch (error) {
      // Thrown at once for a path or method the receiver does not serve (e.g. GET /slack/events).
      if (error instanceof HTTPReceiverDeferredRequestError) return false;
      throw error;
    }
  };
  return {
    requestListener(request, response) {
      if (receiver === undefined) return false;
      const path = (request.url ?? '/').split('?')[0] ?? '/';
      if (!slackPaths.has(path)) return false;
      if (path !== '/slack/events' || request.method !== 'POST' || guard === undefined)
        return handOver(request, response);
      return guardSlackRequest(request, response, guard).then((pass) =>
        pass ? handOver(request, response) : true,
      );
    },
    sender,
    async start() {
      await app.init();
      if (socketMode) await app.start();
    },
    async stop() {
      if (socketMode) await app.stop();
    },
  };
}

/**
 * Clients for the outbox: a 429 is thrown at once (rejectRateLimitedCalls)
 * and nothing is retried inside the client, so the delivery worker sees every
 * limit and BullMQ owns every retry. One client per bot token.
 */
function workerClients(
  options: SlackSurfaceOptions,
  logger: ReturnType<typeof boltLogger>,
): ClientForTeam {
  const slackApiUrl = apiUrlOf(options.slack);
  const clients = new Map<string, webApi.WebClient>();
  const clientFor = (token: string) => {
    let client = clients.get(token);
    if (client === undefined) {
      client = new webApi.WebClient(token, {
        ...(slackApiUrl === undefined ? {} : { slackApiUrl }),
        rejectRateLimitedCalls: true,
        retryConfig: { retries: 0 },
        timeout: 10_000,
        logger,
      });
      clients.set(token, client);
    }
    return client;
  };
  const config = options.slack;
  if (config.mode === 'socket') return async () => clientFor(config.botToken);
  const auth = config.auth;
  if (auth.kind === 'token') return async () => clientFor(auth.botToken);
  const store = options.installationStore;
  return async (teamId) => {
    if (store === undefined) throw new Error('no installation store');
    const installation = await store.fetchInstallation({
      teamId,
      enterpriseId: undefined,
      isEnterpriseInstall: false,
    });
    const token = installation.bot?.token;
    if (token === undefined) throw new Error(`installation of ${teamId} has no bot token`);
    return clientFor(token);
  };
}
