import type { IncomingMessage, ServerResponse } from 'node:http';
import { AgentApplication, TurnState } from '@microsoft/agents-hosting';
import type { ChatSender } from '../../app/chat-sender.ts';
import type { ChatDirectory, Clock } from '../../app/ports.ts';
import { systemClock } from '../../system/system-clock.ts';
import { MessageLifecycle } from '../message-lifecycle/message-lifecycle.ts';
import type { TeamsCredentials } from '../../config.ts';
import type { Locale } from '../../domain/council/council.ts';
import { t } from '../../i18n/shared/index.ts';
import { registerCardVerbs } from './card-verbs.ts';
import { registerMessages } from './handlers/messages.ts';
import { TeamsKit } from './handlers/teams-kit.ts';
import { Proactive } from './sender/proactive.ts';
import { TeamsChatAdapter } from './sender/teams-chat-adapter.ts';
import { createTeamsAdapter } from './teams-adapter.ts';
import type { SurfaceLog, TeamsUseCases } from './teams-deps.ts';
import { teamsEndpoint } from './teams-endpoint.ts';
import type { TeamsPart } from './teams-part.ts';

export interface TeamsSurfaceOptions {
  /** config.teams: undefined is local mode (no token checks; bind the server to 127.0.0.1). */
  readonly teams: TeamsCredentials | undefined;
  readonly useCases: TeamsUseCases;
  readonly directory: ChatDirectory;
  readonly logger: SurfaceLog;
  /** The app id proactive turns run as; defaults to TEAMS_CLIENT_ID (any name in local mode). */
  readonly botAppId?: string;
  /** For people not yet placed in a council (config.defaultLocale); default Danish. */
  readonly defaultLocale?: Locale;
  /** Each capability's card verbs, typed commands (the help follows this order) and other handlers. */
  readonly parts: readonly TeamsPart[];
  /** Paces card updates; default: the system clock. */
  readonly clock?: Clock;
}

export interface TeamsSurface {
  /** Serves POST /api/messages; false for any other path. */
  requestListener(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
  /** For the outbox workers. */
  readonly sender: ChatSender;
  readonly localMode: boolean;
  stop(): Promise<void>;
}

/**
 * The Teams surface on the Microsoft 365 Agents SDK: one AgentApplication
 * with each capability's card verbs, handlers and typed commands, hosted
 * at /api/messages on our own HTTP server, plus the sender the outbox
 * delivers Teams notices through.
 */
export function createTeamsSurface(options: TeamsSurfaceOptions): TeamsSurface {
  const adapter = createTeamsAdapter(options.teams);
  const app = new AgentApplication<TurnState>({
    adapter,
    startTypingTimer: false,
    longRunningMessages: false,
    removeRecipientMention: true,
  });
  const kit = new TeamsKit({
    useCases: options.useCases,
    directory: options.directory,
    defaultLocale: options.defaultLocale ?? 'da',
    log: options.logger,
  });
  // Card verbs first: a fallback Action.Submit arrives as a message without text.
  registerCardVerbs(
    app,
    kit,
    options.parts.flatMap((part) => part.verbs),
  );
  for (const part of options.parts) part.listeners?.(app, kit);
  registerMessages(
    app,
    kit,
    options.parts.flatMap((part) => part.commands),
  );
  // Replaces the SDK's default, which tells the user to "fix the source code".
  app.onError(async (context, error) => {
    options.logger.error({ err: error, type: context.activity.type }, 'teams: a turn failed');
    if (context.activity.type === 'message')
      await context
        .sendActivity(t(kit.deps.defaultLocale, 'error.unexpected'))
        .catch(() => undefined);
  });

  const botAppId = options.teams?.clientId ?? options.botAppId ?? 'raadsbot-local';
  if (options.teams === undefined)
    options.logger.warn(
      { path: '/api/messages' },
      'Teams: local mode — no TEAMS_CLIENT_ID/TEAMS_CLIENT_SECRET/TEAMS_TENANT_ID, so requests are not authenticated; serving on 127.0.0.1 only',
    );
  return {
    requestListener: teamsEndpoint(app, options.logger),
    sender: new MessageLifecycle({
      adapter: new TeamsChatAdapter(kit.deps, new Proactive(adapter, botAppId)),
      notices: options.parts.flatMap((part) => part.notices?.(kit) ?? []),
      directory: options.directory,
      clock: options.clock ?? systemClock,
      log: options.logger,
    }),
    localMode: options.teams === undefined,
    async stop() {},
  };
}
