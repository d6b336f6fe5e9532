import type { App, SlashCommand, webApi } from '@slack/bolt';
import type { TextKey } from '../../i18n/shared/index.ts';
import type { Tell } from './listeners/reply.ts';
import type { SlackNoticeParts } from './sender/slack-chat-adapter.ts';
import type { HomeSection, SlackDeps, SlackUseCases } from './slack-deps.ts';

/** One "/raad <word> …" typed by someone, acked already, for the subcommand that owns the word. */
export interface RaadRequest {
  readonly command: SlashCommand;
  readonly client: webApi.WebClient;
  /** Answers only the person who typed it (the command's response_url). */
  readonly tell: Tell;
  /** The rest of the line after the word, when the subcommand takes an `argument`; else ''. */
  readonly text: string;
}

/** A subcommand of /raad that a capability brings, e.g. `afbud`. */
export interface RaadSubcommand {
  /** Its name in the parsed command, e.g. 'absence'. */
  readonly kind: string;
  /** What may be typed for it, lower case, in Danish and English (ASCII spellings too: no ø in commands). */
  readonly words: readonly string[];
  /** Named when it reads the rest of the line, e.g. 'title' for "/raad ny Budget 2027". */
  readonly argument?: string;
  run(deps: SlackDeps, request: RaadRequest): Promise<void>;
}

/** What a capability adds to "/raad hjaelp": a line per way in, and notes under the list. */
export interface SlackHelp {
  readonly lines: readonly TextKey[];
  readonly notes?: readonly TextKey[];
}

/**
 * What one capability adds to the Slack surface: its own listeners (buttons,
 * modals, shortcuts, its own slash commands, events), its /raad subcommands
 * and its lines in the help. The shared surface loops over these and never
 * names a capability.
 */
export interface SlackPart {
  readonly listeners: (app: App, deps: SlackDeps) => void;
  readonly raadCommands?: readonly RaadSubcommand[];
  readonly help?: SlackHelp;
  /**
   * What its notices say and look like in Slack, delivered through the shared
   * message lifecycle: one entry per family of notices (a meeting's agenda,
   * its reminders, its minutes), each with its own plans and renderers.
   */
  readonly notices?: (useCases: SlackUseCases) => readonly SlackNoticeParts<unknown>[];
  /** Its blocks on top of a member's App Home, above the hearings. */
  readonly home?: HomeSection;
}
