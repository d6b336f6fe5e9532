import type { TeamsPart } from '../teams-part.ts';
import { councilCommands } from './council-commands.ts';
import { registerInstalls } from './council-installs.ts';
import { councilVerbs } from './council-verbs.ts';

/** The council in Teams: afbud, binding a place to a council, and what happens when the bot is added. */
export const councilTeams: TeamsPart = {
  verbs: councilVerbs,
  commands: councilCommands,
  listeners: registerInstalls,
};
