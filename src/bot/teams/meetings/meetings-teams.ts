import type { AgentApplication, TurnState } from '@microsoft/agents-hosting';
import type { CardVerb } from '../card-verbs.ts';
import type { TeamsKit } from '../handlers/teams-kit.ts';
import type { TextCommand } from '../text-commands.ts';
import type { TeamsPart } from '../teams-part.ts';
import { afbudVerbs } from './afbud-verbs.ts';
import { teamsMeetingDmNotices } from './reminder-dm-notices.ts';

/** The meeting's card buttons (each a typed verb), in no particular order. */
const verbs: readonly CardVerb[] = [...afbudVerbs];

/** What can be typed to the bot about meetings; the help lists them in this order. */
const commands: readonly TextCommand[] = [];

/** Other activity handlers (a file shared in the personal chat), registered in this order. */
const listenerGroups: readonly ((app: AgentApplication<TurnState>, kit: TeamsKit) => void)[] = [];

/** Meetings in Teams: the published agenda, its buttons and cards, and what can be typed. */
export const meetingsTeams: TeamsPart = {
  verbs,
  commands,
  listeners: (app, kit) => {
    for (const register of listenerGroups) register(app, kit);
  },
  notices: (kit) => [teamsMeetingDmNotices(kit.deps.useCases)],
};
