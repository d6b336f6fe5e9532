import type { AgentApplication, TurnState } from '@microsoft/agents-hosting';
import type { CardVerb } from './card-verbs.ts';
import type { TeamsKit } from './handlers/teams-kit.ts';
import type { TeamsNoticeParts } from './sender/teams-chat-adapter.ts';
import type { TextCommand } from './text-commands.ts';

/**
 * What one capability adds to the Teams surface: its card verbs, the
 * commands that can be typed to the bot (their help lines in the order
 * given), and any other activity handlers (e.g. the bot being added to a
 * conversation). The shared surface loops over these and never names a capability.
 */
export interface TeamsPart {
  readonly verbs: readonly CardVerb[];
  readonly commands: readonly TextCommand[];
  readonly listeners?: (app: AgentApplication<TurnState>, kit: TeamsKit) => void;
  /**
   * What its notices say and look like in Teams, delivered through the shared
   * message lifecycle: one entry per family of notices, each with its own
   * plans and renderers.
   */
  readonly notices?: (kit: TeamsKit) => readonly TeamsNoticeParts<unknown>[];
}
