import type { AgentApplication, TurnState } from '@microsoft/agents-hosting';
import type { CardVerb } from '../card-verbs.ts';
import type { TeamsKit } from '../handlers/teams-kit.ts';
import type { TeamsNoticeParts } from '../sender/teams-chat-adapter.ts';
import type { TextCommand } from '../text-commands.ts';
import type { TeamsPart } from '../teams-part.ts';
import { afbudVerbs } from './afbud-verbs.ts';
import { addGuestVerb, attendanceCommand } from './attendance-teams.ts';
import { followUpCommand, followUpDoneVerb } from './follow-up-teams.ts';
import {
  importChatCommands,
  importChatVerbs,
  registerImportChatTeams,
} from './import-chat-teams.ts';
import { itemVerbs } from './item-verbs.ts';
import { teamsAgendaNotices } from './meeting-notices.ts';
import { minutesCommands } from './minutes-commands.ts';
import { teamsMinutesNotices } from './minutes-notices.ts';
import { minutesVerbs } from './minutes-verbs.ts';
import { nextMeetingCommand } from './next-meeting-command.ts';
import { publishAgendaCommand, publishAgendaVerbs } from './publish-agenda-teams.ts';
import { teamsMeetingDmNotices } from './reminder-dm-notices.ts';

/** The meeting's card buttons (each a typed verb), in no particular order. */
const verbs: readonly CardVerb[] = [
  ...publishAgendaVerbs,
  ...itemVerbs,
  ...afbudVerbs,
  followUpDoneVerb,
  addGuestVerb,
  ...minutesVerbs,
  ...importChatVerbs,
];

/** What can be typed to the bot about meetings; the help lists them in this order. */
const commands: readonly TextCommand[] = [
  nextMeetingCommand,
  publishAgendaCommand,
  followUpCommand,
  attendanceCommand,
  ...minutesCommands,
  ...importChatCommands,
];

/** Other activity handlers (a file shared in the personal chat), registered in this order. */
const listenerGroups: readonly ((app: AgentApplication<TurnState>, kit: TeamsKit) => void)[] = [
  registerImportChatTeams,
];

/** Each family of the meeting's notices (its own plans and cards), the first that handles a notice takes it. */
const notices: readonly ((kit: TeamsKit) => TeamsNoticeParts<unknown>)[] = [
  teamsAgendaNotices,
  teamsMinutesNotices,
  (kit) => teamsMeetingDmNotices(kit.deps.useCases),
];

/** Meetings in Teams: the published agenda, its buttons and cards, and what can be typed. */
export const meetingsTeams: TeamsPart = {
  verbs,
  commands,
  listeners: (app, kit) => {
    for (const register of listenerGroups) register(app, kit);
  },
  notices: (kit) => notices.map((parts) => parts(kit)),
};
